package io.uplift.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The page's script reports what the shopper saw and clicked: in Chromium with a desktop browser's User-Agent, a
 * product page's "customers also bought" scrolled into view and its first card's link clicked gives one stored
 * {@code IMPRESSION_SEEN} and one {@code CLICK} of that product, sent with {@code navigator.sendBeacon} as the page
 * is left. Headless Chromium's own User-Agent ({@code HeadlessChrome}) counts as a bot: the other browser tests
 * record nothing.
 */
public class EventsBrowserIT {

    private static final String DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/120.0.0.0 Safari/537.36";
    private static DemoProcess demo;
    private static WebDriver browser;

    @BeforeClass
    public static void startDemoAndBrowser() throws Exception {
        demo = DemoProcess.get();
        browser = Chromium.start(true, DESKTOP);
    }

    @AfterClass
    public static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The page view's stored events other than renders, as "TYPE widget [product]". */
    private static List<String> events(String pageView) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = demo.jdbc(); PreparedStatement s = c.prepareStatement("SELECT EVENT_TYPE, WIDGET_ID,"
                + " PRODUCT_ID FROM UPLIFT_EVENT WHERE PAGE_VIEW_ID = ? AND EVENT_TYPE <> 'IMPRESSION_RENDERED'")) {
            s.setString(1, pageView);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getLong(2) + (rs.getObject(3) == null ? "" : " " + rs.getLong(3)));
                }
            }
        }
        return out;
    }

    @Test
    public void aSeenWidgetAndAClickedSuggestionAreStored() throws Exception {
        browser.get(demo.site(demo.productUrl("Nova X 128 GB")));
        String pageView = browser.findElement(By.cssSelector(".uplift-slot--product")).getAttribute("data-uplift-page-view");
        WebElement widget = browser.findElement(By.cssSelector(".uplift-slot--product .uplift-widget--also-bought"));
        String id = widget.getAttribute("data-uplift-widget");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", widget);
        Thread.sleep(500); // the observer reports the widget in view
        WebElement card = widget.findElement(By.cssSelector(".uplift-card"));
        String product = card.getAttribute("data-product-id");
        card.findElement(By.cssSelector(".uplift-card__link")).click();
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < 40 && !stored.contains("CLICK " + id + " " + product); i++) {
            Thread.sleep(250);
            stored = events(pageView);
        }
        assertTrue("the widget seen: " + stored, stored.contains("IMPRESSION_SEEN " + id));
        assertTrue("its card clicked: " + stored, stored.contains("CLICK " + id + " " + product));
        // the other widgets of the page that were in the window are seen too, each once, and nothing else is sent
        assertEquals("each once: " + stored, new HashSet<>(stored).size(), stored.size());
        for (String e : stored) {
            assertTrue("only seen widgets and the one click: " + stored, e.startsWith("IMPRESSION_SEEN ")
                    || e.equals("CLICK " + id + " " + product));
        }
    }
}
