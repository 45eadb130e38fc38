package io.uplift.demo.it;

import io.uplift.web.order.PlacedOrderController;
import io.uplift.web.warranty.WarrantyController;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.FulfillmentGroupStatusType;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** Placed orders for the order-history and confirmation-offer tests: sign-in, a real checkout, the order pages. */
final class Orders {

    static final String LOGIN = "shopper@example.com";
    static final String PASSWORD = "demo";

    private Orders() {
    }

    /** A shopper signed in as the demo customer through the sign-in page (Spring Security's form login). */
    static Shopper signedIn() throws Exception {
        Shopper s = new Shopper();
        Document login = Http.parse(s.http.get(DemoStoreHarness.site("/login")));
        Map<String, String> form = Http.formFields(login.selectFirst("form.login__form"));
        form.put("j_username", LOGIN);
        form.put("j_password", PASSWORD);
        HttpResponse<String> r = s.http.post(DemoStoreHarness.site("/login_post.htm"), form);
        assertEquals(r.body(), 302, r.statusCode());
        String location = r.headers().firstValue("Location").orElse("");
        assertTrue("signed in, not sent back to the login page: " + location, !location.contains("error"));
        return s;
    }

    /**
     * Puts Nova X 128 GB (599.00) with the "Device protection" 2-year plan (10 % of 599.00 = 59.90, floor 79.00) and a
     * Laptop Sleeve 16 in (35.00) into the cart and checks out for real; returns the order number. Total 713.00, free
     * shipping (over 75.00).
     */
    static String phoneWithPlanAndSleeve(Shopper s) throws Exception {
        emptyCart(s);
        s.add("Nova X 128 GB", 1);
        s.add("Laptop Sleeve 16 in", 1);
        long phone = Shopper.productId("Nova X 128 GB");
        Element line = s.cart().selectFirst(".cart-line[data-product-id=" + phone + "] input[name=orderItemId]");
        assertNotNull("the phone's cart line", line);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("lineId", line.attr("value"));
        form.put("planId", "1");
        form.put("term", "2");
        form.put("price", "79.00");
        form.put("csrfToken", s.csrf());
        HttpResponse<String> r = s.http.postAccept(DemoStoreHarness.site(WarrantyController.PATH), form, "application/json");
        assertEquals(r.body(), 200, r.statusCode());
        return s.checkout();
    }

    /** Removes what an earlier test left in the signed-in customer's cart (Broadleaf keeps it across sessions). */
    static void emptyCart(Shopper s) throws Exception {
        for (Element line : s.cart().select(".cart-line input[name=orderItemId]")) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("orderItemId", line.attr("value"));
            form.put("csrfToken", s.csrf());
            s.http.post(DemoStoreHarness.site("/cart/remove"), form);
        }
        assertTrue("cart emptied", s.cart().select(".cart-line input[name=orderItemId]").isEmpty());
    }

    static Document details(Shopper s, String number) throws Exception {
        return Http.parse(s.http.get(DemoStoreHarness.site("/account/orders/" + number)));
    }

    /** The order's lines on its details page: "name" or "↳ name for parent", with " (cancelled)" when cancelled. */
    static List<String> lines(Document details) {
        List<String> out = new ArrayList<>();
        for (Element row : details.select("tr.order-line")) {
            String name = row.selectFirst("td").text().replace(" Cancelled", "");
            out.add(name + (row.hasClass("order-line--cancelled") ? " (cancelled)" : ""));
        }
        return out;
    }

    /** The id of the line of this product name on the order's details page. */
    static String lineId(Document details, String name) {
        for (Element row : details.select("tr.order-line")) {
            Element n = row.selectFirst("td span:not(.cart-line__child-mark)");
            if (n != null && n.text().equals(name)) {
                return row.attr("data-line-id");
            }
        }
        throw new AssertionError("no line " + name + " in " + lines(details));
    }

    /** Posts a cancellation as the details page's form does; returns the page shown after the redirect. */
    static Document cancel(Shopper s, String number, String lineId) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("orderNumber", number);
        form.put("lineId", lineId);
        form.put("returnTo", number.matches("[A-Za-z0-9-]+") ? "/account/orders/" + number : "/account/orders");
        form.put("csrfToken", s.csrf());
        HttpResponse<String> r = s.http.post(DemoStoreHarness.site(PlacedOrderController.CANCEL_PATH), form);
        assertEquals(r.body(), 302, r.statusCode());
        String location = r.headers().firstValue("Location").orElse("");
        return Http.parse(s.http.get(location.startsWith("http") ? location : DemoStoreHarness.site(location)));
    }

    /** The message shown after an order action. */
    static String message(Document page) {
        Element m = page.selectFirst(".order-message");
        return m == null ? null : m.text();
    }

    /** Marks the order's fulfillment groups with a status through Broadleaf (as a warehouse system would). */
    static void fulfil(String number, FulfillmentGroupStatusType status) {
        OrderService orders = DemoStoreHarness.siteContext().getBean("blOrderService", OrderService.class);
        PlatformTransactionManager tm = DemoStoreHarness.siteContext().getBean("blTransactionManager",
                PlatformTransactionManager.class);
        new TransactionTemplate(tm).execute(st -> {
            Order o = orders.findOrderByOrderNumber(number);
            for (FulfillmentGroup g : o.getFulfillmentGroups()) {
                g.setStatus(status);
            }
            try {
                orders.save(o, false);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    static long orderId(String number) throws Exception {
        return Sql.count("SELECT ORDER_ID FROM BLC_ORDER WHERE ORDER_NUMBER = '" + number + "'");
    }

    /** The successful refunds recorded on the order's payments. */
    static String refunded(String number) throws Exception {
        Object[] row = Sql.row("SELECT COALESCE(SUM(t.TRANSACTION_AMOUNT), 0) FROM BLC_ORDER_PAYMENT_TRANSACTION t"
                + " JOIN BLC_ORDER_PAYMENT p ON p.ORDER_PAYMENT_ID = t.ORDER_PAYMENT WHERE t.TRANSACTION_TYPE = 'REFUND'"
                + " AND t.SUCCESS = TRUE AND p.ORDER_ID = " + orderId(number));
        return new java.math.BigDecimal(row[0].toString()).setScale(2).toPlainString();
    }

    static String status(String number) throws Exception {
        return Sql.strings("SELECT ORDER_STATUS FROM BLC_ORDER WHERE ORDER_NUMBER = '" + number + "'").get(0);
    }
}
