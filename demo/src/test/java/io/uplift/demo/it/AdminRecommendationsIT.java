package io.uplift.demo.it;

import io.uplift.engine.learn.LearningService;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The admin's "Uplift > Recommendations" section on the real Broadleaf admin (a separate JVM on the same database):
 * data readiness, the slot preview with reasons, the rebuild with progress that the storefront then serves, and the
 * widget fields of the fallback chain and the rules, validated on save.
 */
public class AdminRecommendationsIT {

    private static final String SECTION = "/uplift-recommendations";
    private static final Pattern GENERATION = Pattern.compile("\"generation\":(\\d+)");

    @Before
    @After
    public void restore() throws Exception {
        DemoStoreHarness.store();
        WidgetRows.restoreDefaults();
    }

    @Test
    public void showsEachSourcesReadiness() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        HttpResponse<String> r = admin.http.get(DemoStoreHarness.admin(SECTION));
        assertEquals(200, r.statusCode());
        Document page = Http.parse(r);
        assertNotNull("menu link", page.selectFirst("a[href$=" + SECTION + "]"));
        for (String source : new String[] {"manual", "copurchase", "similar", "trending", "personal"}) {
            Element row = page.selectFirst("#uplift-readiness tr[data-source=" + source + "]");
            assertNotNull("readiness row of " + source, row);
        }
        String copurchase = page.selectFirst("#uplift-readiness tr[data-source=copurchase]").text();
        assertTrue("co-purchase ready for most products: " + copurchase, copurchase.matches(".*\\b(5\\d|6\\d) of 6\\d products.*"));
        assertTrue("similar built: " + page.selectFirst("#uplift-readiness tr[data-source=similar]").text(),
                page.selectFirst("#uplift-readiness tr[data-source=similar]").text().matches(".*\\b[1-9]\\d* of 6\\d products.*"));
    }

    @Test
    public void previewShowsWhatAProductPageShowsWithReasonsAndWhatWasLeftOut() throws Exception {
        Object[] fixture = WidgetRows.productWithUnbuyableCrossSales();
        long product = productIdOfUrl((String) fixture[0]);
        AdminSession admin = AdminSession.login("admin", "admin");
        Document page = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION + "?slot=product&productId=" + product)));
        assertTrue("two widgets previewed", page.select(".uplift-preview-widget").size() >= 2);
        String reasons = page.select(".uplift-reason").text();
        assertTrue("manual reason: " + reasons, reasons.contains("cross-sale set by the merchandiser"));
        assertTrue("co-purchase figures: " + reasons, reasons.matches(".*bought with .* in \\d+ of [\\d,]+ orders .*lift \\d.*"));
        String leftOut = page.select(".uplift-rejected").text();
        assertTrue("unbuyable cross-sales are listed as left out: " + leftOut,
                leftOut.contains("inactive") || leftOut.contains("out of stock"));
        // the storefront shows the same products in the same order, when both serve the same generation: orders that
        // earlier tests placed make the site publish new generations, which the admin loads on its next poll (5 s)
        long related = WidgetRows.relatedWidgetId();
        String url = DemoStoreHarness.admin(SECTION + "?slot=product&productId=" + product);
        for (int attempt = 1; ; attempt++) {
            long generation = sameGenerationOnBoth(admin);
            page = Http.parse(admin.http.get(url));
            Document shop = Http.parse(new Http().get(DemoStoreHarness.site((String) fixture[0])));
            java.util.List<String> previewed = page.select(".uplift-preview-widget[data-widget-id=" + related + "]")
                    .select(".uplift-shown tr[data-product-id]").eachAttr("data-product-id");
            java.util.List<String> shown = shop.select(".uplift-widget[data-uplift-widget=" + related + "] .uplift-card")
                    .eachAttr("data-product-id");
            if (attempt < 3 && sameGenerationOnBoth(admin) != generation) {
                continue; // a new generation came in between: compare again
            }
            assertFalse("related products previewed", previewed.isEmpty());
            assertEquals("generation " + generation, previewed, shown);
            return;
        }
    }

    /** Waits (at most 30 s) until the admin serves the site's generation, and returns it. */
    private static long sameGenerationOnBoth(AdminSession admin) throws Exception {
        LearningService site = DemoStoreHarness.siteContext().getBean("blUpliftLearningService", LearningService.class);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            long onSite = site.status().getGeneration();
            long onAdmin = generation(admin.http.getAccept(DemoStoreHarness.admin(SECTION + "/status"),
                    "application/json").body());
            if (onSite == onAdmin) {
                return onSite;
            }
            assertTrue("the admin serves generation " + onAdmin + ", the site " + onSite, System.nanoTime() < deadline);
            Thread.sleep(200);
        }
    }

    @Test
    public void previewOfTheComparisonTableShowsTheCountsBehindItsSocialProof() throws Exception {
        long product = Shopper.productId("Nova X Max 128 GB");
        AdminSession admin = AdminSession.login("admin", "admin");
        Document page = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION + "?slot=product&productId=" + product)));
        String described = page.select(".uplift-description").text();
        Matcher total = Pattern.compile("Social proof: (\\d+) orders of the family in the last 90 days; minimum sample 30: met")
                .matcher(described);
        assertTrue("counts in the preview: " + described, total.find());
        for (String version : new String[] {"Nova X Max 128 GB", "Nova X Max 256 GB", "Nova X Max 512 GB"}) {
            assertTrue(version + " with its orders: " + described, Pattern.compile(Pattern.quote(version)
                    + ": \\$[\\d,.]+[^;]*; \\d+ of " + total.group(1) + " orders \\(\\d+% floored\\)").matcher(described).find());
        }
        // the storefront states the same family total, once its cache (refreshed every 5 minutes) has read the orders
        // that earlier tests of the run placed
        assertTrue("the site's social proof refreshed", DemoStoreHarness.siteContext()
                .getBean("blUpliftSocialProof", io.uplift.broadleaf.upsell.SocialProofCache.class).refresh());
        Document shop = Http.parse(new Http().get(DemoStoreHarness.site(Shopper.productUrl(product))));
        assertTrue(shop.select(".uplift-compare__proof").text().contains(" of " + total.group(1) + " Nova X Max orders"));
    }

    @Test
    public void previewForASignedInCustomerShowsPersonalSuggestionsFromTheirOrders() throws Exception {
        long customer;
        try (java.sql.Connection c = DemoStoreHarness.jdbc(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT CUSTOMER_ID FROM BLC_ORDER WHERE ORDER_STATUS='SUBMITTED'"
                     + " GROUP BY CUSTOMER_ID ORDER BY COUNT(*) DESC, CUSTOMER_ID")) {
            assertTrue(rs.next());
            customer = rs.getLong(1);
        }
        AdminSession admin = AdminSession.login("admin", "admin");
        Document page = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION + "?slot=confirmation&customerId=" + customer)));
        String reasons = page.select(".uplift-reason").text();
        assertTrue("personal reasons for customer " + customer + ": " + reasons, reasons.contains("because you bought"));
    }

    @Test
    public void badPreviewInputIsRefusedWithMessagesQuotingIt() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        String query = "?slot=nowhere&productId=abc&cart=" + URLEncoder.encode("1,x", StandardCharsets.UTF_8)
                + "&customerId=" + URLEncoder.encode("<b>", StandardCharsets.UTF_8);
        HttpResponse<String> r = admin.http.get(DemoStoreHarness.admin(SECTION + query));
        assertEquals(200, r.statusCode());
        Document page = Http.parse(r);
        String errors = page.select("#uplift-preview-errors").text();
        assertTrue(errors, errors.contains("unknown slot: 'nowhere'"));
        assertTrue(errors, errors.contains("product id must be a number: 'abc'"));
        assertTrue(errors, errors.contains("cart product id must be a number: 'x'"));
        assertTrue(errors, errors.contains("customer id must be a number: '<b>'"));
        assertTrue("escaped", r.body().contains("&lt;b&gt;"));
        assertNull("no preview", page.selectFirst("#uplift-preview"));
        // a customer who does not exist is named, not previewed as one without history
        Document unknown = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION + "?slot=confirmation&customerId="
                + "987654321987")));
        assertTrue(unknown.select("#uplift-preview-errors").text(), unknown.select("#uplift-preview-errors").text()
                .contains("no customer has the id '987654321987'"));
        assertNull("no preview", unknown.selectFirst("#uplift-preview"));
    }

    @Test
    public void rebuildFromTheAdminShowsProgressAndTheStorefrontServesTheNewGeneration() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        Document page = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION)));
        Map<String, String> form = Http.formFields(page.selectFirst("#uplift-rebuild-form"));
        long before = generation(admin.http.getAccept(DemoStoreHarness.admin(SECTION + "/status"), "application/json").body());
        HttpResponse<String> started = admin.http.postAccept(DemoStoreHarness.admin(SECTION + "/rebuild"), form, "application/json");
        assertEquals(started.body(), 202, started.statusCode());
        long deadline = System.nanoTime() + 60_000_000_000L;
        long after = before;
        String status = "";
        while (after <= before && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = admin.http.getAccept(DemoStoreHarness.admin(SECTION + "/status"), "application/json").body();
            after = generation(status);
        }
        assertTrue("a new generation after the rebuild: " + status, after > before);
        assertTrue(status, status.contains("rebuilt from"));
        LearningService site = DemoStoreHarness.siteContext().getBean("blUpliftLearningService", LearningService.class);
        site.tick();
        assertEquals("the storefront serves the admin's generation", after, site.status().getGeneration());
    }

    @Test
    public void rebuildWithoutTheCsrfTokenIsRefused() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        HttpResponse<String> r = admin.http.postAccept(DemoStoreHarness.admin(SECTION + "/rebuild"),
                Collections.<String, String>emptyMap(), "application/json");
        assertTrue("refused: " + r.statusCode(), r.statusCode() == 403 || r.statusCode() == 302 || r.statusCode() == 500);
    }

    @Test
    public void anonymousUserCannotOpenTheSection() throws Exception {
        HttpResponse<String> r = new Http().get(DemoStoreHarness.admin(SECTION));
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").contains("/login"));
    }

    @Test
    public void anAdminUserWithoutThePluginsPermissionIsRefused() throws Exception {
        WidgetRows.update("DELETE FROM BLC_ADMIN_USER_ROLE_XREF WHERE ADMIN_USER_ID = 900");
        WidgetRows.update("DELETE FROM BLC_ADMIN_USER WHERE ADMIN_USER_ID = 900");
        // Broadleaf's own merchandiser role: catalog screens, no Uplift permission
        WidgetRows.update("INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, ACTIVE_STATUS_FLAG, EMAIL, LOGIN, NAME, PASSWORD)"
                + " VALUES (900, TRUE, 'merch@example.com', 'merch', 'Merchandiser', 'merch')");
        WidgetRows.update("INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (900, -2)");
        AdminSession merch = AdminSession.login("merch", "merch");
        assertEquals("the merchandiser reaches Broadleaf's own catalog screens", 200,
                merch.http.get(DemoStoreHarness.admin("/product")).statusCode());
        assertEquals(403, merch.http.get(DemoStoreHarness.admin(SECTION)).statusCode());
        assertEquals(403, merch.http.getAccept(DemoStoreHarness.admin(SECTION + "/status"), "application/json").statusCode());
        Element token = Http.parse(merch.http.get(DemoStoreHarness.admin("/product/" + Shopper.productId("Nova X 128 GB"))))
                .selectFirst("input[name=csrfToken]");
        assertNotNull("the merchandiser's CSRF token", token);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrfToken", token.attr("value"));
        long before = DemoStoreHarness.siteContext().getBean("blUpliftLearningService", LearningService.class)
                .status().getGeneration();
        assertEquals(403, merch.http.postAccept(DemoStoreHarness.admin(SECTION + "/rebuild"), form, "application/json")
                .statusCode());
        assertEquals(before, DemoStoreHarness.siteContext().getBean("blUpliftLearningService", LearningService.class)
                .status().getGeneration());
        Document home = Http.parse(merch.http.get(DemoStoreHarness.admin("/product")));
        assertNull("no Uplift menu for the merchandiser", home.selectFirst("a[href$=" + SECTION + "]"));
    }

    @Test
    public void widgetSourcesAndRulesAreValidatedOnSave() throws Exception {
        long widget = alsoBoughtWidgetId();
        AdminSession admin = AdminSession.login("admin", "admin");
        String[] badChains = {"copurchase, nosuch", "copurchase, copurchase", ",", "trending;similar"};
        for (String bad : badChains) {
            HttpResponse<String> r = admin.save("/uplift-widgets", widget, Collections.singletonMap("fields['sources'].value", bad));
            assertEquals("chain '" + bad + "' refused", 200, r.statusCode());
            assertTrue("message for '" + bad + "'", Http.parse(r).text().contains("Sources must be known source names"));
            assertNull("nothing saved", WidgetRows.value(widget, "SOURCES"));
        }
        Map<String, String> band = new LinkedHashMap<>();
        band.put("fields['priceMinPercent'].value", "50");
        band.put("fields['priceMaxPercent'].value", "20");
        HttpResponse<String> r = admin.save("/uplift-widgets", widget, band);
        assertEquals(200, r.statusCode());
        assertTrue(Http.parse(r).text().contains("not below the minimum"));
        assertNull(WidgetRows.value(widget, "PRICE_MAX_PCT"));

        HttpResponse<String> ok = admin.save("/uplift-widgets", widget, Collections.singletonMap("fields['sources'].value",
                "trending"));
        assertEquals(302, ok.statusCode());
        assertEquals("trending", WidgetRows.value(widget, "SOURCES"));
        WidgetRows.refreshSite();
        Document shop = Http.parse(new Http().get(DemoStoreHarness.site(Shopper.productUrl(Shopper.productId("Nova X 128 GB")))));
        assertEquals("the storefront follows the admin's chain", "trending",
                shop.select(".uplift-widget--also-bought .uplift-card").first().attr("data-uplift-source"));
    }

    @Test
    public void theMerchandisersOwnRelationsShowAfterBroadleafsCrossSales() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        HttpResponse<String> list = admin.http.get(DemoStoreHarness.admin("/uplift-relations"));
        assertEquals(200, list.statusCode());
        assertNotNull("menu link", Http.parse(list).selectFirst("a[href$=/uplift-relations]"));

        long phone = Shopper.productId("Nova X 128 GB");
        long stylus = Shopper.productId("Capacitive Stylus");
        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET MAX_ITEMS=12 WHERE WIDGET_TYPE='RELATED_PRODUCTS'");
        WidgetRows.update("INSERT INTO UPLIFT_RELATION (RELATION_ID, PRODUCT_ID, RELATED_PRODUCT_ID, POSITION) VALUES (900001, "
                + phone + ", " + stylus + ", 1)");
        try {
            DemoStoreHarness.siteContext().getBean("blUpliftRelationsCache",
                    io.uplift.broadleaf.relation.UpliftRelationsCache.class).refresh();
            WidgetRows.refreshSite();
            Document page = Http.parse(new Http().get(DemoStoreHarness.site(Shopper.productUrl(phone))));
            java.util.List<String> related = page.select(".uplift-widget--related-products .uplift-card").eachAttr("data-product-id");
            assertEquals("the plugin's relation comes after the cross-sales: " + related, String.valueOf(stylus),
                    related.get(related.size() - 1));
        } finally {
            WidgetRows.update("DELETE FROM UPLIFT_RELATION WHERE RELATION_ID = 900001");
            WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET MAX_ITEMS=4 WHERE WIDGET_TYPE='RELATED_PRODUCTS'");
            DemoStoreHarness.siteContext().getBean("blUpliftRelationsCache",
                    io.uplift.broadleaf.relation.UpliftRelationsCache.class).refresh();
        }
    }

    /**
     * A relation that suggests the product it is about is refused, naming the product, and nothing is saved; a
     * relation of two products is saved by the same form.
     */
    @Test
    public void aProductCannotBeSuggestedOnItsOwnPage() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        long phone = Shopper.productId("Nova X 128 GB");
        long stylus = Shopper.productId("Capacitive Stylus");
        long before = Sql.count("SELECT COUNT(*) FROM UPLIFT_RELATION");
        Map<String, String> self = new LinkedHashMap<>();
        self.put("fields['product'].value", String.valueOf(phone));
        self.put("fields['relatedProduct'].value", String.valueOf(phone));
        self.put("fields['position'].value", "1");
        admin.assertRefused("/uplift-relations", self, "'Nova X 128 GB' (product " + phone
                + ") cannot be suggested on its own page");
        assertEquals("nothing saved", before, Sql.count("SELECT COUNT(*) FROM UPLIFT_RELATION"));
        Map<String, String> other = new LinkedHashMap<>(self);
        other.put("fields['relatedProduct'].value", String.valueOf(stylus));
        try {
            HttpResponse<String> saved = admin.create("/uplift-relations", other);
            assertEquals("saved: " + Http.parse(saved).text(), 302, saved.statusCode());
            assertEquals(1, Sql.count("SELECT COUNT(*) FROM UPLIFT_RELATION WHERE PRODUCT_ID = " + phone
                    + " AND RELATED_PRODUCT_ID = " + stylus));
        } finally {
            WidgetRows.update("DELETE FROM UPLIFT_RELATION WHERE PRODUCT_ID = " + phone + " AND RELATED_PRODUCT_ID = "
                    + stylus);
        }
    }

    private static long alsoBoughtWidgetId() throws Exception {
        try (java.sql.Connection c = DemoStoreHarness.jdbc(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT WIDGET_ID FROM UPLIFT_WIDGET_CONFIG WHERE WIDGET_TYPE='ALSO_BOUGHT'")) {
            assertTrue("default also-bought widget", rs.next());
            return rs.getLong(1);
        }
    }

    private static long productIdOfUrl(String url) throws Exception {
        try (java.sql.Connection c = DemoStoreHarness.jdbc();
             java.sql.PreparedStatement s = c.prepareStatement("SELECT PRODUCT_ID FROM BLC_PRODUCT WHERE URL = ?")) {
            s.setString(1, url);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getLong(1);
            }
        }
    }

    private static long generation(String json) {
        Matcher m = GENERATION.matcher(json);
        assertTrue("generation in " + json, m.find());
        return Long.parseLong(m.group(1));
    }
}
