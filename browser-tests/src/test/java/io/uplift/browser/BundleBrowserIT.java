package io.uplift.browser;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A shopper meets "frequently bought together" on a demo laptop's page in headless Chromium: unchecks a companion
 * and sees the total change at once (no reload), checks it again, adds the set with one button, sees it in the cart
 * at the bundle price (items total minus the saving, Broadleaf's pricing with the plugin's bundle step) and checks
 * out at that price. The bundle is the demo's own if the demo seeds one for the laptop, else one written here by SQL
 * (removed after). Screenshots of the widget, the cart and the confirmation in {@code browser-tests/target/screenshots/}.
 */
public class BundleBrowserIT {

    private static final long TEST_BUNDLE = 900_100L;
    private static final String ANCHOR = "Aero 14 8 GB RAM";
    private static final String[] COMPANIONS = {"Laptop Bag 14 in", "Wireless Mouse", "USB-C Hub 7-in-1"};

    private static DemoProcess demo;
    private static WebDriver browser;
    private static boolean created;

    @BeforeClass
    public static void startBrowser() throws Exception {
        demo = DemoProcess.get();
        browser = Chromium.start();
        try (Connection c = demo.jdbc(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM UPLIFT_BUNDLE WHERE ENABLED = TRUE AND ANCHOR_PRODUCT_ID = "
                    + productId(ANCHOR));
            rs.next();
            if (rs.getInt(1) == 0) {
                s.executeUpdate("INSERT INTO UPLIFT_BUNDLE (BUNDLE_ID, NAME, ENABLED, ANCHOR_PRODUCT_ID, DISCOUNT_TYPE,"
                        + " DISCOUNT_VALUE, STARTS, ENDS, ORIGIN) VALUES (" + TEST_BUNDLE + ", 'The Aero 14 desk set', TRUE, "
                        + productId(ANCHOR) + ", 'PERCENT', 10, NULL, NULL, 'BundleBrowserIT')");
                for (int i = 0; i < COMPANIONS.length; i++) {
                    s.executeUpdate("INSERT INTO UPLIFT_BUNDLE_ITEM (ITEM_ID, BUNDLE_ID, PRODUCT_ID, SEQUENCE) VALUES ("
                            + (TEST_BUNDLE * 10 + i) + ", " + TEST_BUNDLE + ", " + productId(COMPANIONS[i]) + ", " + (i + 1) + ")");
                }
                created = true;
            }
        }
    }

    @AfterClass
    public static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (created) {
            try (Connection c = demo.jdbc(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM UPLIFT_BUNDLE_ITEM WHERE BUNDLE_ID = " + TEST_BUNDLE);
                s.executeUpdate("DELETE FROM UPLIFT_BUNDLE WHERE BUNDLE_ID = " + TEST_BUNDLE);
            }
        }
    }

    private static long productId(String skuName) throws Exception {
        try (Connection c = demo.jdbc(); PreparedStatement s = c.prepareStatement(
                "SELECT DEFAULT_PRODUCT_ID FROM BLC_SKU WHERE NAME = ?")) {
            s.setString(1, skuName);
            ResultSet rs = s.executeQuery();
            assertTrue("demo product " + skuName, rs.next());
            return rs.getLong(1);
        }
    }

