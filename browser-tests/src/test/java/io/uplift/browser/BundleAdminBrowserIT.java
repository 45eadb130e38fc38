package io.uplift.browser;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A merchandiser changes a bundle's anchor in the real admin, in headless Chromium, with Broadleaf's own scripts: the
 * anchor's lookup (a modal) does not offer the bundle's companions, and a companion put in the anchor field anyway
 * (as a lookup filtered by name can still offer it) is refused on Save with the message under the field, nothing
 * saved; a product picked in the lookup is saved. Screenshots {@code admin-bundle-anchor-lookup} and
 * {@code admin-bundle-anchor-refused} in {@code browser-tests/target/screenshots/}.
 */
public class BundleAdminBrowserIT {

    private static final long BUNDLE = 900700;

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
    public void removeTheTestBundle() throws Exception {
        DemoPages.update(demo, "DELETE FROM UPLIFT_BUNDLE_ITEM WHERE BUNDLE_ID = " + BUNDLE);
        DemoPages.update(demo, "DELETE FROM UPLIFT_BUNDLE WHERE BUNDLE_ID = " + BUNDLE);
    }

    @Test
    public void theAnchorsLookupLeavesOutTheCompanionsAndACompanionIsRefusedOnSave() throws Exception {
        long wipes = DemoPages.productId(demo, "Lens Wipes (30)");
        long cloth = DemoPages.productId(demo, "Microfiber Cleaning Cloth");
        long stickers = DemoPages.productId(demo, "Sticker Pack");
        DemoPages.update(demo, "INSERT INTO UPLIFT_BUNDLE (BUNDLE_ID, NAME, ENABLED, ANCHOR_PRODUCT_ID, DISCOUNT_TYPE,"
                + " DISCOUNT_VALUE) VALUES (" + BUNDLE + ", 'Lens care set', FALSE, " + wipes + ", 'PERCENT', 5)");
        DemoPages.update(demo, "INSERT INTO UPLIFT_BUNDLE_ITEM (ITEM_ID, BUNDLE_ID, PRODUCT_ID, SEQUENCE) VALUES ("
                + BUNDLE + ", " + BUNDLE + ", " + cloth + ", 1)");
        DemoPages.update(demo, "INSERT INTO UPLIFT_BUNDLE_ITEM (ITEM_ID, BUNDLE_ID, PRODUCT_ID, SEQUENCE) VALUES ("
                + (BUNDLE + 1) + ", " + BUNDLE + ", " + stickers + ", 2)");
        DemoPages.loginAdmin(browser, demo);

        browser.get(demo.admin("/uplift-bundles/" + BUNDLE));
        WebElement modal = DemoPages.openAdminLookup(browser, "button.to-one-lookup[data-select-url*='anchorProduct']");
        List<String> offered = new ArrayList<>();
        for (WebElement row : modal.findElements(By.cssSelector("tr[data-rowid]"))) {
            offered.add(row.getAttribute("data-rowid"));
        }
        Chromium.screenshot(browser, "admin-bundle-anchor-lookup");
        assertTrue("products offered: " + offered, offered.size() >= 20);
        assertFalse("no companion: " + offered, offered.contains(String.valueOf(cloth)));
        assertFalse("no companion: " + offered, offered.contains(String.valueOf(stickers)));
        Chromium.click(browser, modal.findElement(By.cssSelector(".close")));
        Chromium.waiting(browser, 30).until(Chromium.gone(modal));

        // the companion in the anchor field (what a lookup filtered by its name lets the admin pick), then Save
        ((JavascriptExecutor) browser).executeScript("document.querySelector(\"input.value[name=\\\"fields['anchorProduct']"
                + ".value\\\"]\").value = arguments[0];", String.valueOf(cloth));
        Chromium.click(browser, browser.findElement(By.cssSelector("button.submit-button")));
        WebElement error = Chromium.waiting(browser, 30).until(d -> {
            for (WebElement e : d.findElements(By.cssSelector(".additional-foreign-key-container .error"))) {
                if (e.isDisplayed() && !e.getText().isEmpty()) {
                    return e;
                }
            }
            return null;
        });
        Chromium.screenshot(browser, "admin-bundle-anchor-refused");
        assertEquals("'Microfiber Cleaning Cloth' (product " + cloth + ") is a companion of this bundle, so it cannot be"
                + " its anchor (the page that shows the set): remove it from the companions first, or pick another"
                + " product.", error.getText());
        assertEquals(wipes, anchor());

        // a product picked in the lookup is saved
        browser.get(demo.admin("/uplift-bundles/" + BUNDLE));
        WebElement lookup = DemoPages.openAdminLookup(browser, "button.to-one-lookup[data-select-url*='anchorProduct']");
        WebElement row = lookup.findElement(By.cssSelector("tr[data-rowid]:not([data-rowid='" + wipes + "'])"));
        long picked = Long.parseLong(row.getAttribute("data-rowid"));
        Chromium.click(browser, row);
        Chromium.waiting(browser, 30).until(d -> String.valueOf(picked).equals(d.findElement(By.cssSelector(
                "input.value[name=\"fields['anchorProduct'].value\"]")).getAttribute("value")));
        Chromium.click(browser, browser.findElement(By.cssSelector("button.submit-button")));
        Chromium.waiting(browser, 30).until(d -> {
            try {
                return anchor() == picked;
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static long anchor() throws Exception {
        return DemoPages.number(demo, "SELECT ANCHOR_PRODUCT_ID FROM UPLIFT_BUNDLE WHERE BUNDLE_ID = " + BUNDLE);
    }
}
