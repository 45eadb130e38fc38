package io.uplift.demo.it;

import io.uplift.broadleaf.support.BackgroundTable;
import org.jsoup.nodes.Document;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Security review of the plugin's storefront side on the real site: every POST endpoint the plugin maps (found from
 * its handler mapping, so a new one cannot be forgotten) is refused without the session's CSRF token and changes
 * nothing; changes are rate-limited per visitor (429, nothing added past the limit); text the merchandiser enters in
 * the admin (widget title, bundle name, protection plan name and terms, checkout add-on name) is escaped on the
 * storefront, a script payload shows as text.
 */
public class StorefrontSecurityIT {

    static final String PAYLOAD = "<script>alert('uplift')</script>";
    private final List<String> restore = new ArrayList<>();

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
    }

    @After
    public void cleanUp() throws Exception {
        for (String sql : restore) {
            WidgetRows.update(sql);
        }
        WidgetRows.restoreDefaults();
        refreshAll();
    }

    static void refreshAll() {
        WidgetRows.refreshSite();
        for (String bean : new String[] {"blUpliftBundles", "blUpliftWarrantyPlans", "blUpliftCheckoutAddOns"}) {
            DemoStoreHarness.siteContext().getBean(bean, BackgroundTable.class).refresh();
        }
    }

    /** The POST paths of the plugin's storefront controllers. */
    static TreeSet<String> postPaths() {
        RequestMappingHandlerMapping mapping = DemoStoreHarness.siteContext().getBean("blUpliftHandlerMapping",
                RequestMappingHandlerMapping.class);
        TreeSet<String> paths = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                paths.addAll(info.getPatternsCondition().getPatterns());
            }
        }
        assertTrue("the plugin's POST endpoints: " + paths, paths.size() >= 9);
        return paths;
    }

    @Test
    public void everyPostEndpointWantsTheSessionsCsrfTokenAndChangesNothingWithoutIt() throws Exception {
        Shopper s = new Shopper();
        s.add("Nova X 128 GB", 1);
        String cartBefore = s.cart().select(".cart__line, .cart-item, tr").text();
        long orderLines = Sql.count("SELECT COUNT(*) FROM BLC_ORDER_ITEM");
        for (String path : postPaths()) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("productId", String.valueOf(Shopper.productId("Mouse Pad XL")));
            form.put("quantity", "1");
            for (String accept : new String[] {"application/json", "text/html"}) {
                HttpResponse<String> r = s.http.postAccept(DemoStoreHarness.site(path), form, accept);
                assertEquals("POST " + path + " without a CSRF token (" + accept + ")", 403, r.statusCode());
                // the plugin's CSRF filter (README, install step 4): a message, JSON for the widgets' script
                String type = r.headers().firstValue("Content-Type").orElse("");
                assertTrue(path + ": " + type, type.startsWith(accept.equals("application/json") ? "application/json"
                        : "text/plain"));
                assertTrue(path + ": " + r.body(), r.body().contains("This form has expired or did not come from this"
                        + " shop") && (!accept.equals("application/json") || r.body().startsWith("{\"ok\":false,")));
                form.put("csrfToken", "forged-" + path.hashCode());
                r = s.http.postAccept(DemoStoreHarness.site(path), form, accept);
                assertEquals("POST " + path + " with a forged CSRF token (" + accept + ")", 403, r.statusCode());
                form.remove("csrfToken");
            }
        }
        assertEquals("no order line added or removed", orderLines, Sql.count("SELECT COUNT(*) FROM BLC_ORDER_ITEM"));
        assertEquals("the cart unchanged", cartBefore, s.cart().select(".cart__line, .cart-item, tr").text());
    }

    @Test
    public void changesAreRateLimitedPerVisitorAndNothingIsAddedPastTheLimit() throws Exception {
        Shopper s = new Shopper();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("productId", String.valueOf(Shopper.productId("Microfiber Cleaning Cloth"))); // 400 in stock
        form.put("quantity", "1");
        form.put("csrfToken", s.csrf());
        // the harness allows 100 changes at once, then one every 2 s: adds until the first refusal (bounded)
        int ok = 0;
        int limited = 0;
        for (int i = 0; i < 300 && limited < 5; i++) {
            HttpResponse<String> r = s.quickAddJson(form);
            if (r.statusCode() == 200) {
                ok++;
            } else {
                assertEquals(r.body(), 429, r.statusCode());
                assertTrue(r.body(), r.body().contains("Too many changes at once"));
                limited++;
            }
        }
        assertEquals("refused once over the limit", 5, limited);
        assertTrue("the burst allowed: " + ok, ok >= 100);
        // other spellings of the same endpoint (Spring cuts ';' parameters and decodes the path before it maps) are
        // limited alike; the bucket refills one change per 2 s, so at most one of them may pass
        int passed = 0;
        for (String path : new String[] {"/uplift;x=1/cart/add", "/%75plift/cart/add", "/uplift/cart;x/add"}) {
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> r = s.http.postAccept(DemoStoreHarness.site(path), form, "application/json");
                if (r.statusCode() == 200) {
                    passed++;
                    ok++;
                } else {
                    assertEquals(path + ": " + r.body(), 429, r.statusCode());
                }
            }
        }
        assertTrue("another spelling of the endpoint escaped the limit " + passed + " times", passed <= 1);
        long inCart = Sql.count("SELECT COALESCE(SUM(i.QUANTITY), 0) FROM BLC_ORDER_ITEM i JOIN BLC_ORDER o"
                + " ON o.ORDER_ID = i.ORDER_ID WHERE o.ORDER_STATUS = 'IN_PROCESS' AND o.CUSTOMER_ID = "
                + customerOf(s));
        assertEquals("only the accepted adds are in the cart", ok, inCart);
        // another visitor is not limited by this one
        Shopper other = new Shopper();
        other.add("Mouse Pad XL", 1);
    }

    /** The Broadleaf customer of the shopper who made the newest cart (this test's shopper, just now). */
    static long customerOf(Shopper s) throws Exception {
        List<Long> ids = Sql.ids("SELECT o.CUSTOMER_ID FROM BLC_ORDER o WHERE o.ORDER_ID = (SELECT MAX(ORDER_ID)"
                + " FROM BLC_ORDER WHERE ORDER_STATUS = 'IN_PROCESS')");
        assertFalse("a cart", ids.isEmpty());
        return ids.get(0);
    }

    @Test
    public void textTheMerchandiserEntersIsEscapedOnTheStorefront() throws Exception {
        long widget = WidgetRows.relatedWidgetId();
        Object title = WidgetRows.value(widget, "TITLE");
        restore.add("UPDATE UPLIFT_WIDGET_CONFIG SET TITLE = '" + title + "' WHERE WIDGET_ID = " + widget);
        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET TITLE = '" + PAYLOAD.replace("'", "''") + "' WHERE WIDGET_ID = "
                + widget);
        // the plan the phone's page offers
        String phone = Shopper.productUrl(Shopper.productId("Nova X 128 GB"));
        String offered = Http.parse(new Shopper().http.get(DemoStoreHarness.site(phone)))
                .selectFirst(".uplift-warranty__provider").previousElementSibling().text();
        Object[] plan = Sql.row("SELECT PLAN_ID, NAME, TERMS_TEXT FROM UPLIFT_WARRANTY_PLAN WHERE NAME = '"
                + offered.replace("'", "''") + "'");
        restore.add("UPDATE UPLIFT_WARRANTY_PLAN SET NAME = '" + plan[1] + "', TERMS_TEXT = '"
                + String.valueOf(plan[2]).replace("'", "''") + "' WHERE PLAN_ID = " + plan[0]);
        WidgetRows.update("UPDATE UPLIFT_WARRANTY_PLAN SET NAME = 'Plan " + PAYLOAD.replace("'", "''")
                + "', TERMS_TEXT = 'Terms " + PAYLOAD.replace("'", "''") + "' WHERE PLAN_ID = " + plan[0]);
        Object[] addOn = Sql.row("SELECT ADD_ON_ID, NAME FROM UPLIFT_ADD_ON ORDER BY ADD_ON_ID");
        restore.add("UPDATE UPLIFT_ADD_ON SET NAME = '" + addOn[1] + "' WHERE ADD_ON_ID = " + addOn[0]);
        WidgetRows.update("UPDATE UPLIFT_ADD_ON SET NAME = 'Wrap " + PAYLOAD.replace("'", "''") + "' WHERE ADD_ON_ID = "
                + addOn[0]);
        refreshAll();

        Shopper s = new Shopper();
        HttpResponse<String> page = s.http.get(DemoStoreHarness.site(phone));
        assertEquals(200, page.statusCode());
        assertEscaped(page, PAYLOAD);
        assertEscaped(page, "Plan " + PAYLOAD);
        assertEscaped(page, "Terms " + PAYLOAD);
        s.add("Nova X 128 GB", 1);
        HttpResponse<String> checkout = s.http.get(DemoStoreHarness.site("/checkout"));
        assertEquals(200, checkout.statusCode());
        assertEscaped(checkout, "Wrap " + PAYLOAD);
    }

    /** The text shows on the page as text, and the raw markup is nowhere in the HTML. */
    static void assertEscaped(HttpResponse<String> page, String text) {
        Document doc = Http.parse(page);
        assertTrue("'" + text + "' shown as text", doc.text().contains(text) || doc.select("[title], [alt]")
                .eachAttr("title").contains(text));
        assertFalse("no raw script element in the HTML", page.body().contains("<script>alert('uplift')"));
    }
}
