package io.uplift.demo.it;

import io.uplift.web.order.PlacedOrderController;
import org.broadleafcommerce.core.order.service.type.FulfillmentGroupStatusType;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Order history and cancellation on Broadleaf's real data, as the signed-in demo shopper drives it over HTTP: the
 * seeded history (shipped orders and one open order with a plan under its line), orders placed through the real
 * checkout (Nova X 128 GB 599.00 with its 2-year plan 79.00, Laptop Sleeve 16 in 35.00; free shipping): a line
 * cancelled with its plan, a plan cancelled alone, the last line cancelling the order, the refunds recorded, and
 * every refused request changing nothing.
 */
public class OrderHistoryIT {

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
    }

    @Test
    public void ordersNeedASignedInShopper() throws Exception {
        Shopper guest = new Shopper();
        HttpResponse<String> r = guest.http.get(DemoStoreHarness.site("/account/orders"));
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse(""), r.headers().firstValue("Location").orElse("").endsWith("/login"));
        Document header = Http.parse(guest.http.get(DemoStoreHarness.site("/")));
        assertNotNull("header link", header.selectFirst("a.store-orders-link[href=/account/orders]"));
    }

    @Test
    public void theSeededHistoryHasShippedOrdersAndAnOpenOneWithItsPlanUnderItsLine() throws Exception {
        Shopper s = Orders.signedIn();
        Document list = Http.parse(s.http.get(DemoStoreHarness.site("/account/orders")));
        long placed = Sql.count("SELECT COUNT(*) FROM BLC_ORDER WHERE CUSTOMER_ID = 1 AND ORDER_STATUS IN ('SUBMITTED', 'CANCELLED')");
        assertEquals("every placed order of the shopper listed", placed, list.select("tr.order-history__order").size());
        String open = Sql.strings("SELECT o.ORDER_NUMBER FROM BLC_ORDER o JOIN BLC_FULFILLMENT_GROUP g ON g.ORDER_ID = o.ORDER_ID"
                + " WHERE o.CUSTOMER_ID = 1 AND g.STATUS IS NULL AND o.ORDER_NUMBER LIKE 'D%'").get(0);
        String shipped = Sql.strings("SELECT o.ORDER_NUMBER FROM BLC_ORDER o JOIN BLC_FULFILLMENT_GROUP g ON g.ORDER_ID = o.ORDER_ID"
                + " WHERE o.CUSTOMER_ID = 1 AND g.STATUS = 'SHIPPED'").get(0);
        assertEquals("Being prepared", list.selectFirst("tr[data-order-number=" + open + "] .order-history__state").text());
        assertEquals("Shipped", list.selectFirst("tr[data-order-number=" + shipped + "] .order-history__state").text());
        assertTrue("fulfilled ones too", Sql.count("SELECT COUNT(*) FROM BLC_FULFILLMENT_GROUP g JOIN BLC_ORDER o ON"
                + " o.ORDER_ID = g.ORDER_ID WHERE o.CUSTOMER_ID = 1 AND g.STATUS = 'FULFILLED'") >= 2);

        Document details = Orders.details(s, open);
        assertEquals(List.of("Aero 14 16 GB RAM", "\u21b3 Protection Plan 2 Years for Aero 14 16 GB RAM", "Laptop Bag 14 in"),
                Orders.lines(details));
        assertEquals("a cancel button per line and one for the order", 4, details.select("form.order-line__cancel, form.order-cancel").size());
        Document shippedPage = Orders.details(s, shipped);
        assertTrue(shippedPage.select("form.order-line__cancel, form.order-cancel").isEmpty());
        assertEquals("This order has been shipped; it can no longer be cancelled.", shippedPage.selectFirst(".order-shipped").text());
    }

    @Test
    public void cancellingALineCancelsItsPlanRefundsBothAndTheLastLineCancelsTheOrder() throws Exception {
        Shopper s = Orders.signedIn();
        String number = Orders.phoneWithPlanAndSleeve(s);
        Document confirmation = Http.parse(s.http.get(DemoStoreHarness.site("/confirmation/" + number)));
        assertEquals("the plan under its line on the confirmation page", "\u21b3 Protection Plan 2 Years for Nova X 128 GB",
                confirmation.selectFirst("tr.order-line--child td").text());
        Document details = Orders.details(s, number);
        assertEquals(List.of("Nova X 128 GB", "\u21b3 Protection Plan 2 Years for Nova X 128 GB", "Laptop Sleeve 16 in"),
                Orders.lines(details));

        Document after = Orders.cancel(s, number, Orders.lineId(details, "Nova X 128 GB"));
        assertEquals("Cancelled 2 lines (the item and its protection plan). We will refund $678.00.", Orders.message(after));
        assertEquals(List.of("Nova X 128 GB (cancelled)", "\u21b3 Protection Plan 2 Years for Nova X 128 GB (cancelled)",
                "Laptop Sleeve 16 in"), Orders.lines(after));
        assertEquals("599.00 + 79.00", "678.00", Orders.refunded(number));
        assertEquals("SUBMITTED", Orders.status(number));
        assertEquals("both lines' fulfillment items cancelled", 2, Sql.count("SELECT COUNT(*) FROM BLC_FULFILLMENT_GROUP_ITEM i"
                + " JOIN BLC_FULFILLMENT_GROUP g ON g.FULFILLMENT_GROUP_ID = i.FULFILLMENT_GROUP_ID WHERE i.STATUS = 'CANCELLED'"
                + " AND g.ORDER_ID = " + Orders.orderId(number)));
        assertEquals(List.of("599.00", "79.00"), Sql.strings("SELECT a.VALUE FROM BLC_ORDER_ITEM_ATTRIBUTE a JOIN BLC_ORDER_ITEM i"
                + " ON i.ORDER_ITEM_ID = a.ORDER_ITEM_ID WHERE a.NAME = 'upliftRefunded' AND i.ORDER_ID = " + Orders.orderId(number)
                + " ORDER BY i.ORDER_ITEM_ID"));

        after = Orders.cancel(s, number, Orders.lineId(after, "Laptop Sleeve 16 in"));
        assertEquals("Order " + number + " is cancelled. We will refund $35.00.", Orders.message(after));
        assertEquals("713.00, the whole order (no shipping was charged)", "713.00", Orders.refunded(number));
        assertEquals("CANCELLED", Orders.status(number));
        assertEquals("Cancelled", after.selectFirst(".order-state").text());
        assertTrue("no cancel button left", after.select("form.order-line__cancel, form.order-cancel").isEmpty());
        Document list = Http.parse(s.http.get(DemoStoreHarness.site("/account/orders")));
        assertEquals("Cancelled", list.selectFirst("tr[data-order-number=" + number + "] .order-history__state").text());

        // the cancelled order leaves the co-purchase statistics: the model is rebuilt from the submitted orders
        io.uplift.engine.learn.LearningService learning = DemoStoreHarness.siteContext()
                .getBean("blUpliftLearningService", io.uplift.engine.learn.LearningService.class);
        learning.tick();
        @SuppressWarnings("unchecked")
        io.uplift.engine.learn.ModelHolder<io.uplift.engine.copurchase.CoPurchaseModel> model = DemoStoreHarness
                .siteContext().getBean("blUpliftCoPurchaseModel", io.uplift.engine.learn.ModelHolder.class);
        assertEquals("learned baskets = submitted orders with products", Sql.count("SELECT COUNT(*) FROM BLC_ORDER o"
                + " WHERE o.ORDER_STATUS = 'SUBMITTED' AND EXISTS (SELECT 1 FROM BLC_ORDER_ITEM i JOIN BLC_DISCRETE_ORDER_ITEM d"
                + " ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID WHERE i.ORDER_ID = o.ORDER_ID AND d.PRODUCT_ID IS NOT NULL)"),
                model.get().baskets());
    }

    @Test
    public void aPlanCancelledAloneLeavesItsLineAndTheWholeOrderCancelsTheRest() throws Exception {
        Shopper s = Orders.signedIn();
        String number = Orders.phoneWithPlanAndSleeve(s);
        Document details = Orders.details(s, number);
        Document after = Orders.cancel(s, number, Orders.lineId(details, "Protection Plan 2 Years"));
        assertEquals("Cancelled 1 line. We will refund $79.00.", Orders.message(after));
        assertEquals(List.of("Nova X 128 GB", "\u21b3 Protection Plan 2 Years for Nova X 128 GB (cancelled)", "Laptop Sleeve 16 in"),
                Orders.lines(after));
        assertEquals("SUBMITTED", Orders.status(number));

        after = Orders.cancel(s, number, "all");
        assertEquals("Order " + number + " is cancelled. We will refund $634.00.", Orders.message(after));
        assertEquals(List.of("Nova X 128 GB (cancelled)", "\u21b3 Protection Plan 2 Years for Nova X 128 GB (cancelled)",
                "Laptop Sleeve 16 in (cancelled)"), Orders.lines(after));
        assertEquals("79.00 + 599.00 + 35.00", "713.00", Orders.refunded(number));
        assertEquals("CANCELLED", Orders.status(number));
    }

    @Test
    public void refusedRequestsChangeNothing() throws Exception {
        Shopper s = Orders.signedIn();
        String number = Orders.phoneWithPlanAndSleeve(s);
        String phone = Orders.lineId(Orders.details(s, number), "Nova X 128 GB");
        String shipped = Sql.strings("SELECT o.ORDER_NUMBER FROM BLC_ORDER o JOIN BLC_FULFILLMENT_GROUP g ON g.ORDER_ID = o.ORDER_ID"
                + " WHERE o.CUSTOMER_ID = 1 AND g.STATUS = 'SHIPPED'").get(0);
        String shippedLine = Sql.strings("SELECT MIN(ORDER_ITEM_ID) FROM BLC_ORDER_ITEM WHERE ORDER_ID = " + Orders.orderId(shipped)).get(0);
        String foreign = Sql.strings("SELECT ORDER_NUMBER FROM BLC_ORDER WHERE CUSTOMER_ID = 2 AND ORDER_STATUS = 'SUBMITTED'").get(0);
        String foreignLine = Sql.strings("SELECT MIN(ORDER_ITEM_ID) FROM BLC_ORDER_ITEM WHERE ORDER_ID = " + Orders.orderId(foreign)).get(0);
        long cancelledBefore = cancelledLines();

        Map<String[], String> cases = new LinkedHashMap<>();
        cases.put(new String[] {shipped, shippedLine}, "This order has already been shipped and can no longer be cancelled.");
        cases.put(new String[] {shipped, "all"}, "This order has already been shipped and can no longer be cancelled.");
        cases.put(new String[] {foreign, foreignLine}, "We could not find that order among yours: '" + foreign + "'.");
        cases.put(new String[] {"D999999", "1"}, "We could not find that order among yours: 'D999999'.");
        cases.put(new String[] {"<b>", "1"}, "That order number is malformed: '<b>'.");
        cases.put(new String[] {number, "abc"}, "That order line does not exist: 'abc'.");
        cases.put(new String[] {number, ""}, "That order line does not exist: ''.");
        cases.put(new String[] {number, foreignLine}, "That line is not part of this order: '" + foreignLine + "'.");
        for (Map.Entry<String[], String> c : cases.entrySet()) {
            Document page = Orders.cancel(s, c.getKey()[0], c.getKey()[1]);
            assertEquals(String.join(" ", c.getKey()), c.getValue(), Orders.message(page));
        }
        assertEquals("nothing cancelled", cancelledBefore, cancelledLines());

        // the foreign order's page is not shown either
        HttpResponse<String> foreignPage = s.http.get(DemoStoreHarness.site("/account/orders/" + foreign));
        assertEquals(404, foreignPage.statusCode());
        assertEquals("We could not find that order among yours: '" + foreign + "'.",
                Http.parse(foreignPage).selectFirst(".order-missing").text());
        assertNull(Http.parse(foreignPage).selectFirst(".order-line"));

        // without the CSRF token: 403, nothing cancelled
        Map<String, String> form = new LinkedHashMap<>();
        form.put("orderNumber", number);
        form.put("lineId", phone);
        HttpResponse<String> r = s.http.post(DemoStoreHarness.site(PlacedOrderController.CANCEL_PATH), form);
        assertEquals(403, r.statusCode());
        assertEquals(cancelledBefore, cancelledLines());

        // twice: the second is refused
        Orders.cancel(s, number, phone);
        assertEquals("That line is already cancelled: '" + phone + "'.", Orders.message(Orders.cancel(s, number, phone)));
        assertEquals("678.00", Orders.refunded(number));

        // fulfilled after placing (as a warehouse system would mark it): refused
        Orders.fulfil(number, FulfillmentGroupStatusType.FULFILLED);
        Document page = Orders.cancel(s, number, Orders.lineId(Orders.details(s, number), "Laptop Sleeve 16 in"));
        assertEquals("This order has already been shipped and can no longer be cancelled.", Orders.message(page));
        assertEquals("678.00", Orders.refunded(number));
    }

    private static long cancelledLines() throws Exception {
        return Sql.count("SELECT COUNT(*) FROM BLC_ORDER_ITEM_ATTRIBUTE WHERE NAME = 'upliftCancelled'");
    }
}
