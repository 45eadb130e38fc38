package io.uplift.demo.it;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * A shopper on the real Broadleaf site: quick add from the related-products widget, bad cart requests that must
 * change nothing, and a real checkout to a submitted order.
 */
public class StorefrontCartIT {

    private Http shopper;
    private String phoneUrl;

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
        shopper = new Http();
        phoneUrl = (String) WidgetRows.productWithUnbuyableCrossSales()[0];
        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET ENABLED=TRUE, MAX_ITEMS=4 WHERE SLOT_KEY='PRODUCT'");
        WidgetRows.refreshSite();
    }


    private String csrf() throws Exception {
        Element token = Http.parse(shopper.get(DemoStoreHarness.site(phoneUrl))).selectFirst("input[name=csrfToken]");
        assertNotNull("CSRF token on the product page", token);
        return token.attr("value");
    }

    private HttpResponse<String> add(String productId, String quantity) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("productId", productId);
        form.put("quantity", quantity);
        form.put("csrfToken", csrf());
        return shopper.post(DemoStoreHarness.site("/cart/add"), form);
    }

    private Document cart() throws Exception {
        HttpResponse<String> r = shopper.get(DemoStoreHarness.site("/cart"));
        assertEquals(200, r.statusCode());
        return Http.parse(r);
    }

    @Test
    public void quickAddFromTheWidgetPutsThatProductInTheCart() throws Exception {
        Document page = Http.parse(shopper.get(DemoStoreHarness.site(phoneUrl)));
        Element card = page.selectFirst(".uplift-widget--related-products .uplift-card");
        assertNotNull(card);
        Map<String, String> form = Http.formFields(card.closest("form"));
        form.put("productId", card.selectFirst(".uplift-card__button").attr("value"));
        HttpResponse<String> r = shopper.post(DemoStoreHarness.site("/uplift/cart/add"), form);
        assertEquals(302, r.statusCode());
        // back on the product page (no JavaScript): its header's mini-cart slot and its product slot both show
        // widgets now; the page links the script once and shows the quick-add message once
        String back = r.headers().firstValue("Location").orElse("");
        Document after = Http.parse(shopper.get(back.startsWith("/") ? DemoStoreHarness.site(back) : back));
        assertEquals("slots with widgets: " + after.select(".uplift-slot").eachAttr("class"), 2,
                after.select(".uplift-slot").size());
        assertEquals("script links", 1, after.select("script[src*=uplift.js]").size());
        assertEquals("quick-add messages", 1, after.select(".uplift-slot__message").size());
        Document cart = cart();
        assertNotNull("cart line of product " + card.attr("data-product-id"),
                cart.selectFirst(".cart-line[data-product-id=" + card.attr("data-product-id") + "]"));
    }

    @Test
    public void badAddRequestsChangeNothingAndSayWhy() throws Exception {
        assertEquals(302, add(String.valueOf(Shopper.productId("Nova X 128 GB")), "1").statusCode());
        int lines = cart().select(".cart-line").size();
        String inactive = String.valueOf(Shopper.productId("Nova 9 Case (discontinued)"));
        String outOfStock = String.valueOf(Shopper.productId("HD Webcam"));
        String[][] bad = {
            {"abc", "1", "does not exist"}, {"999999", "1", "cannot be bought"}, {inactive, "1", "cannot be bought"},
            {"100", "0", "Quantity must be"}, {"100", "-1", "Quantity must be"}, {"100", "abc", "Quantity must be"},
            {"100", "1000", "Quantity must be"}, {outOfStock, "1", "not available"}};
        for (String[] b : bad) {
            HttpResponse<String> r = add(b[0], b[1]);
            assertEquals("redirect for productId=" + b[0] + " quantity=" + b[1], 302, r.statusCode());
            Document cart = cart();
            assertEquals("cart unchanged after productId=" + b[0] + " quantity=" + b[1], lines, cart.select(".cart-line").size());
            assertTrue("message '" + b[2] + "' for productId=" + b[0] + " quantity=" + b[1] + ": " + cart.select(".notice").text(),
                    cart.select(".notice--error").text().contains(b[2]));
        }
    }

    @Test
    public void postWithoutCsrfTokenIsForbiddenAndChangesNothing() throws Exception {
        assertEquals(302, add(String.valueOf(Shopper.productId("Nova X 128 GB")), "1").statusCode());
        int lines = cart().select(".cart-line").size();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("productId", String.valueOf(Shopper.productId("Wireless Mouse")));
        form.put("quantity", "1");
        assertEquals(403, shopper.post(DemoStoreHarness.site("/cart/add"), form).statusCode());
        assertEquals(lines, cart().select(".cart-line").size());
    }

    @Test
    public void checkoutSubmitsARealOrder() throws Exception {
        assertEquals(302, add(String.valueOf(Shopper.productId("Nova X 128 GB")), "1").statusCode());
        Document checkout = Http.parse(shopper.get(DemoStoreHarness.site("/checkout")));
        Map<String, String> form = Http.formFields(checkout.selectFirst("form.checkout__form"));
        form.put("email", "it-shopper@example.com");
        form.put("firstName", "Ida");
        form.put("lastName", "Test");
        form.put("address", "1 Loop Road");
        form.put("city", "Austin");
        form.put("state", "TX");
        form.put("postalCode", "abcde");
        HttpResponse<String> refused = shopper.post(DemoStoreHarness.site("/checkout/place"), form);
        assertTrue("bad ZIP goes back to checkout", refused.headers().firstValue("Location").orElse("").endsWith("/checkout"));

        form.put("csrfToken", Http.parse(shopper.get(DemoStoreHarness.site("/checkout"))).selectFirst("input[name=csrfToken]").attr("value"));
        form.put("postalCode", "73301");
        HttpResponse<String> placed = shopper.post(DemoStoreHarness.site("/checkout/place"), form);
        assertEquals(302, placed.statusCode());
        String location = placed.headers().firstValue("Location").orElse("");
        assertTrue("redirect to the confirmation: " + location, location.contains("/confirmation/"));
        String number = location.substring(location.lastIndexOf('/') + 1);
        Document confirmation = Http.parse(shopper.get(location));
        assertEquals(number, confirmation.selectFirst(".order-number").text());
        try (Connection c = DemoStoreHarness.jdbc();
             PreparedStatement s = c.prepareStatement("SELECT ORDER_STATUS, EMAIL_ADDRESS FROM BLC_ORDER WHERE ORDER_NUMBER = ?")) {
            s.setString(1, number);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("SUBMITTED", rs.getString(1));
                assertEquals("it-shopper@example.com", rs.getString(2));
            }
        }
    }
}
