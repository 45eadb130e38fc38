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
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * A shopper and a protection plan in headless Chromium: adds a phone with the 2-year plan from the product page's
 * selector, raises the phone's quantity in the cart (the plan follows), removes the phone (the plan goes with it),
 * then buys the phone with its plan again and checks out with gift wrap; the confirmation shows the plan under the
 * phone and the gift wrap on the order, and the totals add up. Screenshots in {@code browser-tests/target/screenshots/}:
 * {@code warranty-product-page}, {@code warranty-cart}, {@code warranty-cart-quantity}, {@code warranty-cart-removed},
 * {@code warranty-checkout}, {@code warranty-confirmation}.
 */
public class WarrantyBrowserIT {

    private static final String PHONE = "Nova X 128 GB";

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

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static WebDriverWait waiting() {
        return Chromium.waiting(browser, 30);
    }

    private static void screenshot(WebElement element, String name) throws Exception {
        js("arguments[0].scrollIntoView({block:'center'})", element);
        Chromium.save(element.getScreenshotAs(OutputType.FILE), name);
    }

    private static String money(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    private static BigDecimal amount(String text) {
        return new BigDecimal(text.replaceAll("[^0-9.]", ""));
    }

    /** The cart's lines as "name xN", a plan as "  name xN for parent". */
    private static List<String> cartLines() {
        List<String> out = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("tr.cart-line, tr.cart-line-child"))) {
            if (row.getAttribute("class").contains("cart-line-child")) {
                out.add("  " + row.findElement(By.cssSelector("td span:nth-of-type(2)")).getText() + " x"
                        + row.findElement(By.cssSelector(".cart-line__quantity")).getText() + " "
                        + row.findElement(By.cssSelector(".cart-line__covers")).getText());
            } else {
                out.add(row.findElement(By.cssSelector("td a")).getText() + " x"
                        + row.findElement(By.cssSelector("input[name=quantity]")).getAttribute("value"));
            }
        }
        return out;
    }

    /** Clicks the 2-year term on the phone's page; returns the plan's price per phone as the selector showed it. */
    private static BigDecimal addPhoneWithTwoYearPlan() throws Exception {
        browser.get(demo.site(demo.productUrl(PHONE)));
        WebElement selector = browser.findElement(By.cssSelector(".uplift-slot--product .uplift-widget--warranty"));
        WebElement term = selector.findElement(By.cssSelector(".uplift-warranty__term[data-years='2']"));
        WebElement button = term.findElement(By.cssSelector(".uplift-warranty__button"));
        assertTrue(button.getText(), button.getText().startsWith("Add to cart with 2 years $"));
        BigDecimal price = amount(term.findElement(By.cssSelector(".uplift-warranty__price")).getText());
        screenshot(selector, "warranty-product-page");
        // whole amounts are framed without cents ("only +$79"), others with them ("only +$109.90")
        String framed = price.signum() == 0 || price.stripTrailingZeros().scale() <= 0
                ? "$" + price.setScale(0, java.math.RoundingMode.UNNECESSARY).toPlainString() : money(price);
        assertEquals("framed as an add-on", "only +" + framed + " for 2 years of protection",
                term.findElement(By.cssSelector(".uplift-warranty__framing")).getText());
        button.click();
        // a plain form post: the page comes back with the message (the header counts the phone and its plan)
        waiting().until(Chromium.gone(button));
        assertEquals("2", browser.findElement(By.cssSelector("[data-uplift-cart-count]")).getText());
        return price;
    }

    @Test
    public void phoneWithATwoYearPlanFollowsItsQuantityGoesWithItAndChecksOutWithGiftWrap() throws Exception {
        BigDecimal plan = addPhoneWithTwoYearPlan();

        browser.get(demo.site("/cart"));
        assertEquals(List.of(PHONE + " x1", "  Protection Plan 2 Years x1 for " + PHONE), cartLines());
        assertTrue("the plan has no quantity field of its own",
                browser.findElements(By.cssSelector("tr.cart-line-child input[name=quantity]")).isEmpty());
        screenshot(browser.findElement(By.cssSelector(".page--cart")), "warranty-cart");

        // raise the phone's quantity: the plan follows
        WebElement quantity = browser.findElement(By.cssSelector("tr.cart-line input[name=quantity]"));
        quantity.clear();
        quantity.sendKeys("2");
        browser.findElement(By.cssSelector("tr.cart-line form.cart-line__update button")).click();
        waiting().until(d -> cartLines().equals(List.of(PHONE + " x2", "  Protection Plan 2 Years x2 for " + PHONE)));
        WebElement planRow = browser.findElement(By.cssSelector("tr.cart-line-child"));
        assertTrue("two plans priced by the server: " + planRow.getText(),
                planRow.getText().contains(money(plan.multiply(BigDecimal.valueOf(2)))));
        screenshot(browser.findElement(By.cssSelector(".page--cart")), "warranty-cart-quantity");

        // remove the phone: the plan goes with it
        browser.findElement(By.cssSelector("tr.cart-line form[action$='/cart/remove'] button")).click();
        waiting().until(d -> d.findElements(By.cssSelector("tr.cart-line, tr.cart-line-child")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector(".page--cart")).getText().contains("Your cart is empty"));
        screenshot(browser.findElement(By.cssSelector(".page--cart")), "warranty-cart-removed");

        // buy it again with the plan, and check out with gift wrap
        addPhoneWithTwoYearPlan();
        browser.get(demo.site("/checkout"));
        WebElement addOns = browser.findElement(By.cssSelector(".uplift-slot--checkout .uplift-add-ons"));
        WebElement wrap = addOns.findElement(By.cssSelector(".uplift-add-ons__item--gift-wrap"));
        BigDecimal giftWrap = amount(wrap.findElement(By.cssSelector(".uplift-add-ons__price")).getText());
        wrap.findElement(By.cssSelector(".uplift-add-ons__check")).click();
        // the script sends the choice and reloads the page: the summary shows the server's fee
        waiting().until(d -> {
            try {
                return !addOns.findElement(By.cssSelector(".uplift-add-ons__message")).getText().isEmpty();
            } catch (org.openqa.selenium.StaleElementReferenceException reloaded) {
                return true;
            }
        });
        Chromium.screenshot(browser, "warranty-checkout-after-choice");
        assertTrue("reloaded with the choice", Chromium.gone(addOns).apply(browser));
        List<String> fees = new ArrayList<>();
        for (WebElement fee : browser.findElements(By.cssSelector(".checkout__summary .checkout-addon"))) {
            fees.add(fee.getText());
        }
        assertEquals(List.of("Gift wrap " + money(giftWrap)), fees);
        assertTrue("the plan in the checkout summary, under the phone",
                browser.findElement(By.cssSelector(".checkout__summary .checkout__child")).getText()
                        .startsWith("1 × Protection Plan 2 Years"));
        screenshot(browser.findElement(By.cssSelector(".page--checkout")), "warranty-checkout");
        DemoPages.placeOrder(browser, demo, "plan-shopper@example.com", "Pia", "Plan", "2 Cover Street", "Chicago", "IL",
                "60601");

        WebElement confirmation = browser.findElement(By.cssSelector(".page--confirmation"));
        List<WebElement> rows = confirmation.findElements(By.cssSelector("tr.order-line"));
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).getText(), rows.get(0).getText().startsWith(PHONE));
        assertTrue("the plan under the phone: " + rows.get(1).getText(),
                rows.get(1).getAttribute("class").contains("order-line--child")
                        && rows.get(1).getText().contains("Protection Plan 2 Years for " + PHONE)
                        && rows.get(1).getText().contains(money(plan)));
        assertEquals("gift wrap on the order", "Gift wrap " + money(giftWrap),
                confirmation.findElement(By.cssSelector(".order-addon")).getText());
        BigDecimal phone = amount(rows.get(0).findElements(By.cssSelector("td")).get(2).getText());
        assertTrue("phone + plan + gift wrap, free shipping from $75: " + confirmation.getText(), confirmation.getText()
                .contains("Shipping $0.00 · Total " + money(phone.add(plan).add(giftWrap))));
        screenshot(confirmation, "warranty-confirmation");
    }
}
