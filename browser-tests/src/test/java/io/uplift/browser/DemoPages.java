package io.uplift.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import static org.junit.Assert.assertTrue;

/**
 * What several browser tests do on the demo's own pages: place an order at checkout, sign in to the admin (product
 * pages: {@link DemoProcess#productUrl}); and what they read and write in its database.
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

    /** Opens an admin lookup (Broadleaf's modal) with its button and returns the modal once it lists products. */
    static WebElement openAdminLookup(WebDriver browser, String buttonSelector) {
        Chromium.click(browser, browser.findElement(By.cssSelector(buttonSelector)));
        Chromium.waiting(browser, 30).until(d -> !d.findElements(By.cssSelector(".modal tr[data-rowid]")).isEmpty());
        return browser.findElement(By.cssSelector(".modal"));
    }

    /** The id of the demo product whose default SKU has this name. */
    static long productId(DemoProcess demo, String skuName) throws Exception {
        try (Connection c = demo.jdbc(); PreparedStatement s = c.prepareStatement("SELECT p.PRODUCT_ID FROM BLC_PRODUCT p"
                + " JOIN BLC_SKU k ON k.SKU_ID = p.DEFAULT_SKU_ID WHERE k.NAME = ?")) {
            s.setString(1, skuName);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue("product " + skuName, rs.next());
                return rs.getLong(1);
            }
        }
    }

    /** The first column of the query's first row, as a number. */
    static long number(DemoProcess demo, String sql) throws Exception {
        try (Connection c = demo.jdbc(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(sql, rs.next());
            return rs.getLong(1);
        }
    }

    static void update(DemoProcess demo, String sql) throws Exception {
        try (Connection c = demo.jdbc(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
