package io.uplift.demo.it;

import io.uplift.broadleaf.event.EventRecorder;
import io.uplift.broadleaf.experiment.ExperimentsCache;
import io.uplift.broadleaf.experiment.ExposureRecorder;
import io.uplift.engine.experiment.Experiment;
import io.uplift.engine.experiment.ExperimentAssigner;
import io.uplift.slot.SlotKey;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * An experiment's results end to end on the real platform: real visitors meet a running experiment on the product
 * page (each exposure stored once with the visitor's sticky arm, the hold-out too), some take a suggestion from the
 * widget and all check out through Broadleaf's checkout; the suggestion's order line and its events carry the
 * experiment, the arm and the card's strategy; Uplift &gt; Dashboard shows per arm the visitors, orders, revenue and
 * accepted lines the test counts in the tables itself, and every comparison with a 95 % interval and a verdict once
 * the arms pass the minimum sample (the harness sets 10 visitors and 5 orders).
 */
public class ExperimentResultsIT {

    private static final String EXPERIMENT = "950";
    private static final int ORDERS_PER_ARM = 6;
    private long widgetId;
    private String phoneUrl;

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
        widgetId = WidgetRows.relatedWidgetId();
        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET SOURCES='manual,copurchase,trending', MAX_ITEMS=4"
                + " WHERE WIDGET_ID=" + widgetId);
        WidgetRows.update("INSERT INTO UPLIFT_EXPERIMENT (EXPERIMENT_ID, NAME, SLOT, WIDGET_ID, HOLDOUT_PERCENT,"
                + " VARIANTS_TEXT, STATE, STARTED_AT, SALT) VALUES (" + EXPERIMENT + ", 'Results test: 3 vs 5', 'product', "
                + widgetId + ", 20, 'three 50 count=3\nfive 50 count=5', 'RUNNING', CURRENT_TIMESTAMP, 'results-it')");
        WidgetRows.refreshSite();
        experiments().refresh();
        phoneUrl = Shopper.productUrl(Shopper.productId("Nova X 128 GB"));
    }

    @After
    public void cleanUp() throws Exception {
        WidgetRows.update("DELETE FROM UPLIFT_EXPERIMENT WHERE EXPERIMENT_ID = " + EXPERIMENT);
        WidgetRows.update("DELETE FROM UPLIFT_EXPERIMENT_VISITOR WHERE EXPERIMENT_ID = '" + EXPERIMENT + "'");
        WidgetRows.restoreDefaults();
        experiments().refresh();
    }

    static ExperimentsCache experiments() {
        return DemoStoreHarness.siteContext().getBean("blUpliftExperiments", ExperimentsCache.class);
    }

    static void flush() {
        DemoStoreHarness.siteContext().getBean("blUpliftExposureRecorder", ExposureRecorder.class).flush();
        DemoStoreHarness.siteContext().getBean("blUpliftEventRecorder", EventRecorder.class).flush();
    }

    /** customer id -> arm of the experiment's stored exposures. */
    static Map<Long, String> exposures() throws Exception {
        Map<Long, String> rows = new LinkedHashMap<>();
        // two columns, no string concatenation: the SQL runs on HSQLDB, PostgreSQL and MariaDB alike
        try (java.sql.Connection c = DemoStoreHarness.jdbc();
             java.sql.PreparedStatement s = c.prepareStatement(
                     "SELECT CUSTOMER_ID, ARM FROM UPLIFT_EXPERIMENT_VISITOR WHERE EXPERIMENT_ID = ?")) {
            s.setString(1, EXPERIMENT);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return rows;
    }

    private static final class Visitor {
        final Shopper shopper = new Shopper();
        String arm;
        long customer;
        Document page;
    }

    @Test
    public void visitorsOrdersAndAcceptancePerArmWithIntervalsAndVerdicts() throws Exception {
        Experiment running = experiments().running(SlotKey.PRODUCT).stream()
                .filter(e -> e.getId().equals(EXPERIMENT)).findFirst().orElse(null);
        assertNotNull("the experiment runs on the storefront: " + experiments().getRejected(), running);
        ExperimentAssigner assigner = new ExperimentAssigner();

        // visitors meet the product page until each arm has at least 12 (the exposure tells each one's customer)
        Map<String, List<Visitor>> arms = new LinkedHashMap<>();
        for (String a : new String[] {"three", "five", "holdout"}) {
            arms.put(a, new ArrayList<>());
        }
        Set<Long> known = new HashSet<>(exposures().keySet());
        for (int i = 0; i < 300 && arms.values().stream().anyMatch(l -> l.size() < 12); i++) {
            Visitor v = new Visitor();
            HttpResponse<String> r = v.shopper.http.get(DemoStoreHarness.site(phoneUrl));
            assertEquals(200, r.statusCode());
            v.page = Http.parse(r);
            flush();
            Map<Long, String> now = exposures();
            now.keySet().removeAll(known);
            assertEquals("one exposure for a new visitor: " + now, 1, now.size());
            v.customer = now.keySet().iterator().next();
            v.arm = now.get(v.customer);
            known.add(v.customer);
            assertEquals("the stored arm is the sticky assignment", assigner.assign(running, "c:" + v.customer)
                    .getArm(), v.arm);
            Element widget = v.page.selectFirst(".uplift-slot--product [data-uplift-widget=" + widgetId + "]");
            int cards = widget == null ? 0 : widget.select(".uplift-card").size();
            assertEquals("cards of arm " + v.arm, "holdout".equals(v.arm) ? 0 : "three".equals(v.arm) ? 3 : 5, cards);
            arms.get(v.arm).add(v);
        }
        // a reload and a second page add no exposure
        Visitor again = arms.get("three").get(0);
        again.shopper.http.get(DemoStoreHarness.site(phoneUrl));
        flush();
        assertEquals(known.size(), exposures().size());

        // in each arm: the first ORDERS_PER_ARM visitors buy the phone; in the variants they also take the widget's
        // first card (the page's script sends the card's strategy) and report the widget seen
        String strategy = null;
        for (Map.Entry<String, List<Visitor>> arm : arms.entrySet()) {
            for (Visitor v : arm.getValue().subList(0, ORDERS_PER_ARM)) {
                if (!"holdout".equals(arm.getKey())) {
                    Element widget = v.page.selectFirst(".uplift-slot--product [data-uplift-widget=" + widgetId + "]");
                    Element card = widget.selectFirst(".uplift-card");
                    String pageView = v.page.selectFirst(".uplift-slot--product").attr("data-uplift-page-view");
                    Map<String, String> events = new LinkedHashMap<>();
                    events.put("csrfToken", v.page.selectFirst("input[name=csrfToken]").attr("value"));
                    events.put("events", "[{\"type\":\"IMPRESSION_SEEN\",\"pageView\":\"" + pageView + "\",\"widget\":\""
                            + widgetId + "\",\"ts\":" + Instant.now().toEpochMilli() + "}]");
                    HttpResponse<String> sent = v.shopper.http.postAccept(DemoStoreHarness.site("/uplift/events"),
                            events, "application/json");
                    assertEquals(sent.body(), 200, sent.statusCode());
                    Map<String, String> form = Http.formFields(widget.selectFirst("form"));
                    form.put("productId", card.attr("data-product-id"));
                    form.put("upliftStrategy", card.attr("data-uplift-source"));
                    strategy = card.attr("data-uplift-source");
                    HttpResponse<String> added = v.shopper.quickAddJson(form);
                    assertEquals(added.body(), 200, added.statusCode());
                }
                v.shopper.add("Nova X 128 GB", 1);
                v.shopper.checkout();
            }
        }
        flush();

        // the suggestion's line carries widget, type, slot, the card's strategy, the experiment and the arm
        for (String arm : new String[] {"three", "five"}) {
            Visitor buyer = arms.get(arm).get(0);
            List<String> attributions = Sql.strings("SELECT a.VALUE FROM BLC_ORDER_ITEM_ATTRIBUTE a"
                    + " JOIN BLC_ORDER_ITEM i ON i.ORDER_ITEM_ID = a.ORDER_ITEM_ID JOIN BLC_ORDER o ON o.ORDER_ID = i.ORDER_ID"
                    + " WHERE a.NAME = 'upliftSource' AND o.CUSTOMER_ID = " + buyer.customer);
            assertEquals(List.of(widgetId + "|RELATED_PRODUCTS|product|" + strategy + "|" + EXPERIMENT + "|" + arm),
                    attributions);
        }
        assertFalse("a strategy was sent", strategy == null || strategy.isEmpty());
        assertEquals("no event names the experiment for the hold-out", 0, Sql.count("SELECT COUNT(*) FROM UPLIFT_EVENT"
                + " WHERE EXPERIMENT_ID = '" + EXPERIMENT + "' AND VARIANT = 'holdout'"));

        // the dashboard's arms equal what the tables say
        AdminSession admin = AdminSession.login("admin", "admin");
        HttpResponse<String> r = admin.http.get(DemoStoreHarness.admin("/uplift-dashboard"));
        assertEquals(200, r.statusCode());
        Element section = Http.parse(r).selectFirst(".uplift-experiment[data-experiment=" + EXPERIMENT + "]");
        assertNotNull("the experiment's results on the dashboard", section);
        assertTrue(section.text(), section.selectFirst("h3").text().startsWith("Results test: 3 vs 5"));
        for (String arm : arms.keySet()) {
            Element row = section.selectFirst(".uplift-experiment-arms tr[data-arm=" + arm + "]");
            assertNotNull("row of " + arm, row);
            List<String> cells = row.select("td").eachText();
            String where = " FROM UPLIFT_EXPERIMENT_VISITOR v JOIN BLC_ORDER o ON o.CUSTOMER_ID = v.CUSTOMER_ID"
                    + " WHERE v.EXPERIMENT_ID = '" + EXPERIMENT + "' AND v.ARM = '" + arm + "'"
                    + " AND o.ORDER_STATUS = 'SUBMITTED' AND o.SUBMIT_DATE >= v.FIRST_SEEN";
            long visitors = Sql.count("SELECT COUNT(*) FROM UPLIFT_EXPERIMENT_VISITOR WHERE EXPERIMENT_ID = '"
                    + EXPERIMENT + "' AND ARM = '" + arm + "'");
            long orders = Sql.count("SELECT COUNT(*)" + where);
            BigDecimal revenue = (BigDecimal) Sql.row("SELECT SUM(o.ORDER_TOTAL)" + where)[0];
            long accepted = Sql.count("SELECT COUNT(*) FROM UPLIFT_EVENT WHERE EVENT_TYPE = 'PURCHASE'"
                    + " AND EXPERIMENT_ID = '" + EXPERIMENT + "' AND VARIANT = '" + arm + "'");
            assertEquals(arm, String.valueOf(visitors), cells.get(1));
            assertEquals(arm + " orders", ORDERS_PER_ARM, orders);
            assertEquals(arm, String.valueOf(orders), cells.get(3));
            assertEquals(arm + " accepted lines", "holdout".equals(arm) ? 0 : ORDERS_PER_ARM, accepted);
            assertEquals(arm, String.valueOf(accepted), cells.get(6));
            assertEquals(arm + " revenue", String.format(Locale.ROOT, "$%,.2f", revenue), cells.get(9));
            assertEquals(arm + " revenue per visitor", String.format(Locale.ROOT, "$%,.2f",
                    revenue.divide(BigDecimal.valueOf(visitors), 2, RoundingMode.HALF_UP)), cells.get(10));
        }
        // five vs three and all variants vs the hold-out, four metrics each, each with an interval and a verdict
        List<Element> comparisons = section.select(".uplift-experiment-comparisons tbody tr");
        assertEquals(8, comparisons.size());
        assertTrue("no small-sample warning: " + section.select(".uplift-warning").eachText(),
                section.select(".uplift-warning").isEmpty());
        for (Element c : comparisons) {
            List<String> cells = c.select("td").eachText();
            assertTrue(cells.toString(), List.of("NOT_SIGNIFICANT", "BETTER", "WORSE", "NO_DATA")
                    .contains(c.attr("data-verdict")));
            if (!"NO_DATA".equals(c.attr("data-verdict"))) {
                assertTrue("an interval: " + cells, cells.get(5).startsWith("["));
            }
        }
        // the hold-out sees no suggestions: its AOV lacks the accessory, so AOV is higher for the variants
        Element aovVsHoldout = comparisons.stream().filter(c -> c.text().startsWith("all variants vs holdout AOV"))
                .findFirst().orElse(null);
        assertNotNull(aovVsHoldout);
        assertTrue(aovVsHoldout.text(), aovVsHoldout.select("td").get(4).text().startsWith("+$"));
    }
}
