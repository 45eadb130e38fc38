package io.uplift.demo.it;

import io.uplift.broadleaf.experiment.ExperimentsCache;
import io.uplift.demo.data.DemoExperiments;
import io.uplift.engine.experiment.Assignment;
import io.uplift.engine.experiment.Experiment;
import io.uplift.engine.experiment.ExperimentAssigner;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * A/B experiments on the real demo store: Uplift &gt; Experiments in the real Broadleaf admin (a separate JVM on the
 * shared database) starts and stops the seeded "Related products: 3 vs 5" experiment (10 % hold-out, 50/50); the
 * storefront (this JVM) assigns each visitor sticky by the visitor key, shows 3 or 5 related products, or nothing in
 * the product slot to the hold-out, and everyone sees the widget as configured once it is stopped. The demo store of
 * the tests seeds its experiments as drafts (DemoStoreHarness), so no other test sees them running.
 */
public class ExperimentsIT {

    private static final String SECTION = "/uplift-experiments";
    private static final long MERCH_ID = 903;
    private static final String RELATED = ".uplift-slot--product .uplift-widget--related-products";

    private long widgetId;
    private String productUrl;
    private String otherProductUrl;

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
        widgetId = WidgetRows.relatedWidgetId();
        // sources that fill five cards on any product; the widget shows 4 as configured
        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET SOURCES='manual,copurchase,trending', MAX_ITEMS=4"
                + " WHERE WIDGET_ID=" + widgetId);
        WidgetRows.refreshSite();
        productUrl = Shopper.productUrl(Shopper.productId("Nova X 128 GB"));
        otherProductUrl = Shopper.productUrl(Shopper.productId("Mouse Pad XL"));
    }

    @After
    public void cleanUp() throws Exception {
        WidgetRows.update("DELETE FROM UPLIFT_EXPERIMENT WHERE EXPERIMENT_ID > " + DemoExperiments.TITLE_ID);
        WidgetRows.restoreDefaults();
        experiments().refresh();
    }

    static io.uplift.broadleaf.experiment.ExposureRecorder exposureRecorder() {
        return DemoStoreHarness.siteContext().getBean("blUpliftExposureRecorder",
                io.uplift.broadleaf.experiment.ExposureRecorder.class);
    }

    /** The 3-vs-5 experiment's exposures as "customerId arm". */
    static java.util.Set<String> exposures() throws Exception {
        java.util.Set<String> rows = new java.util.HashSet<>();
        try (java.sql.Connection c = DemoStoreHarness.jdbc();
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT CUSTOMER_ID, ARM FROM"
                     + " UPLIFT_EXPERIMENT_VISITOR WHERE EXPERIMENT_ID = '" + DemoExperiments.THREE_VS_FIVE_ID + "'")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + " " + rs.getString(2));
            }
        }
        return rows;
    }

    static ExperimentsCache experiments() {
        return DemoStoreHarness.siteContext().getBean("blUpliftExperiments", ExperimentsCache.class);
    }

    @Test
    public void theSeededExperimentsAreListedInTheAdmin() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        HttpResponse<String> list = admin.http.get(DemoStoreHarness.admin(SECTION));
        assertEquals(200, list.statusCode());
        Document page = Http.parse(list);
        assertNotNull("menu link", page.selectFirst("a[href$=" + SECTION + "]"));
        List<String> names = page.select("#listGrid-main td[data-fieldname=name]").eachAttr("data-fieldvalue");
        assertTrue(names.toString(), names.containsAll(Arrays.asList("Related products: 3 vs 5",
                "Related products: title wording")));
        Element form = admin.editForm(SECTION, DemoExperiments.THREE_VS_FIVE_ID);
        assertEquals("10", form.selectFirst("input[name=fields['holdoutPercent'].value]").attr("value"));
        assertEquals(String.valueOf(widgetId), form.selectFirst("input[name=fields['widgetId'].value]").attr("value"));
        assertTrue("nothing left out: " + experiments().getRejected(), experiments().getRejected().isEmpty());
    }

    @Test
    public void startedInTheAdminEachVisitorSeesTheCardsOfItsArmStickilyUntilItIsStopped() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        assertEquals(302, admin.save(SECTION, DemoExperiments.THREE_VS_FIVE_ID,
                Collections.singletonMap("fields['state'].value", "RUNNING")).statusCode());
        Object[] row = Sql.row("SELECT STATE, STARTED_AT, STOPPED_AT FROM UPLIFT_EXPERIMENT WHERE EXPERIMENT_ID = "
                + DemoExperiments.THREE_VS_FIVE_ID);
        assertEquals("RUNNING", row[0]);
        assertNotNull("start time recorded", row[1]);
        assertNull(row[2]);
        experiments().refresh();
        Experiment running = experiments().running(io.uplift.slot.SlotKey.PRODUCT).get(0);
        assertEquals(String.valueOf(DemoExperiments.THREE_VS_FIVE_ID), running.getId());

        // 200 real visitors: each sees its arm's cards on every reload and on another product page
        ExperimentAssigner assigner = new ExperimentAssigner();
        Map<String, Integer> arms = new HashMap<>();
        List<Visitor> visitors = new java.util.ArrayList<>();
        java.util.Set<String> exposed = exposures();
        for (int i = 0; i < 200; i++) {
            Visitor v = new Visitor();
            Document first = v.view(productUrl);
            // the page recorded the visitor's exposure: one new row, its Broadleaf (anonymous) customer and arm
            exposureRecorder().flush();
            java.util.Set<String> now = exposures();
            now.removeAll(exposed);
            assertEquals("one exposure per new visitor: " + now, 1, now.size());
            exposed.addAll(now);
            String[] exposure = now.iterator().next().split(" ");
            String arm = assigner.assign(running, "c:" + exposure[0]).getArm();
            assertEquals("the recorded arm is the visitor's sticky assignment", arm, exposure[1]);
            int expected = "holdout".equals(arm) ? 0 : "three".equals(arm) ? 3 : 5;
            assertEquals("visitor " + v.sessionId() + " in " + arm + ", first view", expected, v.cards(first));
            assertEquals("visitor " + v.sessionId() + " in " + arm, expected, v.cards(v.view(productUrl)));
            assertEquals("reload", expected, v.cards(v.view(productUrl)));
            Document other = v.view(otherProductUrl);
            assertEquals("another product page", expected, v.cards(other));
            if (expected == 0) {
                assertNull("the hold-out sees nothing in the product slot", other.selectFirst(".uplift-slot--product"));
                assertNotNull("the rest of the page renders", other.selectFirst("h1"));
            }
            arms.merge(arm, 1, Integer::sum);
            visitors.add(v);
        }
        exposureRecorder().flush();
        assertEquals("reloads and other pages add no exposure", exposed, exposures());
        // expected 20 / 90 / 90: each count within about 4 standard deviations of a binomial
        assertWithin(arms, "holdout", 4, 40);
        assertWithin(arms, "three", 60, 120);
        assertWithin(arms, "five", 60, 120);

        // the same assignment code for 2,000 more visitor keys: 200 / 900 / 900, each within 4 standard deviations
        Map<String, Integer> many = new HashMap<>();
        for (int i = 0; i < 2000; i++) {
            Assignment a = assigner.assign(running, "c:" + (1_000_000 + i));
            many.merge(a.getArm(), 1, Integer::sum);
        }
        assertWithin(many, "holdout", 146, 254);
        assertWithin(many, "three", 811, 989);
        assertWithin(many, "five", 811, 989);

        // a signed-in customer keeps the arm of "c:<customer id>" in every session
        long customer = ((Number) Sql.row("SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE USER_NAME = '" + Orders.LOGIN
                + "'")[0]).longValue();
        String customerArm = assigner.assign(running, "c:" + customer).getArm();
        int customerCards = "holdout".equals(customerArm) ? 0 : "three".equals(customerArm) ? 3 : 5;
        for (int session = 0; session < 2; session++) {
            Shopper signedIn = Orders.signedIn();
            for (String url : Arrays.asList(productUrl, otherProductUrl)) {
                Element widget = Http.parse(signedIn.http.get(DemoStoreHarness.site(url))).selectFirst(RELATED);
                assertEquals("customer " + customer + " in " + customerArm + ", session " + session + ", " + url,
                        customerCards, widget == null ? 0 : widget.select(".uplift-card").size());
            }
        }

        // stopped in the admin: everyone, the hold-out too, sees the widget as configured (4 cards)
        assertEquals(302, admin.save(SECTION, DemoExperiments.THREE_VS_FIVE_ID,
                Collections.singletonMap("fields['state'].value", "STOPPED")).statusCode());
        assertNotNull("stop time recorded", Sql.row("SELECT STOPPED_AT FROM UPLIFT_EXPERIMENT WHERE EXPERIMENT_ID = "
                + DemoExperiments.THREE_VS_FIVE_ID)[0]);
        experiments().refresh();
        assertTrue(experiments().running(io.uplift.slot.SlotKey.PRODUCT).isEmpty());
        for (Visitor v : visitors.subList(0, 40)) {
            assertEquals(4, v.cards(v.view(productUrl)));
        }

        // once started, its arms are fixed and it cannot run again
        HttpResponse<String> r = admin.save(SECTION, DemoExperiments.THREE_VS_FIVE_ID,
                Collections.singletonMap("fields['variantsText'].value", "three 40\nfive 60"));
        assertEquals(200, r.statusCode());
        String text = Http.parse(r).text();
        assertTrue(text, text.contains("its slot, widget, hold-out and variants cannot change"));
        assertTrue(text, text.contains("You entered 'three 40"));
        r = admin.save(SECTION, DemoExperiments.THREE_VS_FIVE_ID,
                Collections.singletonMap("fields['state'].value", "RUNNING"));
        assertEquals(200, r.statusCode());
        assertTrue(Http.parse(r).text().contains("it is STOPPED and cannot become 'RUNNING'"));
        row = Sql.row("SELECT STATE, VARIANTS_TEXT FROM UPLIFT_EXPERIMENT WHERE EXPERIMENT_ID = "
                + DemoExperiments.THREE_VS_FIVE_ID);
        assertEquals("STOPPED", row[0]);
        assertEquals(DemoExperiments.THREE_VS_FIVE_VARIANTS, String.valueOf(row[1]).replace("\r\n", "\n").trim());
    }

    @Test
    public void badValuesAreRefusedQuotedNothingIsSavedAndAGoodExperimentIs() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        long before = Sql.count("SELECT COUNT(*) FROM UPLIFT_EXPERIMENT");
        assertRefused(admin, values("product", "60", "a 50\nb 50", "DRAFT"),
                "The hold-out must be a whole number from 0 to 50. You entered '60'.");
        assertRefused(admin, values("shelf", "10", "a 50\nb 50", "DRAFT"),
                "The slot must be one of product, cart, checkout, confirmation, mini-cart. You entered 'shelf'.");
        assertRefused(admin, values("product", "10", "three 50\nfive 40", "DRAFT"),
                "the variants' weights must sum to 100: 90");
        assertRefused(admin, values("product", "10", "three 50 count=30\nfive 50", "DRAFT"),
                "line 1 'three 50 count=30': number shown must be 1 to 12: 30");
        assertRefused(admin, values("product", "10", "a 50 sources=manual,spam\nb 50", "DRAFT"),
                "unknown source 'spam' in the chain 'manual,spam'");
        Map<String, String> elsewhere = values("cart", "10", "a 50\nb 50", "DRAFT");
        elsewhere.put("fields['widgetId'].value", String.valueOf(widgetId));
        assertRefused(admin, elsewhere, "The widget must be one of Uplift > Widgets in the slot 'cart' (or blank for"
                + " all of them); it is in 'PRODUCT'. You entered '" + widgetId + "'.");
        Map<String, String> missing = values("product", "10", "a 50\nb 50", "DRAFT");
        missing.put("fields['widgetId'].value", "987654");
        assertRefused(admin, missing, "there is no such widget. You entered '987654'.");
        assertRefused(admin, values("product", "10", "a 50\nb 50", "STOPPED"),
                "it is new and cannot become 'STOPPED'");
        assertEquals("nothing saved", before, Sql.count("SELECT COUNT(*) FROM UPLIFT_EXPERIMENT"));

        HttpResponse<String> created = create(admin, values("product", "5", "a 50\nb 50 title=Picked for you",
                "DRAFT"));
        assertEquals(created.body(), 302, created.statusCode());
        long id = Long.parseLong(created.headers().firstValue("Location").orElse("").replaceAll(".*/", ""));
        assertTrue("a new id past the seeded ones: " + id, id > DemoExperiments.TITLE_ID);
        Object[] row = Sql.row("SELECT NAME, STATE, HOLDOUT_PERCENT, STARTED_AT, SALT FROM UPLIFT_EXPERIMENT"
                + " WHERE EXPERIMENT_ID = " + id);
        assertEquals("Wording test", row[0]);
        assertEquals("DRAFT", row[1]);
        assertEquals(5, ((Number) row[2]).intValue());
        assertNull(row[3]);
        assertNotNull("a salt", row[4]);
        // a draft may still be changed
        assertEquals(302, admin.save(SECTION, id, Collections.singletonMap("fields['holdoutPercent'].value", "0"))
                .statusCode());
        experiments().refresh();
        assertTrue("nothing left out: " + experiments().getRejected(), experiments().getRejected().isEmpty());
    }

    @Test
    public void aRowThatBreaksTheRulesIsLeftOutAndNamedWhileThePageRenders() throws Exception {
        WidgetRows.update("INSERT INTO UPLIFT_EXPERIMENT (EXPERIMENT_ID, NAME, SLOT, WIDGET_ID, HOLDOUT_PERCENT,"
                + " VARIANTS_TEXT, STATE, STARTED_AT, SALT) VALUES (900, 'Broken', 'product', " + widgetId
                + ", 10, 'a 70\nb 70', 'RUNNING', CURRENT_TIMESTAMP, 'x')");
        experiments().refresh();
        assertTrue(experiments().getRejected().toString(), experiments().getRejected().contains(
                "experiment 900 ignored: the variants' weights must sum to 100: 140 in [a (70%: count=null,"
                        + " position=null, title=null, sources=null), b (70%: count=null, position=null, title=null,"
                        + " sources=null)]"));
        Visitor v = new Visitor();
        v.view(productUrl);
        assertEquals("the widget as configured", 4, v.cards(v.view(productUrl)));

        // named in the admin: Uplift > Experiments > status
        AdminSession admin = AdminSession.login("admin", "admin");
        HttpResponse<String> status = admin.http.get(DemoStoreHarness.admin(SECTION + "/status"));
        assertEquals(200, status.statusCode());
        Document page = Http.parse(status);
        assertTrue(page.select("#uplift-rejected li").eachText().toString(), page.select("#uplift-rejected li")
                .eachText().contains("experiment 900 ignored: the variants' weights must sum to 100: 140 in [a (70%:"
                        + " count=null, position=null, title=null, sources=null), b (70%: count=null, position=null,"
                        + " title=null, sources=null)]"));
        assertNotNull("the valid ones listed", page.selectFirst("#uplift-experiments tr[data-experiment-id="
                + DemoExperiments.TITLE_ID + "]"));
    }

    @Test
    public void aWidgetThatARunningExperimentTestsIsNotDeletedAndOnceStoppedItIs() throws Exception {
        long test = 900200;
        WidgetRows.update("INSERT INTO UPLIFT_WIDGET_CONFIG (WIDGET_ID, SLOT_KEY, WIDGET_TYPE, ENABLED, TITLE, MAX_ITEMS,"
                + " POSITION) VALUES (" + test + ", 'PRODUCT', 'RELATED_PRODUCTS', FALSE, 'Deletion test', 4, 90)");
        WidgetRows.update("INSERT INTO UPLIFT_EXPERIMENT (EXPERIMENT_ID, NAME, SLOT, WIDGET_ID, HOLDOUT_PERCENT,"
                + " VARIANTS_TEXT, STATE, STARTED_AT, SALT) VALUES (901, 'Deletion guard', 'product', " + test
                + ", 10, 'a 50\nb 50', 'RUNNING', CURRENT_TIMESTAMP, 'y')");
        String widgets = "/uplift-widgets";
        AdminSession admin = AdminSession.login("admin", "admin");

        HttpResponse<String> r = admin.delete(widgets, test);
        assertEquals("refused: back to the widget's page", 302, r.statusCode());
        String back = r.headers().firstValue("Location").orElse("");
        assertTrue(back, back.endsWith(widgets + "/" + test));
        Document page = Http.parse(admin.http.get(DemoStoreHarness.admin(back.substring(back.indexOf(widgets)))));
        Element flash = page.selectFirst("#headerFlashAlertBox");
        assertNotNull("the message box", flash);
        assertTrue(flash.text(), flash.text().contains("Not deleted: a running experiment tests this widget."
                + " Stop it first (Uplift > Experiments)"));
        assertEquals("nothing deleted", 1, Sql.count("SELECT COUNT(*) FROM UPLIFT_WIDGET_CONFIG WHERE WIDGET_ID = "
                + test));

        // a stopped experiment does not hold its widget
        WidgetRows.update("UPDATE UPLIFT_EXPERIMENT SET STATE = 'STOPPED', STOPPED_AT = CURRENT_TIMESTAMP"
                + " WHERE EXPERIMENT_ID = 901");
        r = admin.delete(widgets, test);
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse(""), r.headers().firstValue("Location").orElse("")
                .endsWith(widgets));
        assertEquals("deleted", 0, Sql.count("SELECT COUNT(*) FROM UPLIFT_WIDGET_CONFIG WHERE WIDGET_ID = " + test));
    }

    @Test
    public void anAdminWithoutThePermissionIsRefused() throws Exception {
        if (Sql.count("SELECT COUNT(*) FROM BLC_ADMIN_USER WHERE ADMIN_USER_ID = " + MERCH_ID) == 0) {
            WidgetRows.update("INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, ACTIVE_STATUS_FLAG, EMAIL, LOGIN, NAME,"
                    + " PASSWORD) VALUES (" + MERCH_ID + ", TRUE, 'merch4@example.com', 'merch4', 'Merchandiser',"
                    + " 'merch4')");
            WidgetRows.update("INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (" + MERCH_ID
                    + ", -2)");
        }
        AdminSession merch = AdminSession.login("merch4", "merch4");
        Document products = Http.parse(merch.http.get(DemoStoreHarness.admin("/product")));
        assertNull("no link to Experiments", products.selectFirst("a[href$=" + SECTION + "]"));
        assertEquals(403, merch.http.get(DemoStoreHarness.admin(SECTION)).statusCode());
        assertEquals(403, merch.http.get(DemoStoreHarness.admin(SECTION + "/status")).statusCode());
        assertEquals(403, merch.http.get(DemoStoreHarness.admin(SECTION + "/" + DemoExperiments.TITLE_ID))
                .statusCode());
    }

    private static void assertWithin(Map<String, Integer> counts, String arm, int min, int max) {
        int n = counts.getOrDefault(arm, 0);
        assertTrue(arm + ": " + n + " not within [" + min + ", " + max + "] in " + counts, n >= min && n <= max);
    }

    private static Map<String, String> values(String slot, String holdout, String variants, String state) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("fields['name'].value", "Wording test");
        v.put("fields['slot'].value", slot);
        v.put("fields['widgetId'].value", "");
        v.put("fields['holdoutPercent'].value", holdout);
        v.put("fields['variantsText'].value", variants);
        v.put("fields['state'].value", state);
        return v;
    }

    private static HttpResponse<String> create(AdminSession admin, Map<String, String> values) throws Exception {
        return admin.create(SECTION, values);
    }

    private static void assertRefused(AdminSession admin, Map<String, String> values, String message) throws Exception {
        admin.assertRefused(SECTION, values, message);
    }

    /** One anonymous visitor with its own cookies; knows its session id from the cookie the site set. */
    private static final class Visitor {
        final Http http = new Http();
        String session;

        Document view(String url) throws Exception {
            HttpResponse<String> r = http.get(DemoStoreHarness.site(url));
            assertEquals(url, 200, r.statusCode());
            for (String c : r.headers().allValues("Set-Cookie")) {
                if (c.startsWith("JSESSIONID=")) {
                    session = c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
                }
            }
            return Http.parse(r);
        }

        /** Jetty's session id: the cookie's value without the node suffix. */
        String sessionId() {
            assertNotNull("the site set a session cookie", session);
            int dot = session.lastIndexOf('.');
            return dot < 0 ? session : session.substring(0, dot);
        }

        int cards(Document page) {
            Element widget = page.selectFirst(RELATED);
            return widget == null ? 0 : widget.select(".uplift-card").size();
        }
    }
}