    private static void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }

    private static void screenshot(WebElement element, String name) throws Exception {
        js("arguments[0].scrollIntoView({block:'center'})", element);
        Chromium.save(element.getScreenshotAs(OutputType.FILE), name);
    }

    private static Object js(String script, Object... args) {
        return js(browser, script, args);
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebDriverWait waiting() {
        return Chromium.waiting(browser, 30);
    }

    private static String money(long cents) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(BigDecimal.valueOf(cents, 2));
    }

    private static String visibleSummary(WebElement widget) {
        for (WebElement line : widget.findElements(By.cssSelector(".uplift-bundle__line"))) {
            if (line.isDisplayed()) {
                return line.getText();
            }
        }
        return "";
    }

    /** The anchor's page with its bundle widget (the storefront re-reads bundles every 2 s: a new one shows soon). */
    private static WebElement bundleWidget(WebDriver driver) throws Exception {
        String page = demo.site(demo.productUrl(ANCHOR));
        long until = System.currentTimeMillis() + 20_000;
        do {
            driver.get(page);
        } while (driver.findElements(By.cssSelector(".uplift-widget--bundle")).isEmpty()
                && System.currentTimeMillis() < until);
        return driver.findElement(By.cssSelector(".uplift-slot--product .uplift-widget--bundle"));
    }

    @Test
    public void shopperAdjustsTheBundleAddsItAndChecksOut() throws Exception {
        WebElement widget = bundleWidget(browser);
        assertTrue("the script took over", widget.getAttribute("class").contains("uplift-bundle--live"));
        assertFalse("no 'update price' button with JavaScript",
                widget.findElement(By.cssSelector(".uplift-bundle__update")).isDisplayed());

        // the figures, computed here from the unit prices and the rule the page carries
        List<WebElement> items = widget.findElements(By.cssSelector(".uplift-bundle__item"));
        List<String> names = new ArrayList<>();
        Map<String, Long> cents = new LinkedHashMap<>();
        long full = 0;
        for (WebElement item : items) {
            String name = item.findElement(By.cssSelector(".uplift-bundle__name")).getText();
            long c = Long.parseLong(item.getAttribute("data-price-cents"));
            names.add(name);
            cents.put(name, c);
            full += c;
        }
        assertTrue("anchor and companions: " + names, names.size() >= 2 && names.get(0).equals(ANCHOR));
        BigDecimal value = new BigDecimal(widget.getAttribute("data-discount-value"));
        long saving = "AMOUNT".equals(widget.getAttribute("data-discount-type"))
                ? Math.min(value.movePointRight(2).longValueExact(), full)
                : BigDecimal.valueOf(full).multiply(value).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
        String complete = "Bundle price " + money(full - saving) + ", you save " + money(saving);
        assertEquals(complete, visibleSummary(widget));
        js("window.upliftNoReload = true");
        js("window.scrollTo(0, Math.max(0, arguments[0].getBoundingClientRect().top + window.scrollY - 300))", widget);
        screenshot("bundle-product-page");

        // uncheck the second companion: the selected total follows at once, without the discount
        String dropped = names.get(names.size() - 1);
        WebElement box = items.get(items.size() - 1).findElement(By.cssSelector(".uplift-bundle__check"));
        box.click();
        String partial = "Selected total " + money(full - cents.get(dropped)) + ". Select all " + names.size()
                + " to save " + money(saving) + ".";
        waiting().until(d -> visibleSummary(widget).equals(partial));
        assertTrue(items.get(items.size() - 1).getAttribute("class").contains("uplift-is-unselected"));
        screenshot(widget, "bundle-widget-partial");
        box.click();
        waiting().until(d -> visibleSummary(widget).equals(complete));
        assertEquals("no page reload", Boolean.TRUE, js("return window.upliftNoReload === true"));
        screenshot(widget, "bundle-widget");

        // add the set: one request, the message in the widget, the header's count follows
        String spent = widget.findElement(By.cssSelector("input[name=token]")).getAttribute("value");
        widget.findElement(By.cssSelector(".uplift-bundle__add")).click();
        WebElement message = widget.findElement(By.cssSelector(".uplift-bundle__message"));
        waiting().until(d -> message.getText().startsWith("Added"));
        // the form takes the answer's fresh token: another add from this page is not taken for a replay
        String fresh = widget.findElement(By.cssSelector("input[name=token]")).getAttribute("value");
        assertTrue(spent + " -> " + fresh, fresh.matches("[A-Za-z0-9_-]{16,64}") && !fresh.equals(spent));
        assertTrue(message.getText(), message.getText().contains(names.get(0)) && message.getText().contains(dropped));
        assertEquals(String.valueOf(names.size()), browser.findElement(By.cssSelector("[data-uplift-cart-count]")).getText());
        assertEquals(Boolean.TRUE, js("return window.upliftNoReload === true"));
        screenshot(widget, "bundle-widget-added");

        browser.get(demo.site("/cart"));
        List<WebElement> lines = browser.findElements(By.cssSelector(".cart-line"));
        List<String> inCart = new ArrayList<>();
        for (WebElement line : lines) {
            inCart.add(line.findElement(By.cssSelector("td a")).getText());
            assertEquals("1", line.findElement(By.cssSelector("input[name=quantity]")).getAttribute("value"));
        }
        assertEquals("each product of the bundle once", new TreeSet<>(names), new TreeSet<>(inCart));
        assertTrue("items total " + money(full), browser.findElement(By.cssSelector(".cart-total")).getText()
                .contains(money(full)));
        // priced by Broadleaf's pricing workflow with the plugin's bundle step: the widget's bundle price
        List<WebElement> savings = browser.findElements(By.cssSelector(".cart-saving"));
        assertEquals("one bundle saving", 1, savings.size());
        assertTrue(savings.get(0).getText(), savings.get(0).getText().startsWith("Bundle saving: ")
                && savings.get(0).getText().endsWith("-" + money(saving)));
        assertEquals("cart total = items total - bundle saving", money(full - saving),
                browser.findElement(By.cssSelector(".cart-grand-total strong")).getText());
        js("window.scrollTo(0, 0)");
        screenshot("bundle-cart");

        // checkout with the demo's form (cash on delivery)
        DemoPages.placeOrder(browser, demo, "bundle-shopper@example.com", "Bea", "Browser", "5 Bundle Lane", "Seattle",
                "WA", "98101");
        String confirmation = browser.findElement(By.cssSelector(".page--confirmation")).getText();
        assertTrue(confirmation, confirmation.contains("Thank you for your order"));
        for (String name : names) {
            assertTrue(name + " ordered: " + confirmation, confirmation.contains(name));
        }
        assertTrue("the saving on the order: " + confirmation, browser.findElement(By.cssSelector(".order-saving"))
                .getText().endsWith("-" + money(saving)));
        assertTrue("free shipping above $75, total = items - saving: " + confirmation,
                confirmation.contains("Shipping $0.00 · Total " + money(full - saving)));
        screenshot("bundle-confirmation");
    }

    /**
     * The same widget in a browser without JavaScript: "Update price" (a second submit button with
     * {@code formaction}) reloads the page with the selection as page parameters and the server's figures.
     */
    @Test
    public void withoutJavaScriptUpdatePriceReloadsThePageWithTheServersFigures() throws Exception {
        WebDriver plain = Chromium.start(false);
        try {
            WebElement widget = bundleWidget(plain);
            assertFalse("no script ran", widget.getAttribute("class").contains("uplift-bundle--live"));
            WebElement update = widget.findElement(By.cssSelector(".uplift-bundle__update"));
            assertTrue("'update price' shows without JavaScript", update.isDisplayed());
            List<WebElement> boxes = widget.findElements(By.cssSelector(".uplift-bundle__check"));
            WebElement last = boxes.get(boxes.size() - 1);
            String dropped = widget.findElements(By.cssSelector(".uplift-bundle__name")).get(boxes.size() - 1).getText();
            last.click();
            String before = visibleSummary(widget);
            assertTrue("nothing recomputed in the page itself: " + before, before.startsWith("Bundle price"));
            update.click();
            new WebDriverWait(plain, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("upliftBundle="));
            WebElement again = plain.findElement(By.cssSelector(".uplift-widget--bundle"));
            assertTrue(plain.getCurrentUrl(), plain.getCurrentUrl().contains("upliftItem="));
            String after = visibleSummary(again);
            assertTrue("the server's partial figures: " + after, after.startsWith("Selected total ")
                    && after.contains(". Select all " + boxes.size() + " to save "));
            List<WebElement> checks = again.findElements(By.cssSelector(".uplift-bundle__check"));
            assertFalse(dropped + " stays unchecked", checks.get(checks.size() - 1).isSelected());
            js(plain, "arguments[0].scrollIntoView({block:'center'})", again);
            Chromium.save(again.getScreenshotAs(OutputType.FILE), "bundle-widget-no-javascript");
        } finally {
            plain.quit();
        }
    }
}
