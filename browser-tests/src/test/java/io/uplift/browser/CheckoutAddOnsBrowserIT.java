package io.uplift.browser;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The checkout add-ons widget in headless Chromium: with JavaScript a ticked box is sent at once and the page comes
 * back with the add-on in the order summary (the update button hidden); without JavaScript the "Update add-ons"
 * button does the same with a plain form post. The demo's "Gift wrap" ($4.99) then reaches the confirmation and its
 * total. Screenshots of the checkout and the confirmation in {@code browser-tests/target/screenshots/}.
 */
public class CheckoutAddOnsBrowserIT {

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

    @Test
    public void withJavaScriptATickedBoxIsChargedAtOnceAndReachesTheConfirmation() throws Exception {
        addToCart(browser, "Mouse Pad XL");
        browser.get(demo.site("/checkout"));
        WebElement widget = browser.findElement(By.cssSelector(".uplift-slot--checkout .uplift-add-ons"));
        assertTrue("the script took over", widget.getAttribute("class").contains("uplift-add-ons--live"));
        assertFalse("no update button with JavaScript", widget.findElement(By.cssSelector(".uplift-add-ons__update"))
                .isDisplayed());
        assertTrue(summaryAddOns(browser).isEmpty());

        WebElement wrap = widget.findElement(By.cssSelector(".uplift-add-ons__item--gift-wrap .uplift-add-ons__check"));
        wrap.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(Chromium.gone(widget));
        assertEquals("the page came back with the fee", List.of("Gift wrap $4.99"), summaryAddOns(browser));
        assertTrue(browser.findElement(By.cssSelector(".uplift-add-ons__item--gift-wrap .uplift-add-ons__check"))
                .isSelected());
        assertTrue(browser.findElement(By.cssSelector(".uplift-add-ons__item--gift-wrap")).getAttribute("class")
                .contains("uplift-is-chosen"));
        assertEquals("15.00 + 4.99", "Total before shipping $19.99",
                browser.findElement(By.cssSelector(".checkout-total")).getText());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})",
                browser.findElement(By.cssSelector(".uplift-add-ons")));
        Chromium.screenshot(browser, "checkout-add-ons");

        DemoPages.placeOrder(browser, demo, "wrap-shopper@example.com", "Gia", "Wrap", "9 Ribbon Road", "Austin", "TX",
                "73301");
        assertEquals(List.of("Gift wrap $4.99"), texts(browser, ".order-addon"));
        String confirmation = browser.findElement(By.cssSelector(".page--confirmation")).getText();
        assertTrue("15.00 + 6.99 shipping + 4.99 gift wrap: " + confirmation,
                confirmation.contains("Shipping $6.99 · Total $26.98"));
        Chromium.screenshot(browser, "checkout-add-ons-confirmation");
    }

    @Test
    public void withoutJavaScriptTheUpdateButtonPostsTheSelection() throws Exception {
        WebDriver plain = Chromium.start(false);
        try {
            addToCart(plain, "Sticker Pack");
            plain.get(demo.site("/checkout"));
            WebElement widget = plain.findElement(By.cssSelector(".uplift-add-ons"));
            assertFalse("no script ran", widget.getAttribute("class").contains("uplift-add-ons--live"));
            widget.findElement(By.cssSelector(".uplift-add-ons__item--shipping-insurance .uplift-add-ons__check"))
                    .click();
            widget.findElement(By.cssSelector(".uplift-add-ons__update")).click();
            new WebDriverWait(plain, Duration.ofSeconds(30)).until(Chromium.gone(widget));
            assertEquals("Your order now includes: Shipping insurance.",
                    plain.findElement(By.cssSelector(".uplift-slot__message")).getText());
            assertEquals("2 % of 5.00 is below the floor", List.of("Shipping insurance $1.99"), summaryAddOns(plain));
        } finally {
            plain.quit();
        }
    }

    private static void addToCart(WebDriver driver, String skuName) throws Exception {
        driver.get(demo.site(demo.productUrl(skuName)));
        driver.findElement(By.cssSelector("form.add-to-cart button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/cart"));
    }

    private static List<String> summaryAddOns(WebDriver driver) {
        return texts(driver, ".checkout-addon");
    }

    private static List<String> texts(WebDriver driver, String selector) {
        List<String> out = new ArrayList<>();
        for (WebElement e : driver.findElements(By.cssSelector(selector))) {
            out.add(e.getText());
        }
        return out;
    }
}
