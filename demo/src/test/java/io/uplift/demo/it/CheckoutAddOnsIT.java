package io.uplift.demo.it;

import io.uplift.broadleaf.addon.AddOnsCache;
import io.uplift.web.addon.AddOnController;
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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * Checkout add-ons on Broadleaf's real cart, pricing and checkout, as shoppers drive them over HTTP: the seeded "Gift
 * wrap" (fixed 4.99) and "Shipping insurance" (2 % of the merchandise subtotal, floor 1.99, ceiling 24.99) are chosen
 * at checkout, stored on the order and charged as one fulfillment group fee each, re-made at every pricing (never
 * twice; the insurance follows the subtotal), included in Broadleaf's total, shown on the checkout summary and the
 * confirmation, and kept by the submitted order. Every bad request is refused with a message and changes nothing.
 */
public class CheckoutAddOnsIT {

    private static final long GIFT_WRAP = 1;
    private static final long INSURANCE = 2;

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
    }

    @After
    public void restore() throws Exception {
        WidgetRows.update("DELETE FROM UPLIFT_ADD_ON WHERE ADD_ON_ID > 2");
        WidgetRows.update("UPDATE UPLIFT_ADD_ON SET ENABLED = TRUE");
        addOns().refresh();
    }

    @Test
    public void giftWrapAndInsuranceAreChargedOnceEachFollowTheSubtotalAndTheSubmittedOrderKeepsThem() throws Exception {
        Shopper s = new Shopper();
        s.add("Mouse Pad XL", 1);
        // the widget shows the server's prices for this cart: 2 % of 15.00 = 0.30, below the floor 1.99
        Element widget = checkoutPage(s).selectFirst(".uplift-add-ons");
        assertNotNull("the add-ons widget at checkout", widget);
        assertEquals(List.of("Gift wrap $4.99", "Shipping insurance $1.99"), itemTexts(widget));
        assertEquals("2% of your items (at least $1.99, at most $24.99)",
                widget.selectFirst(".uplift-add-ons__item--shipping-insurance .uplift-add-ons__pricing").text());
        assertEquals("nothing chosen yet", 0, widget.select(".uplift-add-ons__check[checked]").size());

        assertEquals("Your order now includes: Gift wrap and Shipping insurance.",
                s.chooseAddOns("Gift wrap", "Shipping insurance"));
        long cart = cartId(s);
        assertEquals(List.of("Gift wrap 4.99", "Shipping insurance 1.99"), fees(cart));
        assertEquals("1,2", attribute(cart));
        Document page = checkoutPage(s);
        assertEquals(2, page.select(".uplift-add-ons__item.uplift-is-chosen .uplift-add-ons__check[checked]").size());
        assertEquals(List.of("Gift wrap $4.99", "Shipping insurance $1.99"), page.select(".checkout-addon").eachText());
        assertTotalIsSubtotalLessAdjustmentsPlusShippingPlusFees(cart, "15.00", "6.98");
        Document cartPage = s.cart();
        assertEquals("the cart shows them too", List.of("Gift wrap $4.99", "Shipping insurance $1.99"),
                cartPage.select(".cart-addon").eachText());
        assertEquals("15.00 + 4.99 + 1.99", "$21.98", cartPage.selectFirst(".cart-grand-total strong").text());
        assertEquals("$21.98", page.selectFirst(".checkout-total strong").text());

        // repricings: each change of the cart prices it again; the fees are re-made, never added up
        s.add("Nova X 128 GB", 1);
        assertEquals("2 % of 614.00", List.of("Gift wrap 4.99", "Shipping insurance 12.28"), fees(cart));
        update(s, lineOf(s, "Mouse Pad XL"), 3);
        assertEquals("2 % of 644.00", List.of("Gift wrap 4.99", "Shipping insurance 12.88"), fees(cart));
        s.add("Aero 14 16 GB RAM", 1);
        assertEquals("2 % of 1,743.00 = 34.86, above the ceiling", List.of("Gift wrap 4.99", "Shipping insurance 24.99"),
                fees(cart));
        assertEquals(List.of("Gift wrap $4.99", "Shipping insurance $24.99"),
                itemTexts(checkoutPage(s).selectFirst(".uplift-add-ons")));
        assertTotalIsSubtotalLessAdjustmentsPlusShippingPlusFees(cart, "1743.00", "29.98");

        String number = s.checkout();
        long order = ((Number) Sql.row("SELECT ORDER_ID FROM BLC_ORDER WHERE ORDER_NUMBER = '" + number + "'")[0])
                .longValue();
        assertEquals("the cart became the order", cart, order);
        assertEquals("SUBMITTED", Sql.row("SELECT ORDER_STATUS FROM BLC_ORDER WHERE ORDER_ID = " + order)[0]);
        assertEquals("one fee row per add-on on the submitted order", List.of("Gift wrap 4.99",
                "Shipping insurance 24.99"), fees(order));
        assertTotalIsSubtotalLessAdjustmentsPlusShippingPlusFees(order, "1743.00", "29.98");

        Document confirmation = Http.parse(s.http.get(DemoStoreHarness.site("/confirmation/" + number)));
        assertEquals(List.of("Gift wrap $4.99", "Shipping insurance $24.99"), confirmation.select(".order-addon")
                .eachText());
        String text = confirmation.text();
        assertTrue(text, text.contains("Shipping $0.00 · Total $1,772.98"));
        assertTrue("the add-ons before the total: " + text, text.indexOf("Shipping insurance $24.99")
                < text.indexOf("· Total"));
    }

    @Test
    public void anAddOnCanBeRemovedAndTheJsonAnswerNamesTheChoice() throws Exception {
        Shopper s = new Shopper();
        s.add("Nova X 128 GB", 1);
        assertEquals("Your order now includes: Gift wrap and Shipping insurance.",
                s.chooseAddOns("Shipping insurance", "Gift wrap"));
        long cart = cartId(s);
        BigDecimal withBoth = total(cart);

        HttpResponse<String> r = post(s, List.of(Map.entry("addOn", String.valueOf(GIFT_WRAP))));
        assertEquals(r.body(), 200, r.statusCode());
        assertTrue(r.body(), r.body().contains("\"ok\":true"));
        assertTrue(r.body(), r.body().contains("\"chosen\":[1]"));
        assertEquals(List.of("Gift wrap 4.99"), fees(cart));
        assertEquals("insurance 2 % of 599.00 = 11.98 gone", withBoth.subtract(new BigDecimal("11.98")), total(cart));

        assertEquals("No add-ons on your order.", s.chooseAddOns());
        assertEquals(List.of(), fees(cart));
        assertEquals(null, attribute(cart));
        assertEquals(withBoth.subtract(new BigDecimal("16.97")), total(cart));
        assertTrue(checkoutPage(s).select(".checkout-addon").isEmpty());
    }

    @Test
    public void badRequestsAreRefusedWithAMessageAndChangeNothing() throws Exception {
        WidgetRows.update("INSERT INTO UPLIFT_ADD_ON (ADD_ON_ID, NAME, DESCRIPTION, KIND, AMOUNT, PERCENT, FLOOR_PRICE,"
                + " CEILING_PRICE, ENABLED, DISPLAY_ORDER) VALUES (3, 'Greeting card', '', 'OTHER', 2.50, NULL, NULL,"
                + " NULL, FALSE, 30)");
        addOns().refresh();
        Shopper other = new Shopper();
        other.add("Sticker Pack", 1);
        long otherCart = cartId(other);
        Shopper s = new Shopper();
        s.add("Nova X 128 GB", 1);
        s.chooseAddOns("Gift wrap");
        long cart = cartId(s);
        BigDecimal total = total(cart);

        refused(s, cart, total, "That add-on does not exist: '999'.", Map.entry("addOn", "999"));
        refused(s, cart, total, "That add-on does not exist: 'abc'.", Map.entry("addOn", "abc"));
        refused(s, cart, total, "Sorry, Greeting card is no longer offered. Nothing was changed.",
                Map.entry("addOn", "3"));
        refused(s, cart, total, "The price of Shipping insurance is $11.98, not '0.01' as shown. Please check it and"
                + " choose again; nothing was changed.", Map.entry("addOn", "2"), Map.entry("price_2", "0.01"));
        refused(s, cart, total, "The price is malformed: '4.99$'. Please reload the page and try again.",
                Map.entry("addOn", "1"), Map.entry("price_1", "4.99$"));
        refused(s, cart, total, "Prices are set by the shop; the parameter 'feeAmount' is not accepted. Nothing was"
                + " changed.", Map.entry("addOn", "1"), Map.entry("feeAmount", "0"));
        refused(s, cart, total, "That order is not your cart: '" + otherCart + "'. Nothing was changed.",
                Map.entry("addOn", "2"), Map.entry("orderId", String.valueOf(otherCart)));
        assertEquals("the other shopper's cart is untouched", List.of(), fees(otherCart));
        assertEquals(null, attribute(otherCart));

        // without Broadleaf's CSRF token
        List<Map.Entry<String, String>> noToken = List.of(Map.entry("addOn", "2"));
        HttpResponse<String> r = s.http.postPairs(DemoStoreHarness.site(AddOnController.PATH), noToken,
                "application/json");
        assertTrue("no token: " + r.statusCode(), r.statusCode() >= 400);
        assertEquals(List.of("Gift wrap 4.99"), fees(cart));

        // a shopper without a cart
        HttpResponse<String> empty = post(new Shopper(), List.of(Map.entry("addOn", "1")));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body(), empty.body().contains("Your cart is empty"));
    }

    @Test
    public void anAddOnSwitchedOffIsDroppedAtTheNextPricingButASubmittedOrderKeepsWhatItWasCharged() throws Exception {
        Shopper buyer = new Shopper();
        buyer.add("Mouse Pad XL", 2);
        buyer.chooseAddOns("Gift wrap", "Shipping insurance");
        String number = buyer.checkout();
        long order = ((Number) Sql.row("SELECT ORDER_ID FROM BLC_ORDER WHERE ORDER_NUMBER = '" + number + "'")[0])
                .longValue();
        Shopper s = new Shopper();
        s.add("Mouse Pad XL", 1);
        s.chooseAddOns("Gift wrap", "Shipping insurance");
        long cart = cartId(s);

        WidgetRows.update("UPDATE UPLIFT_ADD_ON SET ENABLED = FALSE WHERE ADD_ON_ID = " + INSURANCE);
        addOns().refresh();
        assertEquals("not offered any more", List.of("Gift wrap $4.99"), itemTexts(checkoutPage(s)
                .selectFirst(".uplift-add-ons")));
        update(s, lineOf(s, "Mouse Pad XL"), 2);
        assertEquals("dropped at the cart's next pricing", List.of("Gift wrap 4.99"), fees(cart));
        assertEquals("1", attribute(cart));
        assertTotalIsSubtotalLessAdjustmentsPlusShippingPlusFees(cart, "30.00", "4.99");
        assertEquals("the submitted order keeps its charges", List.of("Gift wrap 4.99", "Shipping insurance 1.99"),
                fees(order));
    }

    @Test
    public void aRowThatBreaksTheRulesIsLeftOutAndNamedAndTheCheckoutCarriesOn() throws Exception {
        WidgetRows.update("INSERT INTO UPLIFT_ADD_ON (ADD_ON_ID, NAME, DESCRIPTION, KIND, AMOUNT, PERCENT, FLOOR_PRICE,"
                + " CEILING_PRICE, ENABLED, DISPLAY_ORDER) VALUES (4, 'Broken', '', 'OTHER', 3.00, 5.00, NULL, NULL,"
                + " TRUE, 1), (5, 'Odd kind', '', 'SURPRISE', 3.00, NULL, NULL, NULL, TRUE, 2)");
        AddOnsCache cache = addOns();
        cache.refresh();
        assertEquals(List.of("add-on 4 ignored: add-on 'Broken': needs either a fixed amount or a percentage, not both"
                + " (3.00 and 5.00 %)", "add-on 5 ignored: unknown kind 'SURPRISE'"), cache.getRejected());
        Shopper s = new Shopper();
        s.add("Sticker Pack", 1);
        assertEquals("the good ones are still offered", List.of("Gift wrap $4.99", "Shipping insurance $1.99"),
                itemTexts(checkoutPage(s).selectFirst(".uplift-add-ons")));
        HttpResponse<String> r = post(s, List.of(Map.entry("addOn", "4")));
        assertEquals(400, r.statusCode());
        assertTrue(r.body(), r.body().contains("That add-on does not exist: '4'."));
        assertEquals("Your order now includes: Gift wrap.", s.chooseAddOns("Gift wrap"));
        s.checkout();
    }

    // helpers =========================================================================================================

    static AddOnsCache addOns() {
        return DemoStoreHarness.siteContext().getBean("blUpliftCheckoutAddOns", AddOnsCache.class);
    }

    @SafeVarargs
    private static void refused(Shopper s, long cart, BigDecimal total, String message,
            Map.Entry<String, String>... params) throws Exception {
        HttpResponse<String> r = post(s, List.of(params));
        assertEquals(r.body(), 400, r.statusCode());
        assertTrue(r.body(), r.body().contains("\"ok\":false"));
        assertTrue("message: " + r.body(), r.body().contains("\"message\":\"" + message + "\""));
        assertEquals("fees unchanged after: " + message, List.of("Gift wrap 4.99"), fees(cart));
        assertEquals("1", attribute(cart));
        assertEquals(total, total(cart));
        // the same refusal for a plain form: a redirect back to the checkout with the message
        List<Map.Entry<String, String>> pairs = new ArrayList<>(List.of(params));
        pairs.add(Map.entry("csrfToken", s.csrf()));
        HttpResponse<String> plain = s.http.postPairs(DemoStoreHarness.site(AddOnController.PATH), pairs, "text/html");
        assertEquals(302, plain.statusCode());
        assertEquals(message, Http.parse(s.http.get(DemoStoreHarness.site("/checkout")))
                .selectFirst(".uplift-slot__message").text());
        assertEquals(List.of("Gift wrap 4.99"), fees(cart));
    }

    /** The add-ons action as the script sends it (Accept: application/json), with the shopper's token. */
    private static HttpResponse<String> post(Shopper s, List<Map.Entry<String, String>> params) throws Exception {
        List<Map.Entry<String, String>> pairs = new ArrayList<>(params);
        pairs.add(Map.entry("csrfToken", s.csrf()));
        return s.http.postPairs(DemoStoreHarness.site(AddOnController.PATH), pairs, "application/json");
    }

    private static Document checkoutPage(Shopper s) throws Exception {
        HttpResponse<String> r = s.http.get(DemoStoreHarness.site("/checkout"));
        assertEquals(200, r.statusCode());
        return Http.parse(r);
    }

    private static List<String> itemTexts(Element widget) {
        List<String> out = new ArrayList<>();
        for (Element item : widget.select(".uplift-add-ons__item")) {
            out.add(item.selectFirst(".uplift-add-ons__name").text() + " " + item.selectFirst(".uplift-add-ons__price")
                    .text());
        }
        return out;
    }

    /** The order's fee rows as "name amount", in add-on id order. */
    private static List<String> fees(long orderId) throws Exception {
        return Sql.strings("SELECT CONCAT(f.NAME, ' ', CAST(f.AMOUNT AS DECIMAL(19, 2)))"
                + " FROM BLC_FULFILLMENT_GROUP_FEE f JOIN BLC_FULFILLMENT_GROUP g ON g.FULFILLMENT_GROUP_ID ="
                + " f.FULFILLMENT_GROUP_ID WHERE g.ORDER_ID = " + orderId + " ORDER BY f.REPORTING_CODE,"
                + " f.FULFILLMENT_GROUP_FEE_ID");
    }

    private static String attribute(long orderId) throws Exception {
        List<String> v = Sql.strings("SELECT VALUE FROM BLC_ORDER_ATTRIBUTE WHERE NAME = 'upliftAddOns' AND ORDER_ID = "
                + orderId);
        assertTrue("at most one attribute: " + v, v.size() <= 1);
        return v.isEmpty() ? null : v.get(0);
    }

    private static BigDecimal total(long orderId) throws Exception {
        return ((BigDecimal) Sql.row("SELECT ORDER_TOTAL FROM BLC_ORDER WHERE ORDER_ID = " + orderId)[0]).setScale(2);
    }

    /**
     * BLC_ORDER's total is its subtotal (as computed by hand) less its order adjustments plus its shipping plus the
     * add-ons (as computed by hand); the fee rows add up to the same add-ons figure.
     */
    private static void assertTotalIsSubtotalLessAdjustmentsPlusShippingPlusFees(long orderId, String subtotal,
            String addOns) throws Exception {
        Object[] o = Sql.row("SELECT ORDER_SUBTOTAL, TOTAL_SHIPPING, ORDER_TOTAL FROM BLC_ORDER WHERE ORDER_ID = "
                + orderId);
        assertEquals(new BigDecimal(subtotal), ((BigDecimal) o[0]).setScale(2));
        BigDecimal adjustments = (BigDecimal) Sql.row("SELECT COALESCE(SUM(ADJUSTMENT_VALUE), 0) FROM"
                + " BLC_ORDER_ADJUSTMENT WHERE ORDER_ID = " + orderId)[0];
        BigDecimal feeSum = (BigDecimal) Sql.row("SELECT COALESCE(SUM(f.AMOUNT), 0) FROM BLC_FULFILLMENT_GROUP_FEE f"
                + " JOIN BLC_FULFILLMENT_GROUP g ON g.FULFILLMENT_GROUP_ID = f.FULFILLMENT_GROUP_ID WHERE g.ORDER_ID = "
                + orderId)[0];
        assertEquals(new BigDecimal(addOns), feeSum.setScale(2));
        BigDecimal shipping = o[1] == null ? BigDecimal.ZERO : (BigDecimal) o[1];
        assertEquals("total = subtotal - adjustments + shipping + add-ons",
                new BigDecimal(subtotal).subtract(adjustments).add(shipping).add(new BigDecimal(addOns)).setScale(2),
                ((BigDecimal) o[2]).setScale(2));
    }

    private static long cartId(Shopper s) throws Exception {
        Element any = s.cart().selectFirst(".cart-line input[name=orderItemId]");
        assertNotNull("a cart line", any);
        return Sql.ids("SELECT ORDER_ID FROM BLC_ORDER_ITEM WHERE ORDER_ITEM_ID = " + any.attr("value")).get(0);
    }

    private static long lineOf(Shopper s, String productName) throws Exception {
        long id = Shopper.productId(productName);
        Element line = s.cart().selectFirst(".cart-line[data-product-id=" + id + "] input[name=orderItemId]");
        assertNotNull("a line of " + productName, line);
        return Long.parseLong(line.attr("value"));
    }

    private static void update(Shopper s, long lineId, int quantity) throws Exception {
        List<Map.Entry<String, String>> form = List.of(Map.entry("orderItemId", String.valueOf(lineId)),
                Map.entry("quantity", String.valueOf(quantity)), Map.entry("csrfToken", s.csrf()));
        HttpResponse<String> r = s.http.postPairs(DemoStoreHarness.site("/cart/update"), form, "text/html");
        assertEquals(r.body(), 302, r.statusCode());
    }
}
