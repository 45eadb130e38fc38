package io.uplift.demo.it;

import io.uplift.broadleaf.journey.OfferLimitsCache;
import io.uplift.engine.journey.OfferLimits;
import io.uplift.web.journey.OfferDeclineController;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Frequency caps across a visit on the real storefront: a shopper who declined the protection plan as often as
 * Uplift &gt; Offer limits allows is not asked again in that session (product pages, cart, checkout), while lines that
 * already have a plan keep their selector; one product is suggested in at most the allowed number of pages; the
 * admin page saves valid limits, refuses bad ones (nothing saved) and is closed to admins without the permission.
 */
public class OfferLimitsIT {

    private static final String SECTION = "/uplift-offer-limits";

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
    }

    @After
    public void restoreDefaults() throws Exception {
        WidgetRows.update("DELETE FROM UPLIFT_OFFER_LIMITS");
        limits().refresh();
    }

    private static OfferLimitsCache limits() {
        return DemoStoreHarness.siteContext().getBean("blUpliftOfferLimits", OfferLimitsCache.class);
    }

    private static void setLimits(Integer declines, Integer places) throws Exception {
        WidgetRows.update("DELETE FROM UPLIFT_OFFER_LIMITS");
        WidgetRows.update("INSERT INTO UPLIFT_OFFER_LIMITS (LIMITS_ID, WARRANTY_DECLINES, PRODUCT_PLACES) VALUES (1, "
                + declines + ", " + places + ")");
        limits().refresh();
        assertEquals(new OfferLimits(declines, places), limits().current());
    }

    private static String path(String productName) throws Exception {
        return Shopper.productUrl(Shopper.productId(productName));
    }

    private static Document page(Shopper s, String path) throws Exception {
        HttpResponse<String> r = s.http.get(DemoStoreHarness.site(path));
        assertEquals(path, 200, r.statusCode());
        return Http.parse(r);
    }

    private static HttpResponse<String> decline(Shopper s, String returnTo) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        if (returnTo != null) {
            form.put("returnTo", returnTo);
        }
        form.put("csrfToken", s.csrf());
        return s.http.postAccept(DemoStoreHarness.site(OfferDeclineController.PATH), form, "application/json");
    }

    @Test
    public void afterTwoDeclinesNoPlanIsOfferedAgainInThatVisit() throws Exception {
        setLimits(2, null);
        Shopper s = new Shopper();
        String phone = path("Nova X 128 GB");
        String laptop = path("Aero 14 16 GB RAM");
        String other = path("Forge 16 8 GB RAM");
        Element selector = page(s, phone).selectFirst(".uplift-widget--warranty");
        assertNotNull("the plan is offered on the phone's page", selector);
        assertNotNull("with a No thanks", selector.selectFirst("form.uplift-warranty__decline"));

        HttpResponse<String> r = decline(s, phone);
        assertEquals(r.body(), 200, r.statusCode());
        assertTrue(r.body(), r.body().contains("\"declines\":1"));
        r = decline(s, phone + "?again=1");
        assertTrue("declining again on the same page counts once: " + r.body(), r.body().contains("\"declines\":1"));
        assertNotNull("one decline is below the limit", page(s, laptop).selectFirst(".uplift-widget--warranty"));

        r = decline(s, laptop);
        assertTrue(r.body(), r.body().contains("\"declines\":2"));
        assertNull("not asked again on a product page", page(s, other).selectFirst(".uplift-widget--warranty"));
        assertNull("nor on the pages declined before", page(s, phone).selectFirst(".uplift-widget--warranty"));
        s.add("Nova X 128 GB", 1);
        assertNull("nor in the cart", s.cart().selectFirst(".uplift-widget--warranty"));
        assertNull("nor at checkout", page(s, "/checkout").selectFirst(".uplift-widget--warranty"));

        Shopper fresh = new Shopper();
        assertNotNull("another visit is asked", page(fresh, other).selectFirst(".uplift-widget--warranty"));

        setLimits(null, null);
        assertNotNull("without a limit the plan is offered again", page(s, other).selectFirst(".uplift-widget--warranty"));
    }

    @Test
    public void aLineThatAlreadyHasAPlanKeepsItsSelectorAfterTheLimit() throws Exception {
        setLimits(1, null);
        Shopper s = new Shopper();
        s.add("Aero 14 16 GB RAM", 1);
        Document cart = s.cart();
        Element item = cart.selectFirst(".uplift-widget--warranty .uplift-warranty__item");
        assertNotNull("the laptop's line is offered a plan", item);
        Map<String, String> form = Http.formFields(item.selectFirst("form.uplift-warranty__form"));
        HttpResponse<String> chosen = s.http.postAccept(DemoStoreHarness.site("/uplift/warranty/add"), form,
                "application/json");
        assertEquals(chosen.body(), 200, chosen.statusCode());
        s.add("Nova X 128 GB", 1);
        assertEquals(2, s.cart().select(".uplift-widget--warranty .uplift-warranty__item").size());

        assertEquals(200, decline(s, "/cart").statusCode());
        cart = s.cart();
        List<String> offeredFor = new ArrayList<>();
        for (Element e : cart.select(".uplift-widget--warranty .uplift-warranty__item-name")) {
            offeredFor.add(e.text());
        }
        assertEquals("only the line with a plan keeps its selector (to change the term)", List.of("Aero 14 16 GB RAM"),
                offeredFor);
        assertNull("no No thanks for a line that has a plan", cart.selectFirst("form.uplift-warranty__decline"));
    }

    @Test
    public void badDeclinesAreRefusedAndCountNothing() throws Exception {
        setLimits(1, null);
        Shopper s = new Shopper();
        String phone = path("Nova X 128 GB");
        for (String bad : new String[] {null, "", "//evil.example/x", "https://evil.example/", "javascript:alert(1)"}) {
            HttpResponse<String> r = decline(s, bad);
            assertEquals(bad + ": " + r.body(), 400, r.statusCode());
            assertTrue(r.body(), r.body().contains("not a page of this shop"));
        }
        Map<String, String> noToken = new LinkedHashMap<>();
        noToken.put("returnTo", phone);
        HttpResponse<String> r = s.http.post(DemoStoreHarness.site(OfferDeclineController.PATH), noToken);
        assertTrue("no token: " + r.statusCode(), r.statusCode() >= 400);
        assertNotNull("nothing was counted: still offered", page(s, phone).selectFirst(".uplift-widget--warranty"));

        // the plain form (no script): redirected back to the page, counted
        Map<String, String> plain = Http.formFields(page(s, phone).selectFirst("form.uplift-warranty__decline"));
        r = s.http.post(DemoStoreHarness.site(OfferDeclineController.PATH), plain);
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse(""), r.headers().firstValue("Location").orElse("").endsWith(phone));
        assertNull(page(s, phone).selectFirst(".uplift-widget--warranty"));
    }

    /** Product pages a shopper browses: every active product page with suggestions, in id order. */
    private static List<String> browsingPath() throws Exception {
        List<String> urls = Sql.strings("SELECT p.URL FROM BLC_PRODUCT p JOIN BLC_SKU s ON s.DEFAULT_PRODUCT_ID = p.PRODUCT_ID"
                + " WHERE p.URL IS NOT NULL AND (p.ARCHIVED IS NULL OR p.ARCHIVED = 'N') AND s.NAME NOT LIKE 'Protection Plan%'"
                + " ORDER BY p.PRODUCT_ID");
        return urls.subList(0, Math.min(24, urls.size()));
    }

    /** Product id to the pages whose suggestion widgets showed it. */
    private static Map<String, Set<String>> suggestedOn(Shopper s, List<String> paths) throws Exception {
        Map<String, Set<String>> on = new LinkedHashMap<>();
        for (String path : paths) {
            for (Element card : page(s, path).select(".uplift-widget--related-products .uplift-card[data-product-id],"
                    + " .uplift-widget--also-bought .uplift-card[data-product-id]")) {
                on.computeIfAbsent(card.attr("data-product-id"), k -> new LinkedHashSet<>()).add(path);
            }
        }
        return on;
    }

    private static int mostPages(Map<String, Set<String>> on) {
        int most = 0;
        for (Set<String> pages : on.values()) {
            most = Math.max(most, pages.size());
        }
        return most;
    }

    @Test
    public void aProductIsSuggestedInAtMostTheAllowedNumberOfPagesPerVisit() throws Exception {
        List<String> paths = browsingPath();
        setLimits(null, null);
        Map<String, Set<String>> uncapped = suggestedOn(new Shopper(), paths);
        assertTrue("without a limit some product is suggested on more than 2 of " + paths.size() + " pages: " + uncapped,
                mostPages(uncapped) > 2);

        setLimits(null, 2);
        Shopper s = new Shopper();
        Map<String, Set<String>> capped = suggestedOn(s, paths);
        assertTrue("with the limit every product is on at most 2 pages: " + capped, mostPages(capped) <= 2);
    }

    @Test
    public void theAdminPageSavesValidLimitsAndRefusesBadOnes() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        Document page = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION)));
        Element form = page.selectFirst("form.uplift-offer-limits-form");
        assertNotNull("the form", form);
        assertEquals("the defaults shown", "2 declines, 5 pages per product", page.selectFirst(".uplift-offer-limits-current").text());

        for (String[] bad : new String[][] {{"0", "3", "between 1 and 20: 0"}, {"2", "51", "between 1 and 50: 51"},
                {"two", "3", "whole number: 'two'"}, {"2", "-1", "whole number: '-1'"}}) {
            Map<String, String> fields = Http.formFields(form);
            fields.put("warrantyDeclines", bad[0]);
            fields.put("productPlaces", bad[1]);
            HttpResponse<String> r = admin.http.post(DemoStoreHarness.admin(SECTION), fields);
            assertEquals(400, r.statusCode());
            Element error = Http.parse(r).selectFirst(".uplift-offer-limits-error");
            assertNotNull(r.body(), error);
            assertTrue(error.text(), error.text().startsWith("Nothing was saved:") && error.text().contains(bad[2]));
            assertEquals("nothing saved", 0L, Sql.count("SELECT COUNT(*) FROM UPLIFT_OFFER_LIMITS"));
        }

        Map<String, String> fields = Http.formFields(form);
        fields.put("warrantyDeclines", "4");
        fields.put("productPlaces", "");
        HttpResponse<String> r = admin.http.post(DemoStoreHarness.admin(SECTION), fields);
        assertEquals(302, r.statusCode());
        page = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION)));
        assertTrue(page.text(), page.text().contains("Saved: no protection plan offered after 4 declined offers;"
                + " a product suggested in any number of pages"));
        limits().refresh();
        assertEquals("the storefront reads what the admin saved", new OfferLimits(4, null), limits().current());
    }

    @Test
    public void anAdminWithoutTheWidgetsPermissionCannotSeeOrSave() throws Exception {
        WidgetRows.update("DELETE FROM BLC_ADMIN_USER_ROLE_XREF WHERE ADMIN_USER_ID = 901");
        WidgetRows.update("DELETE FROM BLC_ADMIN_USER WHERE ADMIN_USER_ID = 901");
        WidgetRows.update("INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, ACTIVE_STATUS_FLAG, EMAIL, LOGIN, NAME, PASSWORD)"
                + " VALUES (901, TRUE, 'merch2@example.com', 'merch2', 'Merchandiser', 'merch2')");
        WidgetRows.update("INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (901, -2)");
        AdminSession merch = AdminSession.login("merch2", "merch2");
        assertEquals(403, merch.http.get(DemoStoreHarness.admin(SECTION)).statusCode());
        Element token = Http.parse(merch.http.get(DemoStoreHarness.admin("/product/" + Shopper.productId("Nova X 128 GB"))))
                .selectFirst("input[name=csrfToken]");
        assertNotNull("the merchandiser's CSRF token", token);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrfToken", token.attr("value"));
        fields.put("warrantyDeclines", "1");
        fields.put("productPlaces", "1");
        assertEquals(403, merch.http.post(DemoStoreHarness.admin(SECTION), fields).statusCode());
        assertEquals("nothing saved", 0L, Sql.count("SELECT COUNT(*) FROM UPLIFT_OFFER_LIMITS"));
    }
}
