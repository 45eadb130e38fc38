package io.uplift.engine.metrics;

import org.junit.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

public class MetricsTableTest {

    @Test
    public void csvQuotesOnlyWhereNeededDoublesQuotesAndEndsLinesWithCrlf() {
        MetricsTable t = new MetricsTable(Arrays.asList("widget", "note"), Arrays.asList(
                Arrays.asList("Add these too, now", "say \"hi\""),
                Arrays.asList("two\nlines", ""),
                Arrays.asList("plain", "0.1250")));
        assertEquals("widget,note\r\n"
                + "\"Add these too, now\",\"say \"\"hi\"\"\"\r\n"
                + "\"two\nlines\",\r\n"
                + "plain,0.1250\r\n", t.toCsv());
    }

    @Test
    public void theDailyTableHasOneRowPerDayWithEmptyCellsForMissingRatios() {
        MetricsTable t = MetricsTable.daily(MetricsCalculatorTest.REPORT);
        assertEquals(12 + 2 * 6, t.getHeader().size());
        assertEquals(Arrays.asList("day", "orders", "revenue", "aov", "upt"), t.getHeader().subList(0, 5));
        assertEquals("acceptance_cross_sell", t.getHeader().get(12));
        assertEquals(t.getHeader().size(), t.getLabels().size());
        assertEquals(Arrays.asList("Day", "Orders", "Revenue", "AOV", "Units per order"), t.getLabels().subList(0, 5));
        assertEquals("Acceptance, cross-sell", t.getLabels().get(12));
        assertEquals("Add-to-cart rate, add-on", t.getLabels().get(23));
        assertEquals("the CSV keeps the column names", "day,orders,revenue", t.toCsv().substring(0, 18));
        assertEquals(3, t.getRows().size());
        List<String> day1 = t.getRows().get(0);
        assertEquals(Arrays.asList("2026-11-01", "3", "369.90", "123.30", "2.00", "2", "159.95", "2.50", "1",
                "50.00", "1.00", "40.00", "0.0333", "0.0667"), day1.subList(0, 14));
        List<String> day2 = t.getRows().get(1);
        assertEquals(Arrays.asList("2026-11-02", "0", "0.00", "", ""), day2.subList(0, 5));
        String csv = t.toCsv();
        assertEquals(4, csv.split("\r\n").length);
    }

    @Test
    public void theWidgetTableListsCtrPerWidget() {
        MetricsTable t = MetricsTable.widgets(MetricsCalculatorTest.REPORT.getRange());
        assertEquals(Arrays.asList("7", "ALSO_BOUGHT", "CROSS_SELL", "40", "30", "6", "0.2000", "0.1500"),
                t.getRows().get(1));
        assertEquals(Arrays.asList("Widget", "Widget type", "Suggestion type", "Rendered", "Seen", "Clicks",
                "CTR of seen", "CTR of rendered"), t.getLabels());
        assertEquals("widget_id", t.getHeader().get(0));
    }

    @Test
    public void aRowOfTheWrongWidthIsRefused() {
        try {
            new MetricsTable(Arrays.asList("a", "b"), Collections.singletonList(Arrays.asList("1")));
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("row has 1 cells, the header 2: [1]", e.getMessage());
        }
        try {
            new MetricsTable(Arrays.asList("a", "b"), Arrays.asList("A"), Collections.<List<String>>emptyList());
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("labels [A] for the header [a, b]", e.getMessage());
        }
    }
}
