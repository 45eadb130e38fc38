package io.uplift.browser;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A shopper and a merchandiser in headless Chromium against the running demo store: the related-products slot on
 * a product page, quick add to the cart, and the admin switch that removes the slot from the storefront.
 * Screenshots land in {@code browser-tests/target/screenshots/}.
 */
public class StorefrontBrowserIT {

    private static DemoProcess demo;
    private static WebDriver browser;
    private static String productUrl;
    private static long widgetId;

    @BeforeClass
    public static void startDemoAndBrowser() throws Exception {
        demo = DemoProcess.get();
        browser = Chromium.start();
        try (Connection c = demo.jdbc(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT WIDGET_ID FROM UPLIFT_WIDGET_CONFIG WHERE SLOT_KEY='PRODUCT'"
                    + " AND WIDGET_TYPE='RELATED_PRODUCTS' ORDER BY WIDGET_ID");
            assertTrue("default related-products widget installed", rs.next());
            widgetId = rs.getLong(1);
            rs = s.executeQuery("SELECT p.URL FROM BLC_PRODUCT p JOIN BLC_SKU k ON k.SKU_ID = p.DEFAULT_SKU_ID"
                    + " WHERE EXISTS (SELECT 1 FROM BLC_PRODUCT_CROSS_SALE cs WHERE cs.PRODUCT_ID = p.PRODUCT_ID)"
                    + " AND k.QUANTITY_AVAILABLE > 5 ORDER BY p.PRODUCT_ID");
            assertTrue("a product with cross-sales", rs.next());
            productUrl = rs.getString(1);
        }
    }

    @AfterClass
    public static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    static void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }

    @Test
    public void shopperAddsASuggestionWithoutAPageReloadAndSeesAddTheseTooInTheCart() throws Exception {
        browser.get(demo.site(productUrl));
        List<WebElement> related = browser.findElements(By.cssSelector(".uplift-slot--product .uplift-widget--related-products .uplift-card"));
        assertFalse("related products shown on " + productUrl, related.isEmpty());
        assertTrue("at most 4 (the admin's count)", related.size() <= 4);
        List<WebElement> also = browser.findElements(By.cssSelector(".uplift-slot--product .uplift-widget--also-bought .uplift-card"));
        assertFalse("customers also bought shown on " + productUrl, also.isEmpty());
        WebElement first = also.get(0);
        String name = first.findElement(By.cssSelector(".uplift-card__name")).getText();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", first);
        ((JavascriptExecutor) browser).executeScript("window.upliftNoReload = true");
        screenshot("product-page");

        first.findElement(By.cssSelector(".uplift-card__button")).click();
        WebElement message = first.findElement(By.cssSelector(".uplift-card__message"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> message.getText().startsWith("Added"));
        assertEquals("Added " + name + " to your cart.", message.getText());
        assertEquals("no page reload: the marker survives", Boolean.TRUE,
                ((JavascriptExecutor) browser).executeScript("return window.upliftNoReload === true"));
        assertEquals("the header's cart count follows", "1",
                browser.findElement(By.cssSelector("[data-uplift-cart-count]")).getText());
        screenshot("product-page-after-quick-add");

        browser.get(demo.site("/cart"));
        assertTrue("cart shows the added product '" + name + "'", browser.getPageSource().contains(name));
        List<WebElement> addOns = browser.findElements(By.cssSelector(".uplift-slot--cart .uplift-widget--cart-add-ons .uplift-card"));
        assertFalse("add these too in the cart", addOns.isEmpty());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", addOns.get(0));
        screenshot("cart-add-these-too");
    }

    @Test
    public void merchandiserPreviewsTheProductPageWithReasons() throws Exception {
        DemoPages.loginAdmin(browser, demo);
        browser.get(demo.admin("/uplift-recommendations?slot=product&productId=" + productId(productUrl)));
        List<WebElement> reasons = browser.findElements(By.cssSelector("#uplift-preview .uplift-reason"));
        assertFalse("reasons in the preview", reasons.isEmpty());
        assertTrue(browser.findElement(By.id("uplift-preview")).getText().contains("bought with"));
        screenshot("admin-recommendations-preview");
        browser.findElement(By.id("uplift-rebuild")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d ->
                d.findElement(By.id("uplift-progress-text")).getText().contains("rebuilt from"));
        screenshot("admin-recommendations-rebuilt");
    }


    private static long productId(String url) throws Exception {
        try (Connection c = demo.jdbc(); java.sql.PreparedStatement s = c.prepareStatement(
                "SELECT PRODUCT_ID FROM BLC_PRODUCT WHERE URL = ?")) {
            s.setString(1, url);
            ResultSet rs = s.executeQuery();
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    @Test
    public void merchandiserTurnsTheWidgetOffAndOnInTheAdmin() throws Exception {
        DemoPages.loginAdmin(browser, demo);

        browser.get(demo.admin("/uplift-widgets"));
        screenshot("admin-uplift-widgets");
        setEnabled(false);
        assertEquals(Boolean.FALSE, enabledInDatabase());
        long start = System.nanoTime();
        while (true) {
            browser.get(demo.site(productUrl));
            if (browser.findElements(By.cssSelector(".uplift-widget--related-products")).isEmpty()) {
                break;
            }
            assertTrue("widget still on the storefront 15 s after the admin save", System.nanoTime() - start < 15_000_000_000L);
            Thread.sleep(250);
        }
        System.out.println("admin switch reached the storefront in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        screenshot("product-page-widget-off");
        setEnabled(true);
        assertEquals(Boolean.TRUE, enabledInDatabase());
    }

    private void setEnabled(boolean on) throws Exception {
        browser.get(demo.admin("/uplift-widgets/" + widgetId));
        WebElement radio = browser.findElement(By.cssSelector("input[name=\"fields['enabled'].value\"][value='" + on + "']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", radio);
        screenshot("admin-edit-widget-" + (on ? "on" : "off"));
        WebElement save = browser.findElement(By.cssSelector("button.submit-button, input.submit-button, .entity-form-actions button[type=submit], button[type=submit]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", save);
        long start = System.nanoTime();
        while (!Boolean.valueOf(on).equals(enabledInDatabase())) {
            assertTrue("admin save did not reach the database", System.nanoTime() - start < 20_000_000_000L);
            Thread.sleep(200);
        }
    }

    private Boolean enabledInDatabase() throws Exception {
        try (Connection c = demo.jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT ENABLED FROM UPLIFT_WIDGET_CONFIG WHERE WIDGET_ID=" + widgetId)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
