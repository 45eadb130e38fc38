package io.uplift.demo.it;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** A shopper on the demo site: its own cookies, the plugin's quick add, a real checkout. */
final class Shopper {

    final Http http = new Http();

    /** The CSRF token of this shopper's session, from a page that has a form. */
    String csrf() throws Exception {
        Element token = Http.parse(http.get(DemoStoreHarness.site("/checkout"))).selectFirst("input[name=csrfToken]");
        if (token == null) {
            token = Http.parse(http.get(DemoStoreHarness.site(productUrl(productId("Nova X 128 GB")))))
                    .selectFirst("input[name=csrfToken]");
        }
        assertNotNull("CSRF token", token);
        return token.attr("value");
    }

    /** The plugin's quick add as its script sends it (Accept: application/json); the body is JSON. */
    HttpResponse<String> quickAddJson(Map<String, String> form) throws Exception {
        return http.postAccept(DemoStoreHarness.site("/uplift/cart/add"), form, "application/json");
    }

    HttpResponse<String> quickAdd(long productId) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("productId", String.valueOf(productId));
        form.put("quantity", "1");
        form.put("csrfToken", csrf());
        HttpResponse<String> r = quickAddJson(form);
        assertEquals("quick add of " + productId + ": " + r.body(), 200, r.statusCode());
        return r;
    }

    /** Adds units of a demo product by name with the plugin's quick add; fails the test if refused. */
    void add(String productName, int quantity) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("productId", String.valueOf(productId(productName)));
        form.put("quantity", String.valueOf(quantity));
        form.put("csrfToken", csrf());
        HttpResponse<String> r = quickAddJson(form);
        assertEquals("add " + quantity + " " + productName + ": " + r.body(), 200, r.statusCode());
    }

    Document cart() throws Exception {
        HttpResponse<String> r = http.get(DemoStoreHarness.site("/cart"));
        assertEquals(200, r.statusCode());
        return Http.parse(r);
    }

    /** Checks out the cart with a test address and cash on delivery; returns the order number. */
    String checkout() throws Exception {
        Document checkout = Http.parse(http.get(DemoStoreHarness.site("/checkout")));
        Map<String, String> form = Http.formFields(checkout.selectFirst("form.checkout__form"));
        form.put("email", "it-shopper@example.com");
        form.put("firstName", "Ida");
        form.put("lastName", "Test");
        form.put("address", "1 Loop Road");
        form.put("city", "Austin");
        form.put("state", "TX");
        form.put("postalCode", "73301");
        HttpResponse<String> placed = http.post(DemoStoreHarness.site("/checkout/place"), form);
        assertEquals("checkout placed: " + placed.body(), 302, placed.statusCode());
        String location = placed.headers().firstValue("Location").orElse("");
        assertTrue("redirect to the confirmation: " + location, location.contains("/confirmation/"));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static long productId(String name) throws Exception {
        try (Connection c = DemoStoreHarness.jdbc();
             PreparedStatement s = c.prepareStatement("SELECT DEFAULT_PRODUCT_ID FROM BLC_SKU WHERE NAME = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue("demo product " + name, rs.next());
                return rs.getLong(1);
            }
        }
    }

    static String productUrl(long productId) throws Exception {
        try (Connection c = DemoStoreHarness.jdbc();
             PreparedStatement s = c.prepareStatement("SELECT URL FROM BLC_PRODUCT WHERE PRODUCT_ID = ?")) {
            s.setLong(1, productId);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue("product " + productId, rs.next());
                return rs.getString(1);
            }
        }
    }
}
