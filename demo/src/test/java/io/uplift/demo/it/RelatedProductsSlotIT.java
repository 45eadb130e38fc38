package io.uplift.demo.it;

import io.uplift.slot.WidgetFailures;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The related-products slot on the real Broadleaf site (in this JVM) against the real demo database: what it shows,
 * what it filters out, how it obeys its settings, and that bad or missing settings never break the product page.
 */
public class RelatedProductsSlotIT {

    private long widgetId;
    private String productUrl;
    private List<Long> unbuyable;

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() throws Exception {
        DemoStoreHarness.store();
        widgetId = WidgetRows.relatedWidgetId();
        Object[] fixture = WidgetRows.productWithUnbuyableCrossSales();
        productUrl = (String) fixture[0];
        unbuyable = (List<Long>) fixture[1];
        restoreDefaults();
    }

    /** Only the related-products widget on the product page: the other default widgets are switched off. */
    @After
    public void restoreDefaults() throws Exception {
        WidgetRows.deleteTestRows();
        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET ENABLED=FALSE WHERE SLOT_KEY='PRODUCT' AND WIDGET_ID <> " + widgetId);
        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET ENABLED=TRUE, MAX_ITEMS=4, TITLE='You may also like'"
                + " WHERE WIDGET_ID=" + widgetId);
        WidgetRows.refreshSite();
    }

    @AfterClass
    public static void switchTheOtherDefaultWidgetsBackOn() throws Exception {
        WidgetRows.restoreDefaults();
    }

    private Document productPage() throws Exception {
        HttpResponse<String> page = new Http().get(DemoStoreHarness.site(productUrl));
        assertEquals("product page " + productUrl, 200, page.statusCode());
        return Http.parse(page);
    }

    private static Elements cards(Document page) {
        return page.select(".uplift-slot--product .uplift-widget--related-products .uplift-card");
    }

    @Test
    public void productPageShowsCrossSalesWithoutUnbuyableProducts() throws Exception {
        Document page = productPage();
        Element widget = page.selectFirst(".uplift-slot--product .uplift-widget--related-products");
        assertNotNull("related-products widget on " + productUrl, widget);
        assertEquals("You may also like", widget.selectFirst(".uplift-widget__title").text());
        Elements cards = cards(page);
        assertTrue("between 1 and 4 cards: " + cards.size(), cards.size() >= 1 && cards.size() <= 4);
        for (Element card : cards) {
            long id = Long.parseLong(card.attr("data-product-id"));
            assertFalse("unbuyable product " + id + " suggested on " + productUrl, unbuyable.contains(id));
            assertFalse("price shown", card.selectFirst(".uplift-card__price").text().isEmpty());
            assertNotNull("quick add form with CSRF token", card.closest("form").selectFirst("input[name=csrfToken]"));
            assertNotNull("quick add button with the product id", card.selectFirst("button[name=productId][value=" + id + "]"));
        }
    }

    @Test
    public void stylesheetIsServedFromThePluginJar() throws Exception {
        HttpResponse<String> css = new Http().get(DemoStoreHarness.site("/uplift-assets/uplift.css"));
        assertEquals(200, css.statusCode());
        assertTrue(css.body().contains("--uplift-color-accent"));
    }

    @Test
    public void countSettingLimitsTheCards() throws Exception {
        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET MAX_ITEMS=1, TITLE='Goes well with' WHERE WIDGET_ID=" + widgetId);
        WidgetRows.refreshSite();
        Document page = productPage();
        assertEquals(1, cards(page).size());
        assertEquals("Goes well with", page.selectFirst(".uplift-widget__title").text());
    }

    @Test
    public void disabledWidgetIsNotRendered() throws Exception {
        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET ENABLED=FALSE WHERE WIDGET_ID=" + widgetId);
        WidgetRows.refreshSite();
        Document page = productPage();
        assertNull(page.selectFirst(".uplift-slot"));
        assertNotNull("the rest of the product page still renders", page.selectFirst("h1"));
    }

    @Test
    public void titleIsEscaped() throws Exception {
        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET TITLE='<script>alert(1)</script>' WHERE WIDGET_ID=" + widgetId);
        WidgetRows.refreshSite();
        HttpResponse<String> page = new Http().get(DemoStoreHarness.site(productUrl));
        assertFalse(page.body().contains("<script>alert(1)</script>"));
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    public void brokenWidgetRowsRenderNothingAndAreCounted() throws Exception {
        WidgetFailures failures = DemoStoreHarness.siteContext().getBean("blUpliftWidgetFailures", WidgetFailures.class);
        long unknownBefore = failures.count("render:product:NO_SUCH_WIDGET");
        long invalidBefore = failures.count("settings:invalid-row");
        WidgetRows.update("INSERT INTO UPLIFT_WIDGET_CONFIG (WIDGET_ID, SLOT_KEY, WIDGET_TYPE, ENABLED, TITLE, MAX_ITEMS, POSITION)"
                + " VALUES (900001, 'PRODUCT', 'NO_SUCH_WIDGET', TRUE, 'Broken', 3, 1)");
        WidgetRows.update("INSERT INTO UPLIFT_WIDGET_CONFIG (WIDGET_ID, SLOT_KEY, WIDGET_TYPE, ENABLED, TITLE, MAX_ITEMS, POSITION)"
                + " VALUES (900002, 'PRODUCT', 'RELATED_PRODUCTS', TRUE, 'Too many', 99, 2)");
        WidgetRows.update("INSERT INTO UPLIFT_WIDGET_CONFIG (WIDGET_ID, SLOT_KEY, WIDGET_TYPE, ENABLED, TITLE, MAX_ITEMS, POSITION)"
                + " VALUES (900003, 'NOWHERE', 'RELATED_PRODUCTS', TRUE, 'Bad slot', 3, 3)");
        WidgetRows.refreshSite();

        Document page = productPage();
        assertEquals("only the valid widget renders", 1, page.select(".uplift-widget").size());
        assertEquals(1, failures.count("render:product:NO_SUCH_WIDGET") - unknownBefore);
        assertTrue("rows with count 99 and slot NOWHERE are rejected when read",
                failures.count("settings:invalid-row") - invalidBefore >= 2);
    }

    @Test
    public void missingSettingsTableKeepsLastGoodSettingsAndRecovers() throws Exception {
        WidgetFailures failures = DemoStoreHarness.siteContext().getBean("blUpliftWidgetFailures", WidgetFailures.class);
        long before = failures.count("settings:load");
        WidgetRows.update("ALTER TABLE UPLIFT_WIDGET_CONFIG RENAME TO UPLIFT_WIDGET_CONFIG_GONE");
        try {
            WidgetRows.refreshSite();
            assertEquals(1, failures.count("settings:load") - before);
            assertEquals("page still renders the last good settings", 1, productPage().select(".uplift-widget").size());
        } finally {
            WidgetRows.update("ALTER TABLE UPLIFT_WIDGET_CONFIG_GONE RENAME TO UPLIFT_WIDGET_CONFIG");
        }
        WidgetRows.refreshSite();
        assertFalse(DemoStoreHarness.siteContext().getBean("blUpliftSlotSettingsCache",
                io.uplift.slot.SlotSettingsCache.class).isLastRefreshFailed());
    }
}
