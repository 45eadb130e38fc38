package io.uplift.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import static org.junit.Assert.assertTrue;

/**
 * What several browser tests do on the demo's own pages: place an order at checkout, sign in to the admin (product
 * pages: {@link DemoProcess#productUrl}).
 */
final class DemoPages {

    private DemoPages() {
    }

    /** Signs in to the demo's admin as admin/admin, unless this browser already is; returns on the page after it. */
    static void loginAdmin(WebDriver browser, DemoProcess demo) {
        browser.get(demo.admin("/login"));
        if (!browser.getCurrentUrl().contains("/login")) {
            return;
        }
        browser.findElement(By.name("j_username")).sendKeys("admin");
        browser.findElement(By.name("j_password")).sendKeys("admin");
        browser.findElement(By.cssSelector("form [type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /**
     * Fills the demo's checkout form (cash on delivery) with a test address and places the order; returns once the
     * confirmation page shows.
     *
     * @param who e-mail, first name, last name, address line, city, state (CA, IL, NY, TX, WA), ZIP code
     */
    static void placeOrder(WebDriver browser, DemoProcess demo, String... who) {
        browser.get(demo.site("/checkout"));
        WebElement form = browser.findElement(By.cssSelector("form.checkout__form"));
        String[] fields = {"email", "firstName", "lastName", "address", "city"};
        for (int i = 0; i < fields.length; i++) {
            form.findElement(By.name(fields[i])).sendKeys(who[i]);
        }
        new Select(form.findElement(By.name("state"))).selectByValue(who[5]);
        form.findElement(By.name("postalCode")).sendKeys(who[6]);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/confirmation/"));
    }
}
