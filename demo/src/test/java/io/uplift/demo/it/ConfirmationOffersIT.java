package io.uplift.demo.it;

import io.uplift.web.order.PlacedOrderController;
import org.broadleafcommerce.core.order.service.type.FulfillmentGroupStatusType;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.Before;
import org.junit.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The order-confirmation page's offers after a real checkout: "Add to your order" while the order is open, whose
 * one click places a linked follow-up order through Broadleaf's real checkout (the server's price, the same address
 * and pass-through payment, linked both ways in the confirmation pages and the order history); "For next time" with
 * a quick add to the cart once the order is fulfilled. The offers complement the order: never what it holds, never
 * a protection plan.
 */
public class ConfirmationOffersIT {

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
    }

    @Test
    public void anOpenOrderOffersAddToYourOrderAndOneClickPlacesALinkedOrderAtTheServersPrice() throws Exception {
        Shopper s = Orders.signedIn();
        String number = Orders.phoneWithPlanAndSleeve(s);
        Document page = confirmation(s, number);
        Element widget = page.selectFirst(".uplift-order-offers");
        assertNotNull("offers on the confirmation page", widget);
        assertTrue(widget.hasClass("uplift-order-offers--add-to-order"));
        assertEquals("Add to your order", widget.selectFirst(".uplift-widget__title").text());
        List<Long> offered = new ArrayList<>();
        for (Element card : widget.select(".uplift-card")) {
            offered.add(Long.valueOf(card.attr("data-product-id")));
        }
        assertFalse(offered.isEmpty());
        for (String bought : List.of("Nova X 128 GB", "Laptop Sleeve 16 in", "Protection Plan 1 Year", "Protection Plan 2 Years",
                "Protection Plan 3 Years")) {
            assertFalse(bought + " is not offered: " + offered, offered.contains(Shopper.productId(bought)));
        }

        Element form = widget.selectFirst("form.uplift-order-offers__form");
        Map<String, String> fields = Http.formFields(form);
        long product = Long.parseLong(form.selectFirst("button[name=productId]").attr("value"));
        fields.put("productId", String.valueOf(product));
        BigDecimal serverPrice = new BigDecimal(Sql.row("SELECT COALESCE(SALE_PRICE, RETAIL_PRICE) FROM BLC_SKU WHERE"
                + " DEFAULT_PRODUCT_ID = " + product)[0].toString()).setScale(2);
        assertEquals("the form echoes the server's price", serverPrice.toPlainString(), fields.get("price"));
        long ordersBefore = Sql.count("SELECT COUNT(*) FROM BLC_ORDER WHERE CUSTOMER_ID = 1");
        HttpResponse<String> r = s.http.post(DemoStoreHarness.site(PlacedOrderController.ADD_PATH), fields);
        assertEquals(r.body(), 302, r.statusCode());
        assertEquals(1, Sql.count("SELECT COUNT(*) FROM BLC_ORDER WHERE CUSTOMER_ID = 1") - ordersBefore);

        Object[] linked = Sql.row("SELECT o.ORDER_NUMBER, o.ORDER_STATUS, o.ORDER_SUBTOTAL, o.TOTAL_SHIPPING, o.ORDER_TOTAL FROM"
                + " BLC_ORDER o JOIN BLC_ORDER_ATTRIBUTE a ON a.ORDER_ID = o.ORDER_ID WHERE a.NAME = 'upliftFollowUpOf' AND"
                + " a.VALUE = '" + number + "'");
        String follow = linked[0].toString();
        assertEquals("placed through Broadleaf's checkout", "SUBMITTED", linked[1]);
        assertEquals("one unit at the server's price", serverPrice, new BigDecimal(linked[2].toString()).setScale(2));
        BigDecimal shipping = serverPrice.compareTo(new BigDecimal("75.00")) >= 0 ? new BigDecimal("0.00") : new BigDecimal("6.99");
        assertEquals("the shop's shipping rule for the new order", shipping, new BigDecimal(linked[3].toString()).setScale(2));
        assertEquals(serverPrice.add(shipping), new BigDecimal(linked[4].toString()).setScale(2));
        assertEquals(List.of(String.valueOf(product)), Sql.strings("SELECT d.PRODUCT_ID FROM BLC_DISCRETE_ORDER_ITEM d JOIN"
                + " BLC_ORDER_ITEM i ON i.ORDER_ITEM_ID = d.ORDER_ITEM_ID WHERE i.ORDER_ID = " + Orders.orderId(follow)));
        assertEquals("paid the same way (pass-through, cash on delivery), the whole total captured",
                List.of("Passthrough COD AUTHORIZE_AND_CAPTURE " + serverPrice.add(shipping)), Sql.strings(
                        "SELECT CONCAT(p.GATEWAY_TYPE, ' ', p.PAYMENT_TYPE, ' ', t.TRANSACTION_TYPE, ' ', t.TRANSACTION_AMOUNT)"
                        + " FROM BLC_ORDER_PAYMENT p JOIN BLC_ORDER_PAYMENT_TRANSACTION t ON t.ORDER_PAYMENT = p.ORDER_PAYMENT_ID"
                        + " WHERE p.ORDER_ID = " + Orders.orderId(follow)));
        assertEquals("shipped to the same address", address(number), address(follow));

        page = confirmation(s, number);
        assertTrue(Orders.message(page), Orders.message(page).startsWith("Added "));
        assertEquals(follow, page.selectFirst(".order-link__follow-up").text());
        assertEquals(number, confirmation(s, follow).selectFirst(".order-link__original").text());
        Document list = Http.parse(s.http.get(DemoStoreHarness.site("/account/orders")));
        assertEquals(follow, list.selectFirst("tr[data-order-number=" + number + "] .order-history__follow-up").text());
        assertEquals(number, Orders.details(s, follow).selectFirst(".order-link__original").text());

        // the same form again (a double click, a resent form): nothing more is ordered
        r = s.http.post(DemoStoreHarness.site(PlacedOrderController.ADD_PATH), fields);
        assertEquals(r.body(), 302, r.statusCode());
        assertEquals("one follow-up order per rendered offer", 1,
                Sql.count("SELECT COUNT(*) FROM BLC_ORDER WHERE CUSTOMER_ID = 1") - ordersBefore);
        assertEquals("Already added to your order " + number + ".", Orders.message(confirmation(s, number)));
    }

    @Test
    public void aForgedPriceAPlanProductAndAMissingTokenAreRefusedWithNothingOrdered() throws Exception {
        Shopper s = Orders.signedIn();
        String number = Orders.phoneWithPlanAndSleeve(s);
        Map<String, String> fields = firstAddToOrderForm(s, number);
        long before = Sql.count("SELECT COUNT(*) FROM BLC_ORDER");

        Map<String, String> forged = new java.util.LinkedHashMap<>(fields);
        forged.put("price", "0.01");
        assertTrue(Orders.message(post(s, forged, number)).endsWith(", not $0.01. Please look again before adding it."));
        Map<String, String> plan = new java.util.LinkedHashMap<>(fields);
        plan.put("productId", String.valueOf(Shopper.productId("Protection Plan 2 Years")));
        plan.remove("price");
        assertEquals("not on the page's cards", "That product was not offered for order " + number + ": '"
                + plan.get("productId") + "'. Please reload the page and try again.", Orders.message(post(s, plan,
                number)));
        Map<String, String> notOffered = new java.util.LinkedHashMap<>(fields);
        List<String> offered = confirmation(s, number).select("form.uplift-order-offers__form button[name=productId]")
                .eachAttr("value");
        String unoffered = null;
        for (String name : Arrays.asList("Mouse Pad XL", "USB-C Cable 2 m", "Wireless Earbuds", "Nova X 128 GB")) {
            String id = String.valueOf(Shopper.productId(name));
            if (unoffered == null && !offered.contains(id)) {
                unoffered = id;
            }
        }
        assertNotNull("a product the page does not offer: " + offered, unoffered);
        notOffered.put("productId", unoffered);
        notOffered.remove("price");
        assertEquals("an ordinary product the page did not offer", "That product was not offered for order " + number
                + ": '" + notOffered.get("productId") + "'. Please reload the page and try again.",
                Orders.message(post(s, notOffered, number)));
        Map<String, String> madeUp = new java.util.LinkedHashMap<>(fields);
        madeUp.put("token", "AAAAAAAAAAAAAAAAAAAAAA");
        assertEquals("a well-formed token no page of this session rendered",
                "This offer is out of date: 'AAAAAAAAAAAAAAAAAAAAAA'. Please reload the page and try again.",
                Orders.message(post(s, madeUp, number)));
        Map<String, String> bad = new java.util.LinkedHashMap<>(fields);
        bad.put("productId", "x1");
        assertEquals("That product does not exist: 'x1'.", Orders.message(post(s, bad, number)));
        String foreign = Sql.strings("SELECT ORDER_NUMBER FROM BLC_ORDER WHERE CUSTOMER_ID = 2 AND ORDER_STATUS = 'SUBMITTED'").get(0);
        Map<String, String> other = new java.util.LinkedHashMap<>(fields);
        other.put("orderNumber", foreign);
        assertEquals("the page's token is for the caller's own order", "This offer is out of date: '"
                + fields.get("token") + "'. Please reload the page and try again.", Orders.message(post(s, other,
                number)));
        Map<String, String> noOfferToken = new java.util.LinkedHashMap<>(fields);
        noOfferToken.remove("token");
        assertEquals("This offer is out of date: 'null'. Please reload the page and try again.",
                Orders.message(post(s, noOfferToken, number)));
        Map<String, String> noToken = new java.util.LinkedHashMap<>(fields);
        noToken.remove("csrfToken");
        assertEquals(403, s.http.post(DemoStoreHarness.site(PlacedOrderController.ADD_PATH), noToken).statusCode());
        assertEquals("no order placed", before, Sql.count("SELECT COUNT(*) FROM BLC_ORDER"));
    }

    @Test
    public void aFulfilledOrderOffersForNextTimeWithAQuickAddToTheCart() throws Exception {
        Shopper s = Orders.signedIn();
        String number = Orders.phoneWithPlanAndSleeve(s);
        Map<String, String> stale = firstAddToOrderForm(s, number);

        Orders.fulfil(number, FulfillmentGroupStatusType.FULFILLED);
        Document page = confirmation(s, number);
        Element widget = page.selectFirst(".uplift-order-offers");
        assertNotNull(widget);
        assertTrue(widget.hasClass("uplift-order-offers--next-time"));
        assertEquals("For next time", widget.selectFirst(".uplift-widget__title").text());
        assertNull("no add-to-order form", widget.selectFirst("form.uplift-order-offers__form"));
        Elements quick = widget.select("form.uplift-widget__form[action=/uplift/cart/add]");
        assertEquals(widget.select(".uplift-card").size(), quick.size());

        // the quick add puts the product in the cart
        String product = quick.first().selectFirst("button[name=productId]").attr("value");
        Map<String, String> add = Http.formFields(quick.first());
        add.put("productId", product);
        HttpResponse<String> r = s.http.postAccept(DemoStoreHarness.site("/uplift/cart/add"), add, "application/json");
        assertEquals(r.body(), 200, r.statusCode());
        assertNotNull("in the cart", s.cart().selectFirst(".cart-line[data-product-id=" + product + "]"));

        // the add-to-order form of the page seen before the order shipped is refused
        long before = Sql.count("SELECT COUNT(*) FROM BLC_ORDER WHERE ORDER_STATUS = 'SUBMITTED'");
        assertEquals("This order has already been shipped; add the product to your cart for next time.",
                Orders.message(post(s, stale, number)));
        assertEquals(before, Sql.count("SELECT COUNT(*) FROM BLC_ORDER WHERE ORDER_STATUS = 'SUBMITTED'"));
    }

    private static Document confirmation(Shopper s, String number) throws Exception {
        HttpResponse<String> r = s.http.get(DemoStoreHarness.site("/confirmation/" + number));
        assertEquals(r.body(), 200, r.statusCode());
        return Http.parse(r);
    }

    /** The fields the first card's "Add to my order" button sends. */
    private static Map<String, String> firstAddToOrderForm(Shopper s, String number) throws Exception {
        Element form = confirmation(s, number).selectFirst("form.uplift-order-offers__form");
        assertNotNull("an add-to-order form", form);
        Map<String, String> fields = Http.formFields(form);
        fields.put("productId", form.selectFirst("button[name=productId]").attr("value"));
        return fields;
    }

    /** Posts an add-to-order form; returns the confirmation page it redirects to. */
    private static Document post(Shopper s, Map<String, String> fields, String number) throws Exception {
        HttpResponse<String> r = s.http.post(DemoStoreHarness.site(PlacedOrderController.ADD_PATH), fields);
        assertEquals(r.body(), 302, r.statusCode());
        return confirmation(s, number);
    }

    private static String address(String number) throws Exception {
        return String.join("|", Sql.strings("SELECT CONCAT(a.ADDRESS_LINE1, ', ', a.CITY, ' ', a.POSTAL_CODE) FROM BLC_ADDRESS a"
                + " JOIN BLC_FULFILLMENT_GROUP g ON g.ADDRESS_ID = a.ADDRESS_ID WHERE g.ORDER_ID = " + Orders.orderId(number)));
    }
}
