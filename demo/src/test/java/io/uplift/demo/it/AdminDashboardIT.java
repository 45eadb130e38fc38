package io.uplift.demo.it;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * Uplift &gt; Dashboard in the real admin over the demo's real orders: the figures equal what the test computes from
 * the order tables itself (orders, AOV, AOV with and without an accepted suggestion, attributed revenue of a line that
 * carries an attribution), the CSV export carries the same days, bad ranges are refused with the value quoted, the
 * chart library comes from its webjar, and an admin without the permission gets 403.
 */
public class AdminDashboardIT {

    private static final String SECTION = "/uplift-dashboard";
    private static final long ATTRIBUTE_IDS = 990_000L;

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
    }

    @After
    public void cleanUp() throws Exception {
        WidgetRows.update("DELETE FROM BLC_ORDER_ITEM_ATTRIBUTE WHERE ORDER_ITEM_ATTRIBUTE_ID >= " + ATTRIBUTE_IDS
                + " AND ORDER_ITEM_ATTRIBUTE_ID < " + (ATTRIBUTE_IDS + 100));
    }

    private static String range(LocalDate from, LocalDate to) {
        return "SUBMIT_DATE >= TIMESTAMP '" + from + " 00:00:00' AND SUBMIT_DATE < TIMESTAMP '" + to.plusDays(1)
                + " 00:00:00'";
    }

    private static String kpi(Document page, String id) {
        Element e = page.selectFirst("#" + id + " .uplift-kpi__value");
        assertNotNull(id, e);
        return e.text();
    }

    @Test
    public void withoutAnEventTableTheDashboardSaysSoAndStillShowsTheOrders() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        String missing = "No events are stored yet";
        for (String table : new String[] {"UPLIFT_EVENT", "UPLIFT_IMPRESSION_COUNT"}) {
            Document before = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION)));
            assertFalse(table + " is there: no note", before.text().contains(missing));
            String orders = kpi(before, "uplift-kpi-orders");
            Document without;
            WidgetRows.update("ALTER TABLE " + table + " RENAME TO " + table + "_AWAY");
            try {
                HttpResponse<String> r = admin.http.get(DemoStoreHarness.admin(SECTION));
                assertEquals(table + " away: the page still renders", 200, r.statusCode());
                without = Http.parse(r);
            } finally {
                WidgetRows.update("ALTER TABLE " + table + "_AWAY RENAME TO " + table);
            }
            assertTrue(table + " away: the note says so", without.text().contains(missing));
            assertEquals(table + " away: the orders are still read", orders, kpi(without, "uplift-kpi-orders"));
            assertFalse(table + " back: no note", Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION))).text()
                    .contains(missing));
        }
    }

    @Test
    public void theFiguresEqualTheOrderTablesAndAnAttributedLineCounts() throws Exception {
        Shopper s = new Shopper();
        s.add("Nova X Case", 2);
        s.add("20W USB-C Charger", 1);
        String number = s.checkout();
        List<Long> lines = Sql.ids("SELECT i.ORDER_ITEM_ID FROM BLC_ORDER_ITEM i JOIN BLC_ORDER o ON o.ORDER_ID = i.ORDER_ID"
                + " WHERE o.ORDER_NUMBER = '" + number + "' ORDER BY i.ORDER_ITEM_ID");
        // the charger's line as if added from a "customers also bought" card; a malformed one on the case's line
        WidgetRows.update("INSERT INTO BLC_ORDER_ITEM_ATTRIBUTE (ORDER_ITEM_ATTRIBUTE_ID, NAME, VALUE, ORDER_ITEM_ID)"
                + " VALUES (" + ATTRIBUTE_IDS + ", 'upliftSource', '5|ALSO_BOUGHT|PRODUCT|copurchase||', " + lines.get(1) + ")");
        WidgetRows.update("INSERT INTO BLC_ORDER_ITEM_ATTRIBUTE (ORDER_ITEM_ATTRIBUTE_ID, NAME, VALUE, ORDER_ITEM_ID)"
                + " VALUES (" + (ATTRIBUTE_IDS + 1) + ", 'upliftSource', 'nonsense', " + lines.get(0) + ")");

        LocalDate to = LocalDate.now(ZoneId.systemDefault());
        LocalDate from = to.minusDays(29);
        AdminSession admin = AdminSession.login("admin", "admin");
        HttpResponse<String> r = admin.http.get(DemoStoreHarness.admin(SECTION));
        assertEquals(200, r.statusCode());
        Document page = Http.parse(r);

        String products = " AND EXISTS (SELECT 1 FROM BLC_ORDER_ITEM i JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID"
                + " = i.ORDER_ITEM_ID WHERE i.ORDER_ID = o.ORDER_ID AND d.PRODUCT_ID IS NOT NULL)";
        // lines with a readable attribution (widget id|TYPE|SLOT|strategy|experiment|variant), e.g. from other tests
        String attributedLine = "SELECT i.ORDER_ITEM_ID FROM BLC_ORDER_ITEM i JOIN BLC_ORDER_ITEM_ATTRIBUTE a ON"
                + " a.ORDER_ITEM_ID = i.ORDER_ITEM_ID AND a.NAME = 'upliftSource' AND "
                + Sql.matches("a.VALUE", "[0-9]+[|][A-Za-z_]+[|][A-Za-z_-]+[|][^|]*[|][^|]*[|][^|]*") + " JOIN BLC_DISCRETE_ORDER_ITEM d ON"
                + " d.ORDER_ITEM_ID = i.ORDER_ITEM_ID AND d.PRODUCT_ID IS NOT NULL";
        String withSuggestion = " AND EXISTS (SELECT 1 FROM BLC_ORDER_ITEM w WHERE w.ORDER_ID = o.ORDER_ID AND"
                + " w.ORDER_ITEM_ID IN (" + attributedLine + "))";
        long orders = Sql.count("SELECT COUNT(*) FROM BLC_ORDER o WHERE o.ORDER_STATUS = 'SUBMITTED' AND o."
                + range(from, to) + products);
        assertTrue("the demo's history has orders in the last 30 days: " + orders, orders > 10);
        assertEquals(String.valueOf(orders), kpi(page, "uplift-kpi-orders"));
        BigDecimal revenue = new BigDecimal(Sql.row("SELECT SUM(ROUND(o.ORDER_TOTAL, 2)) FROM BLC_ORDER o WHERE"
                + " o.ORDER_STATUS = 'SUBMITTED' AND o." + range(from, to) + products)[0].toString());
        assertEquals("AOV = revenue / orders", "$" + revenue.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP),
                kpi(page, "uplift-kpi-aov"));
        long withOrders = Sql.count("SELECT COUNT(*) FROM BLC_ORDER o WHERE o.ORDER_STATUS = 'SUBMITTED' AND o."
                + range(from, to) + products + withSuggestion);
        assertTrue("at least this test's order has an accepted suggestion", withOrders >= 1);
        BigDecimal withRevenue = new BigDecimal(Sql.row("SELECT SUM(ROUND(o.ORDER_TOTAL, 2)) FROM BLC_ORDER o WHERE"
                + " o.ORDER_STATUS = 'SUBMITTED' AND o." + range(from, to) + products + withSuggestion)[0].toString());
        assertEquals("AOV of the orders with an accepted suggestion", "$" + withRevenue.divide(BigDecimal.valueOf(withOrders),
                2, RoundingMode.HALF_UP), kpi(page, "uplift-kpi-aov-with"));
        BigDecimal attributed = new BigDecimal(Sql.row("SELECT SUM(ROUND(i.PRICE * i.QUANTITY, 2)) FROM BLC_ORDER_ITEM i"
                + " JOIN BLC_ORDER o ON o.ORDER_ID = i.ORDER_ID WHERE o.ORDER_STATUS = 'SUBMITTED' AND o." + range(from, to)
                + " AND i.ORDER_ITEM_ID IN (" + attributedLine + ")")[0].toString());
        BigDecimal charger = new BigDecimal(Sql.row("SELECT ROUND(PRICE * QUANTITY, 2) FROM BLC_ORDER_ITEM WHERE"
                + " ORDER_ITEM_ID = " + lines.get(1))[0].toString());
        assertTrue("the charger's line is among them", attributed.compareTo(charger) >= 0);
        assertEquals("attributed revenue: the attributed lines", "$" + attributed.setScale(2), kpi(page,
                "uplift-kpi-attributed"));
        BigDecimal without = revenue.subtract(withRevenue).divide(BigDecimal.valueOf(orders - withOrders), 2,
                RoundingMode.HALF_UP);
        assertEquals("$" + without, kpi(page, "uplift-kpi-aov-without"));
        assertTrue(page.text(), page.text().contains("1 order lines carry an attribution that cannot be read"));
        assertNotNull("the charts' data", page.selectFirst("#uplift-dashboard-series[data-series]"));
        assertEquals(30, page.select(".uplift-daily-table tbody tr").size());

        HttpResponse<String> csv = admin.http.get(DemoStoreHarness.admin(SECTION + "/daily.csv?from=" + from + "&to=" + to));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse(""), csv.headers().firstValue("Content-Type")
                .orElse("").startsWith("text/csv"));
        String[] rows = csv.body().split("\r\n");
        assertEquals("a header and one row per day", 31, rows.length);
        assertTrue(rows[30], rows[30].startsWith(to.toString() + ","));

        HttpResponse<String> js = admin.http.get(DemoStoreHarness.admin(SECTION + "/echarts.min.js"));
        assertEquals(200, js.statusCode());
        assertTrue("ECharts from its webjar", js.body().length() > 500_000 && js.body().contains("echarts"));
    }

    /** A widget id no configuration has: its rows are this test's alone. */
    private static final long COUNTED_WIDGET = 990_001L;

    @Test
    public void renderedImpressionsAreEveryNodesAndArmsCountsPlusRowsOfOlderVersions() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        try {
            WidgetRows.update("INSERT INTO UPLIFT_IMPRESSION_COUNT (COUNT_KEY, NODE_ID, EVENT_DAY, WIDGET_ID, WIDGET_TYPE,"
                    + " SLOT, SUGGESTION_TYPE, EXPERIMENT_ID, VARIANT, RENDERED, UPDATED_AT) VALUES ('it-a', 'node-a', DATE '"
                    + today + "', " + COUNTED_WIDGET + ", 'ALSO_BOUGHT', 'product', 'CROSS_SELL', NULL, NULL, 40,"
                    + " TIMESTAMP '" + today + " 00:00:01')");
            WidgetRows.update("INSERT INTO UPLIFT_IMPRESSION_COUNT (COUNT_KEY, NODE_ID, EVENT_DAY, WIDGET_ID, WIDGET_TYPE,"
                    + " SLOT, SUGGESTION_TYPE, EXPERIMENT_ID, VARIANT, RENDERED, UPDATED_AT) VALUES ('it-b', 'node-b', DATE '"
                    + today + "', " + COUNTED_WIDGET + ", 'ALSO_BOUGHT', 'product', 'CROSS_SELL', 'exp', 'b', 2,"
                    + " TIMESTAMP '" + today + " 00:00:01')");
            // a row per rendered widget, as versions before schema 4 wrote them
            WidgetRows.update("INSERT INTO UPLIFT_EVENT (EVENT_TYPE, EVENT_DAY, EVENT_TIME, VISITOR_KEY, PAGE_VIEW_ID,"
                    + " WIDGET_ID, WIDGET_TYPE, SLOT, SUGGESTION_TYPE, IDEMPOTENCY_KEY) VALUES ('IMPRESSION_RENDERED', DATE '"
                    + today + "', TIMESTAMP '" + today + " 00:00:01', 'c:1', 'p-it', " + COUNTED_WIDGET + ", 'ALSO_BOUGHT',"
                    + " 'product', 'CROSS_SELL', 'IMPRESSION_RENDERED|p-it|" + COUNTED_WIDGET + "|-')");
            AdminSession admin = AdminSession.login("admin", "admin");
            Document page = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION)));
            List<String> header = page.select(".uplift-widgets-table thead th").eachText();
            Element row = null;
            for (Element tr : page.select(".uplift-widgets-table tbody tr")) {
                if (tr.child(0).text().equals(String.valueOf(COUNTED_WIDGET))) {
                    row = tr;
                }
            }
            assertNotNull("the widget's row: " + page.select(".uplift-widgets-table").text(), row);
            assertEquals("40 + 2 counted by two nodes, 1 older row", "43", row.child(header.indexOf("Rendered")).text());
        } finally {
            WidgetRows.update("DELETE FROM UPLIFT_IMPRESSION_COUNT WHERE WIDGET_ID = " + COUNTED_WIDGET);
            WidgetRows.update("DELETE FROM UPLIFT_EVENT WHERE WIDGET_ID = " + COUNTED_WIDGET);
        }
    }

    @Test
    public void badRangesAreRefusedWithTheValueQuoted() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        Document page = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION + "?from=2026-13-01&to=2026-12-31")));
        assertEquals("Days are written 2026-11-30: '2026-13-01' to '2026-12-31'. Showing the last 30 days.",
                page.selectFirst(".uplift-range-error").text());
        assertEquals(30, page.select(".uplift-daily-table tbody tr").size());
        page = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION + "?from=2026-05-02&to=2026-05-01")));
        assertTrue(page.selectFirst(".uplift-range-error").text().startsWith(
                "The range must end on or after its first day: '2026-05-02' to '2026-05-01'."));
        page = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION + "?from=2024-01-01&to=2026-01-01")));
        assertTrue(page.selectFirst(".uplift-range-error").text().startsWith(
                "The range can be at most 366 days: '2024-01-01' to '2026-01-01'."));
        assertEquals(400, admin.http.get(DemoStoreHarness.admin(SECTION + "/daily.csv?from=x&to=y")).statusCode());
    }

    @Test
    public void anAdminWithoutThePermissionIsRefused() throws Exception {
        WidgetRows.update("DELETE FROM BLC_ADMIN_USER_ROLE_XREF WHERE ADMIN_USER_ID = 902");
        WidgetRows.update("DELETE FROM BLC_ADMIN_USER WHERE ADMIN_USER_ID = 902");
        WidgetRows.update("INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, ACTIVE_STATUS_FLAG, EMAIL, LOGIN, NAME, PASSWORD)"
                + " VALUES (902, TRUE, 'merch3@example.com', 'merch3', 'Merchandiser', 'merch3')");
        WidgetRows.update("INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (902, -2)");
        AdminSession merch = AdminSession.login("merch3", "merch3");
        assertEquals(403, merch.http.get(DemoStoreHarness.admin(SECTION)).statusCode());
        assertEquals(403, merch.http.get(DemoStoreHarness.admin(SECTION + "/daily.csv")).statusCode());
    }
}
