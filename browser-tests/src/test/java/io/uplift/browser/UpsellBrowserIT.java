package io.uplift.browser;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * A shopper compares the versions of a demo phone in headless Chromium, chooses the better one from the table, and
 * upgrades it once more from the cart. Its own browser (own cookies, own cart); screenshots of the table and the cart
 * in {@code browser-tests/target/screenshots/}.
 */
public class UpsellBrowserIT {

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

    private static void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }

    private static WebDriverWait waiting() {
        return Chromium.waiting(browser, 30);
    }

    @Test
    public void shopperComparesChoosesTheBetterVersionAndUpgradesInTheCart() throws Exception {
        String phone = demo.site(demo.productUrl("Nova X Max 128 GB"));
        // social proof is counted in the background once the groups are read: give a freshly seeded store a moment
        long until = System.currentTimeMillis() + 15_000;
        do {
            browser.get(phone);
        } while (!browser.getPageSource().contains("orders in the last 90 days") && System.currentTimeMillis() < until);
        WebElement table = browser.findElement(By.cssSelector(".uplift-slot--product .uplift-widget--comparison"));
        List<WebElement> names = table.findElements(By.cssSelector("thead .uplift-compare__name"));
        assertEquals(3, names.size());
        assertEquals("Nova X Max 256 GB", names.get(1).getText());
        assertEquals("+$100 for twice the storage",
                table.findElements(By.cssSelector("thead .uplift-compare__delta")).get(0).getText());
        assertTrue("social proof from the orders", table.getText().contains("Nova X Max orders in the last 90 days"));
        assertTrue("scarcity from the inventory", table.getText().contains("Only 2 left"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'start'})", table);
        screenshot("comparison-table-phone");

        // choose the 256 GB: added without a page reload, the message in its column
        ((JavascriptExecutor) browser).executeScript("window.upliftNoReload = true");
        WebElement choose = table.findElements(By.cssSelector("tfoot .uplift-card__button")).get(1);
        assertEquals("Choose this", choose.getText());
        choose.click();
        WebElement message = table.findElements(By.cssSelector("tfoot .uplift-card__message")).get(1);
        waiting().until(d -> message.getText().startsWith("Added"));
        assertEquals("Added Nova X Max 256 GB to your cart.", message.getText());
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.upliftNoReload === true"));
        screenshot("comparison-table-chosen");

        // the cart offers the next version; the upgrade is a plain form post that reloads the cart
        browser.get(demo.site("/cart"));
        WebElement offer = browser.findElement(By.cssSelector(".uplift-slot--cart .uplift-widget--cart-upgrade .uplift-upgrade__offer"));
        assertEquals("Upgrade Nova X Max 256 GB to Nova X Max 512 GB",
                offer.findElement(By.cssSelector(".uplift-upgrade__headline")).getText());
        assertTrue(offer.getText().contains("+$150 for twice the storage"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", offer);
        screenshot("cart-upgrade-offer");
        offer.findElement(By.cssSelector(".uplift-upgrade__button")).click();
        waiting().until(d -> d.getPageSource().contains("Upgraded to Nova X Max 512 GB"));
        WebElement line = browser.findElement(By.cssSelector(".cart-line"));
        assertTrue(line.getText().contains("Nova X Max 512 GB"));
        assertEquals(1, browser.findElements(By.cssSelector(".cart-line")).size());
        assertNotNull(browser.findElement(By.cssSelector(".cart-total")));
        assertTrue("subtotal of the 512 GB: " + browser.findElement(By.cssSelector(".cart-total")).getText(),
                browser.findElement(By.cssSelector(".cart-total")).getText().contains("$1,049.00"));
        screenshot("cart-upgraded");
    }
}
