package io.uplift.demo.it;

import io.uplift.broadleaf.catalog.CachingCatalogFacts;
import io.uplift.broadleaf.nudge.ShippingOptionsCache;
import io.uplift.demo.data.DemoDataSeeder;
import io.uplift.engine.nudge.FreeShipping;
import io.uplift.engine.nudge.PriceIndexRefresher;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.persistence.EntityManagerFactory;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The free-shipping nudge on the real demo store: its threshold is Broadleaf's own banded standard shipping (6.99
 * below 75.00, free from 75.00, {@code DemoDataSeeder.fulfillment}). Prices from {@code DemoCatalog}: 20W USB-C
 * Charger 25.00, Monitor Stand 45.00, Wireless Charging Pad 35.00 (out of stock), Protection Plan 1 Year 49.00 (a
 * plan product), 45W Dual Charger 45.00 on sale at 39.00.
 */
public class FreeShippingNudgeIT {

    private static final String CHARGER = "20W USB-C Charger";
    private static final String MONITOR_STAND = "Monitor Stand";

    private BigDecimal bandToRestore;
    private String bandColumn;
    private long bandId;

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
        assertTrue("shipping options read", shippingOptions().refresh());
        // the price index is built in the background at start and every minute: build it now
        DemoStoreHarness.siteContext().getBean("blUpliftNudgePriceIndex", PriceIndexRefresher.class).rebuild();
        WidgetRows.restoreDefaults();
    }

    @After
    public void tearDown() throws Exception {
        if (bandColumn != null) {
            WidgetRows.update("UPDATE BLC_FULFILLMENT_PRICE_BAND SET " + bandColumn + " = " + bandToRestore.toPlainString()
                    + " WHERE FULFILLMENT_PRICE_BAND_ID = " + bandId);
            bandChanged();
        }
        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET MAX_ITEMS = 3 WHERE SLOT_KEY = 'CART'"
                + " AND WIDGET_TYPE = 'FREE_SHIPPING'");
        WidgetRows.restoreDefaults();
    }

    // threshold ======================================================================================================

    @Test
    public void theThresholdIsTheDemosBandedStandardShipping() {
        FreeShipping chosen = shippingOptions().current().forCart(DemoDataSeeder.STANDARD_SHIPPING_OPTION_ID);
        assertEquals(FreeShipping.State.FROM, chosen.getState());
        assertEquals(0, new BigDecimal("75").compareTo(chosen.getThreshold()));
        // before the shipping step no option is chosen: the shop's only shipping option decides
        FreeShipping none = shippingOptions().current().forCart(null);
        assertEquals(0, new BigDecimal("75").compareTo(none.getThreshold()));
        assertEquals(Long.valueOf(DemoDataSeeder.STANDARD_SHIPPING_OPTION_ID), none.getOptionId());
    }

    // progress =======================================================================================================

    @Test
    public void theCartShowsWhatIsMissingWithAnAccessibleBarUntilItQualifies() throws Exception {
        Shopper s = new Shopper();
        s.add(CHARGER, 1);
        Element nudge = nudge(s.cart());
        assertEquals("Add $50.00 more for free shipping", nudge.selectFirst(".uplift-nudge__message").text());
        Element bar = nudge.selectFirst("[role=progressbar]");
        assertEquals("33", bar.attr("aria-valuenow")); // 25 / 75, floored
        assertEquals("0", bar.attr("aria-valuemin"));
        assertEquals("100", bar.attr("aria-valuemax"));
        assertEquals("$25.00 of $75.00", bar.attr("aria-valuetext"));
        assertTrue(nudge.hasClass("uplift-nudge--short"));
        assertFalse("gap fillers", nudge.select(".uplift-nudge__filler").isEmpty());

        s.add(CHARGER, 1);
        nudge = nudge(s.cart());
        assertEquals("Add $25.00 more for free shipping", nudge.selectFirst(".uplift-nudge__message").text());
        assertEquals("66", nudge.selectFirst("[role=progressbar]").attr("aria-valuenow"));

        s.add(CHARGER, 1);
        nudge = nudge(s.cart());
        assertEquals("Your order ships free", nudge.selectFirst(".uplift-nudge__message").text());
        assertEquals("100", nudge.selectFirst("[role=progressbar]").attr("aria-valuenow"));
        assertTrue(nudge.hasClass("uplift-nudge--qualifies"));
        assertTrue("no gap fillers once it qualifies", nudge.select(".uplift-nudge__filler").isEmpty());
    }

    @Test
    public void theNudgeIsTheCartSlotsFirstWidget() throws Exception {
        Shopper s = new Shopper();
        s.add(CHARGER, 1);
        Element first = s.cart().selectFirst(".uplift-slot--cart .uplift-widget");
        assertNotNull(first);
        assertTrue(first.outerHtml(), first.hasClass("uplift-nudge"));
    }

    // Broadleaf's own shipping price at the threshold ================================================================

    @Test
    public void atTheThresholdBroadleafChargesNoShippingAndACentBelowItDoes() throws Exception {
        Shopper at = new Shopper();
        at.add(CHARGER, 3); // 75.00
        assertEquals("Your order ships free", nudge(at.cart()).selectFirst(".uplift-nudge__message").text());
        String number = at.checkout();
        assertEquals("75.00 0.00", orderShipping(number));

        // the same cart a cent below the threshold: the band moves to 75.01 in Broadleaf's own configuration
        changeFreeBand("RETAIL_PRICE_MINIMUM_AMOUNT", new BigDecimal("75.01"));
        Shopper below = new Shopper();
        below.add(CHARGER, 3); // 75.00
        assertEquals("Add $0.01 more for free shipping",
                nudge(below.cart()).selectFirst(".uplift-nudge__message").text());
        String second = below.checkout();
        assertEquals("75.00 6.99", orderShipping(second));
    }

    @Test
    public void withoutAFreeBandThereIsNoNudge() throws Exception {
        changeFreeBand("RESULT_AMOUNT", new BigDecimal("3.00"));
        assertEquals(FreeShipping.State.NONE, shippingOptions().current().forCart(null).getState());
        Shopper s = new Shopper();
        s.add(CHARGER, 1);
        Document cart = s.cart();
        assertTrue(cart.select(".uplift-nudge").isEmpty());
        assertFalse("the cart's other widgets still show", cart.select(".uplift-slot--cart .uplift-widget").isEmpty());
    }

    // gap fillers ====================================================================================================

    @Test
    public void gapFillersAreBuyableNotInTheCartNoPlansAndPricedInTheWindow() throws Exception {
        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET MAX_ITEMS = 12 WHERE SLOT_KEY = 'CART'"
                + " AND WIDGET_TYPE = 'FREE_SHIPPING'");
        WidgetRows.refreshSite();
        Shopper s = new Shopper();
        s.add(MONITOR_STAND, 1); // 45.00: the gap is 30.00, the window [30.00, 30 x 1.5 + 5 = 50.00]
        long stand = Shopper.productId(MONITOR_STAND);
        Element nudge = nudge(s.cart());
        assertEquals("Add $30.00 more for free shipping", nudge.selectFirst(".uplift-nudge__message").text());
        TreeSet<Long> shown = new TreeSet<>();
        for (Element filler : nudge.select(".uplift-nudge__filler")) {
            shown.add(Long.parseLong(filler.attr("data-product-id")));
        }
        // what the rules leave, computed from the shop's tables
        List<Long> expected = Sql.ids("SELECT p.PRODUCT_ID FROM BLC_PRODUCT p JOIN BLC_SKU s ON s.SKU_ID = p.DEFAULT_SKU_ID"
                + " WHERE COALESCE(s.SALE_PRICE, s.RETAIL_PRICE) BETWEEN 30.00 AND 50.00"
                + " AND (p.ARCHIVED IS NULL OR p.ARCHIVED <> 'Y')"
                + " AND (s.ACTIVE_END_DATE IS NULL OR s.ACTIVE_END_DATE > CURRENT_TIMESTAMP)"
                + " AND NOT (s.INVENTORY_TYPE = 'CHECK_QUANTITY' AND COALESCE(s.QUANTITY_AVAILABLE, 0) <= 0)"
                + " AND p.PRODUCT_ID NOT IN (SELECT PRODUCT_ID FROM UPLIFT_WARRANTY_TERM)"
                + " AND p.PRODUCT_ID <> " + stand + " ORDER BY p.PRODUCT_ID");
        assertEquals(new TreeSet<>(expected), shown);
        // the window holds products each rule must drop: the cart's own, an out-of-stock one, a plan product
        for (String dropped : new String[] {MONITOR_STAND, "Wireless Charging Pad", "Protection Plan 1 Year"}) {
            assertFalse(dropped + " shown", shown.contains(Shopper.productId(dropped)));
        }
        // on sale at 39.00 (retail 45.00): judged on the price the shopper pays
        assertTrue("45W Dual Charger", shown.contains(Shopper.productId("45W Dual Charger")));
        // below the gap (29.00) and above the window (59.00)
        assertFalse(shown.contains(Shopper.productId("Wireless Mouse")));
        assertFalse(shown.contains(Shopper.productId("Ergonomic Mouse")));
        // the next widgets of the slot do not repeat them
        for (Element other : s.cart().select(".uplift-slot--cart .uplift-card:not(.uplift-nudge__filler)")) {
            assertFalse(other.attr("data-product-id"), shown.contains(Long.parseLong(other.attr("data-product-id"))));
        }
    }

    @Test
    public void aQuickAddOfAFillerWithoutJavaScriptQualifiesTheCart() throws Exception {
        Shopper s = new Shopper();
        s.add(MONITOR_STAND, 1);
        Element nudge = nudge(s.cart());
        Element form = nudge.selectFirst("form.uplift-nudge__form");
        Map<String, String> fields = Http.formFields(form);
        fields.put("productId", nudge.selectFirst(".uplift-nudge__add").attr("value"));
        HttpResponse<String> r = s.http.post(DemoStoreHarness.site("/uplift/cart/add"), fields);
        assertEquals(r.body(), 302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse(""), r.headers().firstValue("Location").orElse("")
                .endsWith("/cart"));
        Element after = nudge(s.cart());
        assertEquals("Your order ships free", after.selectFirst(".uplift-nudge__message").text());
    }

    // mini-cart ======================================================================================================

    @Test
    public void theMiniCartShowsTheNudgeOnOtherPages() throws Exception {
        Shopper s = new Shopper();
        s.add(CHARGER, 1);
        Document page = Http.parse(s.http.get(DemoStoreHarness.site(Shopper.productUrl(Shopper.productId("Wireless Mouse")))));
        Element mini = page.selectFirst(".store-minicart .uplift-slot--mini-cart .uplift-nudge");
        assertNotNull(page.select(".store-minicart").outerHtml(), mini);
        assertEquals("Add $50.00 more for free shipping", mini.selectFirst(".uplift-nudge__message").text());
        assertTrue(mini.select(".uplift-nudge__filler").size() <= 2);
        assertFalse(mini.select(".uplift-nudge__filler").isEmpty());
        assertEquals(List.of("1 × " + CHARGER), texts(page, ".store-minicart__name"));
        assertEquals("Subtotal $25.00", page.selectFirst(".store-minicart__subtotal").text());
        // rendered first, in the header: the page's own widgets do not repeat its fillers
        List<String> cards = page.select(".uplift-card[data-product-id]").eachAttr("data-product-id");
        assertEquals("no product twice on the page: " + cards, new TreeSet<>(cards).size(), cards.size());
        // the cart page shows the nudge once, in its own slot
        Document cart = s.cart();
        assertTrue(cart.select(".uplift-slot--mini-cart").isEmpty());
        assertEquals(1, cart.select(".uplift-nudge").size());
    }

    @Test
    public void anEmptyCartHasNoMiniCartPanel() throws Exception {
        Shopper s = new Shopper();
        Document page = Http.parse(s.http.get(DemoStoreHarness.site(Shopper.productUrl(Shopper.productId(CHARGER)))));
        assertNotNull(page.selectFirst(".store-minicart .store-cart-link"));
        assertNull(page.selectFirst(".store-minicart__panel"));
        assertTrue(page.select(".uplift-nudge").isEmpty());
    }

    @Test
    public void theAdminManagesTheMiniCartSlot() throws Exception {
        long id = Sql.ids("SELECT WIDGET_ID FROM UPLIFT_WIDGET_CONFIG WHERE SLOT_KEY = 'MINI_CART'"
                + " AND WIDGET_TYPE = 'FREE_SHIPPING'").get(0);
        AdminSession admin = AdminSession.login("admin", "admin");
        // the preview measures a cart of one unit per product at catalog prices, like the storefront's nudge
        // the admin is another JVM that reads the shipping bands every 2 s: another test of this class changed the
        // band by SQL (to 75.01, or to no free band at all) and put it back, and on a busy machine the admin's copy can
        // lag; the preview must be consistent with the band it read, once it has read the free band again (20 s)
        java.util.regex.Pattern free = java.util.regex.Pattern.compile("Standard shipping: free from (75\\.0[01])");
        String preview;
        java.util.regex.Matcher band;
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            preview = admin.http.get(DemoStoreHarness.admin("/uplift-recommendations?slot=mini-cart&cart="
                    + Shopper.productId(MONITOR_STAND))).body();
            band = free.matcher(preview);
            if (band.find() || System.currentTimeMillis() > deadline) {
                break;
            }
            Thread.sleep(500);
        }
        assertTrue(preview, band.find(0));
        BigDecimal threshold = new BigDecimal(band.group(1));
        BigDecimal missing = threshold.subtract(new BigDecimal("45.00"));
        assertTrue(preview, preview.contains("Add $" + missing.toPlainString() + " more for free shipping ($45.00 of $"
                + threshold.toPlainString() + ", " + new BigDecimal("45.00").multiply(BigDecimal.valueOf(100))
                .divide(threshold, 0, java.math.RoundingMode.FLOOR) + " %)."));
        Element form = admin.editForm("/uplift-widgets", id);
        assertTrue("the slot choice offers the mini-cart", form.html().contains("Mini-cart (page header)"));
        assertTrue("the widget type choice offers the nudge", form.html().contains("Free-shipping nudge"));
        HttpResponse<String> off = admin.save("/uplift-widgets", id,
                java.util.Collections.singletonMap("fields['enabled'].value", "false"));
        assertEquals("valid save redirects", 302, off.statusCode());
        WidgetRows.refreshSite();
        Shopper s = new Shopper();
        s.add(CHARGER, 1);
        Document page = Http.parse(s.http.get(DemoStoreHarness.site(Shopper.productUrl(Shopper.productId("Wireless Mouse")))));
        assertNotNull("the mini-cart itself stays", page.selectFirst(".store-minicart__panel"));
        assertNull("no nudge in the mini-cart once the admin turned it off", page.selectFirst(".uplift-slot--mini-cart"));
    }

    // helpers ========================================================================================================

    private static Element nudge(Document page) {
        Element nudge = page.selectFirst(".uplift-slot--cart .uplift-nudge");
        assertNotNull("free-shipping nudge in the cart slot", nudge);
        return nudge;
    }

    private static List<String> texts(Document page, String selector) {
        List<String> out = new ArrayList<>();
        for (Element e : page.select(selector)) {
            out.add(e.text());
        }
        return out;
    }

    /** ORDER_SUBTOTAL and TOTAL_SHIPPING of a submitted order, as Broadleaf priced them. */
    private static String orderShipping(String number) throws Exception {
        Object[] row = Sql.row("SELECT ORDER_SUBTOTAL, TOTAL_SHIPPING FROM BLC_ORDER WHERE ORDER_NUMBER = '" + number + "'");
        return ((BigDecimal) row[0]).setScale(2).toPlainString() + " " + ((BigDecimal) row[1]).setScale(2).toPlainString();
    }

    /** Changes the demo's free band (the one with result 0) in Broadleaf's table; restored after the test. */
    private void changeFreeBand(String column, BigDecimal value) throws Exception {
        Object[] band = Sql.row("SELECT FULFILLMENT_PRICE_BAND_ID, " + column + " FROM BLC_FULFILLMENT_PRICE_BAND"
                + " WHERE FULFILLMENT_OPTION_ID = " + DemoDataSeeder.STANDARD_SHIPPING_OPTION_ID + " AND RESULT_AMOUNT = 0");
        bandId = ((Number) band[0]).longValue();
        bandToRestore = (BigDecimal) band[1];
        bandColumn = column;
        WidgetRows.update("UPDATE BLC_FULFILLMENT_PRICE_BAND SET " + column + " = " + value.toPlainString()
                + " WHERE FULFILLMENT_PRICE_BAND_ID = " + bandId);
        bandChanged();
    }

    /** Broadleaf (Hibernate's second-level cache) and the plugin read the changed band now. */
    private static void bandChanged() {
        DemoStoreHarness.siteContext().getBean("entityManagerFactory", EntityManagerFactory.class).getCache().evictAll();
        DemoStoreHarness.siteContext().getBean("blUpliftCatalogFacts", CachingCatalogFacts.class).clear();
        assertTrue("shipping options re-read", shippingOptions().refresh());
    }

    private static ShippingOptionsCache shippingOptions() {
        return DemoStoreHarness.siteContext().getBean("blUpliftShippingOptions", ShippingOptionsCache.class);
    }
}
