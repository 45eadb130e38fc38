package io.uplift.browser;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * "Done means" in headless Chromium: an order placed in the demo produces the post-purchase e-mail (1 minute later,
 * the demo's setting) in the demo's mailbox page, read over IMAP from the demo's own mail server; its suggestions
 * lead back to product pages of the shop. Screenshot {@code mail-post-purchase}.
 */
public class MailBrowserIT {

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
    public void anOrderBringsThePostPurchaseMailWithWorkingLinks() throws Exception {
        String email = "mail-browser-" + System.nanoTime() + "@example.com";
        browser.get(demo.site(demo.productUrl("Nova X 128 GB")));
        browser.findElement(By.cssSelector("form.add-to-cart button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/cart"));
        DemoPages.placeOrder(browser, demo, email, "Mia", "Mail", "5 Post Lane", "Austin", "TX", "73301");

        String mailbox = demo.site("/uplift-demo/mailbox?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        // the demo sends 1 minute after the order and looks for due e-mails every 5 s
        new WebDriverWait(browser, Duration.ofSeconds(150), Duration.ofSeconds(5)).until(d -> {
            d.get(mailbox);
            return !d.findElements(By.cssSelector(".demo-mailbox__message a")).isEmpty();
        });
        WebElement subject = browser.findElement(By.cssSelector(".demo-mailbox__message a"));
        assertEquals("Picked for you after your order", subject.getText());
        subject.click();
        assertTrue(browser.findElement(By.cssSelector(".demo-mailbox__text")).getText().contains("You might like these next"));
        browser.switchTo().frame(browser.findElement(By.cssSelector("iframe.demo-mailbox__html")));
        assertTrue(browser.findElement(By.cssSelector(".uplift-mail__greeting")).getText().contains("Thank you"));
        String link = browser.findElement(By.cssSelector(".uplift-mail__suggestion a.uplift-mail__link")).getAttribute("href");
        String name = browser.findElement(By.cssSelector(".uplift-mail__suggestion a.uplift-mail__link")).getText();
        browser.switchTo().defaultContent();
        Chromium.screenshot(browser, "mail-post-purchase");

        assertTrue(link, link.startsWith(demo.site("/uplift/mail/click?t=")));
        browser.get(link);
        assertFalse("a product page of the shop: " + browser.getCurrentUrl(), browser.getCurrentUrl().contains("/uplift/mail/"));
        assertEquals(name, browser.findElement(By.cssSelector("h1.product__name")).getText());
    }
}
