package io.uplift.browser;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * A merchandiser builds a comparison group in the real admin, in headless Chromium, with Broadleaf's own scripts:
 * the versions grid's product lookup (a modal) offers no product that is a version of a group, a click on a row adds
 * the product and the grid shows it; a product another admin put into a group meanwhile is not added. Screenshots
 * {@code admin-comparison-version-lookup}, {@code admin-comparison-version-refused} and
 * {@code admin-comparison-version-added} in {@code browser-tests/target/screenshots/}.
 */
public class ComparisonAdminBrowserIT {

    private static final long GROUP = 900400;
    private static final long OTHER_GROUP = 900401;

    private static DemoProcess demo;
    private static WebDriver browser;

    @BeforeClass
    public static void startBrowser() throws Exception {
        demo = DemoProcess.get();
        browser = Chromium.start();
    }

    @AfterClass
    public static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Before
    @After
    public void removeTheTestGroups() throws Exception {
        update("DELETE FROM UPLIFT_COMPARISON_MEMBER WHERE GROUP_ID IN (" + GROUP + ", " + OTHER_GROUP + ")");
        update("DELETE FROM UPLIFT_COMPARISON_GROUP WHERE GROUP_ID IN (" + GROUP + ", " + OTHER_GROUP + ")");
    }

    @Test
    public void theLookupOffersFreeProductsOnlyAndAClickAddsOne() throws Exception {
        update("INSERT INTO UPLIFT_COMPARISON_GROUP (GROUP_ID, NAME, ENABLED) VALUES (" + GROUP + ", 'Earbuds test', FALSE)");
        update("INSERT INTO UPLIFT_COMPARISON_GROUP (GROUP_ID, NAME, ENABLED) VALUES (" + OTHER_GROUP
                + ", 'Other admin', FALSE)");
        long earbuds = productId("Wireless Earbuds");
        long earbudsPro = productId("Wireless Earbuds Pro");
        long novaX = productId("Nova X 128 GB");
        DemoPages.loginAdmin(browser, demo);

        browser.get(demo.admin("/uplift-comparisons/" + GROUP));
        WebElement modal = DemoPages.openAdminLookup(browser, "button.sub-list-grid-add");
        List<String> offered = new ArrayList<>();
        for (WebElement row : modal.findElements(By.cssSelector("tr[data-rowid]"))) {
            offered.add(row.getAttribute("data-rowid"));
        }
        Chromium.screenshot(browser, "admin-comparison-version-lookup");
        assertTrue("free products offered: " + offered, offered.contains(String.valueOf(earbuds))
                && offered.contains(String.valueOf(earbudsPro)));
        assertTrue("Nova X's versions are not: " + offered, !offered.contains(String.valueOf(novaX)));

        // another admin makes the Pro a version of their group while this lookup is open: the click adds nothing
        update("INSERT INTO UPLIFT_COMPARISON_MEMBER (MEMBER_ID, GROUP_ID, PRODUCT_ID, SEQUENCE) VALUES (900402, "
                + OTHER_GROUP + ", " + earbudsPro + ", 1)");
        Chromium.click(browser, modal.findElement(By.cssSelector("tr[data-rowid='" + earbudsPro + "']")));
        WebElement refusal = Chromium.waiting(browser, 30).until(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector(".modal.uplift-refusal"));
            return shown.isEmpty() || !shown.get(0).isDisplayed() ? null : shown.get(0);
        });
        Thread.sleep(500); // the dialog's fade-in
        Chromium.screenshot(browser, "admin-comparison-version-refused");
        assertEquals("Not added", refusal.findElement(By.tagName("h3")).getText());
        assertEquals("'Wireless Earbuds Pro' (product " + earbudsPro + ") is already a version of the comparison group"
                + " 'Other admin'. A product belongs to one group, so that its page shows one table: remove it there"
                + " first.",
                refusal.findElement(By.cssSelector(".uplift-refusal-message")).getText());
        assertEquals(0, count("SELECT COUNT(*) FROM UPLIFT_COMPARISON_MEMBER WHERE GROUP_ID = " + GROUP));
        Chromium.click(browser, refusal.findElement(By.cssSelector("button.close")));
        Chromium.waiting(browser, 30).until(Chromium.gone(refusal));

        // a free product: the click adds it and the grid behind the lookup shows it
        WebElement lookup = browser.findElement(By.cssSelector(".modal"));
        assertTrue("the lookup's buttons are back", lookup.findElement(By.cssSelector(".entity-form-actions button"))
                .isDisplayed());
        Chromium.click(browser, lookup.findElement(By.cssSelector("tr[data-rowid='" + earbuds + "']")));
        Chromium.waiting(browser, 30).until(d -> !d.findElements(By.cssSelector(
                "#listGrid-inline-members tr[data-rowid]")).isEmpty());
        Chromium.screenshot(browser, "admin-comparison-version-added");
        assertEquals(1, count("SELECT COUNT(*) FROM UPLIFT_COMPARISON_MEMBER WHERE GROUP_ID = " + GROUP
                + " AND PRODUCT_ID = " + earbuds));
        assertEquals(1, count("SELECT COUNT(*) FROM UPLIFT_COMPARISON_MEMBER WHERE PRODUCT_ID = " + earbudsPro));
    }

    private static long productId(String skuName) throws Exception {
        return DemoPages.productId(demo, skuName);
    }

    private static long count(String sql) throws Exception {
        return DemoPages.number(demo, sql);
    }

    private static void update(String sql) throws Exception {
        DemoPages.update(demo, sql);
    }
}
