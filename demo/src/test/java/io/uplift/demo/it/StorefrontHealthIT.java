package io.uplift.demo.it;

import io.uplift.broadleaf.health.NodeHealthReporter;
import io.uplift.slot.WidgetFailures;
import io.uplift.web.slot.SlotCostMeter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * "Storefront health" across the two applications: the site (in this JVM) writes its node's counters to
 * {@code UPLIFT_NODE_HEALTH}; the admin (its own process) reads them on the dashboard. A failure the storefront
 * counted, its events written and its render cache hits show on the node's row; a node that stopped reporting shows
 * as not reporting and is named at the top; a node gone for longer than the keep time is deleted; a report that
 * cannot be written (the table renamed away) is counted and the next one after the fault works again. The admin
 * application reports its own failures the same way, as a node named "admin ...".
 */
public class StorefrontHealthIT {

    private static final String GONE = "health-it-gone";
    private static final String SILENT = "health-it-silent";

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
        WidgetRows.restoreDefaults();
        WidgetRows.refreshSite();
    }

    @After
    public void cleanUp() throws Exception {
        WidgetRows.update("DELETE FROM UPLIFT_NODE_HEALTH WHERE NODE_ID IN ('" + GONE + "', '" + SILENT + "')");
    }

    private static NodeHealthReporter reporter() {
        return DemoStoreHarness.siteContext().getBean("blUpliftHealthReporter", NodeHealthReporter.class);
    }

    private static WidgetFailures failures() {
        return DemoStoreHarness.siteContext().getBean("blUpliftWidgetFailures", WidgetFailures.class);
    }

    private static void fakeNode(String node, long secondsAgo) throws Exception {
        WidgetRows.update("INSERT INTO UPLIFT_NODE_HEALTH (HEALTH_KEY, NODE_ID, COUNTER_NAME, COUNTER_VALUE, STARTED_AT,"
                + " REPORTED_AT) VALUES ('" + node + "|node.reports', '" + node + "', 'node.reports', 3, "
                + Sql.fromNow(-secondsAgo - 600) + ", " + Sql.fromNow(-secondsAgo) + ")");
    }

    private static Element nodeRow(Document page, String node) {
        for (Element tr : page.select("table.uplift-health-table tbody tr")) {
            if (node.equals(tr.attr("data-node"))) {
                return tr;
            }
        }
        return null;
    }

    @Test
    public void theAdminShowsWhatTheStorefrontNodeCountedAndWhichNodesAreSilent() throws Exception {
        String product = Shopper.productUrl(Shopper.productId("Nova X 128 GB"));
        SlotCostMeter meter = DemoStoreHarness.siteContext().getBean("blUpliftSlotCostMeter", SlotCostMeter.class);
        assertTrue("this JVM has a thread CPU clock", meter.isEnabled());
        long pages = meter.getPages();
        long tags = meter.getTags();
        long nanos = meter.getNanos();
        // first visits (all but the first served from the render cache); one page in getEvery() is timed, so as
        // many pages as that are sure to time one
        int visits = Math.max(3, meter.getEvery());
        for (int i = 0; i < visits; i++) {
            assertEquals(200, new Shopper().http.get(DemoStoreHarness.site(product)).statusCode());
        }
        assertTrue("each page is counted once: " + (meter.getPages() - pages), meter.getPages() - pages >= visits);
        assertTrue("each page's slot tags are counted (the product slot; an empty cart has no mini-cart panel): "
                + (meter.getTags() - tags), meter.getTags() - tags >= meter.getPages() - pages);
        assertTrue("their CPU time is measured", meter.getNanos() > nanos);
        String kind = "health-it:probe";
        long before = failures().count(kind);
        failures().record(kind, "StorefrontHealthIT", new IllegalStateException("injected"));
        failures().record(kind, "StorefrontHealthIT", null);
        fakeNode(SILENT, 600);
        fakeNode(GONE, 8L * 24 * 3600);

        assertTrue("the report is written", reporter().report());
        Map<String, Long> counters = reporter().counters();
        assertTrue("events written: " + counters, counters.get("events.written") > 0);
        assertTrue("render cache hits of the repeated product page: " + counters, counters.get("renderCache.hits") > 0);
        String node = reporter().getNode();
        assertEquals("the node's failure row", before + 2, Sql.count("SELECT COUNTER_VALUE FROM UPLIFT_NODE_HEALTH"
                + " WHERE HEALTH_KEY = '" + node + "|failures." + kind + "'"));
        assertEquals("a node silent for longer than the keep time is deleted", 0,
                Sql.count("SELECT COUNT(*) FROM UPLIFT_NODE_HEALTH WHERE NODE_ID = '" + GONE + "'"));

        AdminSession admin = AdminSession.login("admin", "admin");
        Document page = Http.parse(admin.http.get(DemoStoreHarness.admin("/uplift-dashboard")));
        Element row = nodeRow(page, node);
        assertNotNull("the site's node is listed: " + page.select("#health ~ table").outerHtml(), row);
        // earlier tests of the run may have made the node lose events (EventsIT's missing table): worse than failures
        boolean losing = counters.get("events.lost") > 0 || counters.get("exposures.dropped") > 0;
        assertEquals(losing ? "losing" : "failures", row.attr("data-status"));
        assertEquals(losing ? "losing data" : "failures (recovered)", row.selectFirst(".uplift-health-status").text());
        Element failure = row.selectFirst(".uplift-health-failures li[data-kind=" + kind + "]");
        assertNotNull("the failure kind is named: " + row.outerHtml(), failure);
        assertEquals(String.valueOf(before + 2), failure.attr("data-count"));
        String events = row.selectFirst(".uplift-health-events").text();
        assertTrue("events written / lost: " + events, events.matches("[1-9][0-9]* / [0-9]+"));
        String cache = row.selectFirst(".uplift-health-cache").text();
        assertTrue("render cache hit rate: " + cache, cache.matches("[0-9.]+ % \\([0-9]+\\)"));
        String cpu = row.selectFirst(".uplift-health-cpu").text();
        assertTrue("Uplift's CPU per page: " + cpu, cpu.matches("[0-9]+\\.[0-9]{2} ms"));
        assertEquals("the reported tags' time over their pages", String.format(java.util.Locale.ROOT, "%.2f ms",
                counters.get("slots.cpuNanos") / 1e6 / counters.get("slots.pages")), cpu);
        assertTrue("reported just now: " + row.selectFirst(".uplift-health-age").text(),
                row.selectFirst(".uplift-health-age").text().endsWith(" s ago"));

        Element silent = nodeRow(page, SILENT);
        assertNotNull("the silent node is listed", silent);
        assertEquals("silent", silent.attr("data-status"));
        assertEquals("not reporting", silent.selectFirst(".uplift-health-status").text());
        assertEquals("10 min ago", silent.selectFirst(".uplift-health-age").text());
        assertNull("the deleted node is not listed", nodeRow(page, GONE));
        Element alert = page.selectFirst(".uplift-health-alert a[href=#health]");
        assertNotNull("nodes that need a look are named at the top", alert);
        assertTrue(alert.text(), alert.text().matches("Storefront and admin health: [0-9]+ nodes? needs? a look"));
    }

    @Test
    public void theAdminReportsItsOwnFailuresBelowTheStorefrontNodes() throws Exception {
        String kind = "admin:health";
        String stored = "SELECT COALESCE(MAX(COUNTER_VALUE), 0) FROM UPLIFT_NODE_HEALTH WHERE NODE_ID LIKE 'admin %'"
                + " AND COUNTER_NAME = 'failures." + kind + "'";
        long before = Sql.count(stored);
        AdminSession admin = AdminSession.login("admin", "admin");
        // the admin's dashboard cannot read the nodes' table: the page says so and the admin counts the failure
        WidgetRows.update("ALTER TABLE UPLIFT_NODE_HEALTH RENAME TO UPLIFT_NODE_HEALTH_AWAY");
        try {
            Document page = Http.parse(admin.http.get(DemoStoreHarness.admin("/uplift-dashboard")));
            assertTrue("the page says what it could not show: " + page.select("p.uplift-error").text(),
                    page.select("p.uplift-error").text().contains("could not be read (UPLIFT_NODE_HEALTH)"));
            assertNull("no table without the reports", page.selectFirst("table.uplift-health-table"));
        } finally {
            WidgetRows.update("ALTER TABLE UPLIFT_NODE_HEALTH_AWAY RENAME TO UPLIFT_NODE_HEALTH");
        }
        // the admin reports every 5 s in the tests (30 s by default): its next report carries the failure
        long until = System.currentTimeMillis() + 30_000;
        while (Sql.count(stored) < before + 1) {
            assertTrue("the admin's report carries the failure within 30 s", System.currentTimeMillis() < until);
            Thread.sleep(500);
        }

        Document page = Http.parse(admin.http.get(DemoStoreHarness.admin("/uplift-dashboard")));
        Element first = page.selectFirst("table.uplift-health-table tbody tr");
        assertEquals("storefront nodes come first", "storefront", first.attr("data-role"));
        Element row = page.selectFirst("table.uplift-health-table tbody tr[data-role=admin]");
        assertNotNull("the admin's own node is listed: " + page.select("table.uplift-health-table").outerHtml(), row);
        assertTrue(row.attr("data-node"), row.attr("data-node").startsWith("admin "));
        assertEquals("failures", row.attr("data-status"));
        Element failure = row.selectFirst(".uplift-health-failures li[data-kind=\"" + kind + "\"]");
        assertNotNull("the failure kind is named: " + row.outerHtml(), failure);
        assertTrue(failure.attr("data-count"), Long.parseLong(failure.attr("data-count")) >= before + 1);
        assertEquals("no events in an admin", "-", row.selectFirst(".uplift-health-events").text());
        assertEquals("no render cache in an admin", "-", row.selectFirst(".uplift-health-cache").text());
    }

    @Test
    public void aReportThatCannotBeWrittenIsCountedAndTheNextOneAfterTheFaultIsWritten() throws Exception {
        long before = failures().count(NodeHealthReporter.REPORT_FAILURE);
        WidgetRows.update("ALTER TABLE UPLIFT_NODE_HEALTH RENAME TO UPLIFT_NODE_HEALTH_AWAY");
        try {
            assertFalse("no table, no report", reporter().report());
            // (the node's own 30 s turn may fail in this window too)
            assertTrue("the failed report is counted",
                    failures().count(NodeHealthReporter.REPORT_FAILURE) >= before + 1);
        } finally {
            WidgetRows.update("ALTER TABLE UPLIFT_NODE_HEALTH_AWAY RENAME TO UPLIFT_NODE_HEALTH");
        }
        assertTrue("the table is back: the next report is written", reporter().report());
        assertEquals("the failed report shows on the node's own row",
                failures().count(NodeHealthReporter.REPORT_FAILURE), Sql.count("SELECT COUNTER_VALUE"
                + " FROM UPLIFT_NODE_HEALTH WHERE HEALTH_KEY = '" + reporter().getNode() + "|failures."
                + NodeHealthReporter.REPORT_FAILURE + "'"));
    }
}
