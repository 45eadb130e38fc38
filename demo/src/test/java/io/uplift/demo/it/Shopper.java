package io.uplift.demo.it;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        return checkout("it-shopper@example.com");
    }

    /** Checks out the cart with this order e-mail address, a test address and cash on delivery; returns the order number. */
    String checkout(String email) throws Exception {
        Document checkout = Http.parse(http.get(DemoStoreHarness.site("/checkout")));
        Map<String, String> form = Http.formFields(checkout.selectFirst("form.checkout__form"));
        form.put("email", email);
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

    /**
     * Chooses exactly these checkout add-ons by name (none: removes them all) the way a browser without JavaScript
     * does: ticks the boxes of the checkout page's add-ons widget and posts its form; fails the test if the widget or
     * an add-on is missing or the post is not redirected. Returns the message shown on the checkout page afterwards.
     */
    String chooseAddOns(String... names) throws Exception {
        Document checkout = Http.parse(http.get(DemoStoreHarness.site("/checkout")));
        Element form = checkout.selectFirst("form.uplift-add-ons__form");
        assertNotNull("the checkout add-ons widget", form);
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (Map.Entry<String, String> f : Http.formFields(form).entrySet()) {
            if (!f.getKey().equals("addOn")) {
                pairs.add(Map.entry(f.getKey(), f.getValue()));
            }
        }
        for (String name : names) {
            Element item = null;
            for (Element i : form.select(".uplift-add-ons__item")) {
                if (i.selectFirst(".uplift-add-ons__name").text().equals(name)) {
                    item = i;
                }
            }
            assertNotNull("the add-on " + name + " at checkout", item);
            pairs.add(Map.entry("addOn", item.selectFirst("input.uplift-add-ons__check").attr("value")));
        }
        HttpResponse<String> r = http.postPairs(DemoStoreHarness.site(form.attr("action")
                .replaceFirst("^/[^/]*(?=/uplift/)", "")), pairs, "text/html");
        assertEquals("add-ons posted: " + r.body(), 302, r.statusCode());
        Element message = Http.parse(http.get(DemoStoreHarness.site("/checkout"))).selectFirst(".uplift-slot__message");
        return message == null ? "" : message.text();
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
