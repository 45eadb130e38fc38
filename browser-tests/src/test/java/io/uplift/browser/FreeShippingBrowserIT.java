package io.uplift.browser;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The free-shipping nudge in headless Chromium: a $45 cart shows "Add $30.00 more" with its bar and gap fillers, a
 * filler's quick add (with JavaScript) brings the cart over the threshold, and on a product page the header's
 * mini-cart opens on hover with the nudge, which follows a quick add made elsewhere on the page without a reload.
 * Screenshots: {@code free-shipping-cart-short}, {@code free-shipping-cart-qualifies}, {@code free-shipping-mini-cart}.
 */
public class FreeShippingBrowserIT {

    private static DemoProcess demo;
    private static WebDriver browser;

    @BeforeClass
    public static void startDemoAndBrowser() throws Exception {
        demo = DemoProcess.get();
        browser = Chromium.start();
    }

    @AfterClass
    public static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void addFromProductPage(String productName) throws Exception {
        browser.get(demo.site(demo.productUrl(productName)));
        browser.findElement(By.cssSelector("form.add-to-cart button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/cart"));
    }

    private static String message() {
        return browser.findElement(By.cssSelector(".uplift-slot--cart .uplift-nudge__message")).getText();
    }

    @Test
    public void aGapFillerAddedWithJavaScriptQualifiesTheCart() throws Exception {
        browser.manage().deleteAllCookies();
        addFromProductPage("Monitor Stand"); // 45.00 of 75.00
        browser.get(demo.site("/cart"));
        assertEquals("Add $30.00 more for free shipping", message());
        WebElement bar = browser.findElement(By.cssSelector(".uplift-slot--cart .uplift-nudge__bar"));
        assertEquals("progressbar", bar.getAttribute("role"));
        assertEquals("60", bar.getAttribute("aria-valuenow"));
        WebElement fill = bar.findElement(By.cssSelector(".uplift-nudge__fill"));
        int expected = (int) Math.round(bar.getSize().getWidth() * 0.6);
        assertTrue("the bar is 60 % filled: " + fill.getSize().getWidth() + " of " + bar.getSize().getWidth(),
                Math.abs(fill.getSize().getWidth() - expected) <= 2);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", bar);
        Chromium.screenshot(browser, "free-shipping-cart-short");

        WebElement add = browser.findElement(By.cssSelector(".uplift-slot--cart .uplift-nudge__add"));
        add.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "Your order ships free".equals(message()));
        assertEquals("100", browser.findElement(By.cssSelector(".uplift-slot--cart .uplift-nudge__bar"))
                .getAttribute("aria-valuenow"));
        assertTrue(browser.findElements(By.cssSelector(".uplift-slot--cart .uplift-nudge__filler")).isEmpty());
        assertEquals("two lines in the reloaded cart", 2, browser.findElements(By.cssSelector(".cart-line")).size());
        Chromium.screenshot(browser, "free-shipping-cart-qualifies");
    }

    @Test
    public void theMiniCartOpensOnHoverAndFollowsAQuickAddWithoutAReload() throws Exception {
        browser.manage().deleteAllCookies();
        addFromProductPage("20W USB-C Charger"); // 25.00 of 75.00
        browser.get(demo.site(demo.productUrl("Wireless Mouse")));
        ((JavascriptExecutor) browser).executeScript("window.upliftNoReload = true");
        WebElement panel = browser.findElement(By.cssSelector(".store-minicart__panel"));
        assertFalse("closed until hovered", panel.isDisplayed());
        new Actions(browser).moveToElement(browser.findElement(By.cssSelector(".store-minicart .store-cart-link")))
                .perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> panel.isDisplayed());
        WebElement mini = browser.findElement(By.cssSelector(".store-minicart .uplift-nudge__message"));
        assertEquals("Add $50.00 more for free shipping", mini.getText());
        Chromium.screenshot(browser, "free-shipping-mini-cart");

        // a quick add from the page's own widget: the mini-cart is refreshed in place
        WebElement card = browser.findElement(By.cssSelector(".uplift-slot--product .uplift-widget__form .uplift-card"));
        card.findElement(By.cssSelector(".uplift-card__button")).click();
        Chromium.waiting(browser, 30).until(d -> !d.findElement(
                By.cssSelector(".store-minicart .uplift-nudge__message")).getAttribute("textContent")
                .equals("Add $50.00 more for free shipping"));
        assertEquals("no page reload", Boolean.TRUE,
                ((JavascriptExecutor) browser).executeScript("return window.upliftNoReload === true"));
        assertEquals(2, browser.findElements(By.cssSelector(".store-minicart__line")).size());
    }
}
