package io.uplift.engine.metrics;

import io.uplift.engine.event.Attribution;
import io.uplift.engine.event.Event;
import io.uplift.engine.event.EventType;
import io.uplift.engine.event.SuggestionType;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Hand-computed fixture (every expected figure below is worked out in the comments, not by the code under test).
 * <pre>
 * 2026-11-01  order 1: 100.00 = P1 1 x 80.00 + P2 2 units 20.00 from ALSO_BOUGHT (widget 7, cross-sell)
 *             order 2:  50.00 = P3 1 x 50.00
 *             order 3: 219.90 = P4 1 x 199.90 + P5 1 x 20.00 from WARRANTY (widget 3)
 *             widget 7 ALSO_BOUGHT: rendered 40, seen 30, clicks 6, add-to-carts 2
 *             widget 3 WARRANTY: rendered 10, seen 8, clicks 1, add-to-carts 1
 *             widget 12 RELATED_PRODUCTS: rendered 20, never seen
 * 2026-11-02  nothing
 * 2026-11-03  order 4: 35.50 = P6 3 units 35.50 from BUNDLE (widget 9)
 *             widget 9 BUNDLE: rendered 5, seen 4, clicks 1, add-to-carts 1, purchases 1
 * 2026-10-31  (outside the range) order 5: 999.00, widget 7 seen 1000
 * </pre>
 */
public class MetricsCalculatorTest {

    static final LocalDate D1 = LocalDate.of(2026, 11, 1);
    static final LocalDate D2 = LocalDate.of(2026, 11, 2);
    static final LocalDate D3 = LocalDate.of(2026, 11, 3);
    static final LocalDate BEFORE = LocalDate.of(2026, 10, 31);

    static final Attribution ALSO_BOUGHT = new Attribution(7, "ALSO_BOUGHT", "product", "copurchase", null, null);
    static final Attribution WARRANTY = new Attribution(3, "WARRANTY", "cart", null, null, null);
    static final Attribution BUNDLE = new Attribution(9, "BUNDLE", "product", null, "exp-1", "five");

    static OrderLine line(long product, int qty, String revenue, Attribution source) {
        return new OrderLine(product, qty, new BigDecimal(revenue), source);
    }

    static final List<OrderFacts> ORDERS = Arrays.asList(
            new OrderFacts(1, D1, new BigDecimal("100.00"),
                    Arrays.asList(line(1, 1, "80.00", null), line(2, 2, "20.00", ALSO_BOUGHT))),
            new OrderFacts(2, D1, new BigDecimal("50"), Arrays.asList(line(3, 1, "50", null))),
            new OrderFacts(3, D1, new BigDecimal("219.90"),
                    Arrays.asList(line(4, 1, "199.90", null), line(5, 1, "20.00", WARRANTY))),
            new OrderFacts(4, D3, new BigDecimal("35.50"), Arrays.asList(line(6, 3, "35.50", BUNDLE))),
            new OrderFacts(5, BEFORE, new BigDecimal("999.00"), Arrays.asList(line(1, 1, "999.00", ALSO_BOUGHT))));

    static final List<EventCount> EVENTS = Arrays.asList(
            new EventCount(D1, 7, "ALSO_BOUGHT", EventType.IMPRESSION_RENDERED, 40),
            new EventCount(D1, 7, "ALSO_BOUGHT", EventType.IMPRESSION_SEEN, 30),
            new EventCount(D1, 7, "ALSO_BOUGHT", EventType.CLICK, 6),
            new EventCount(D1, 7, "ALSO_BOUGHT", EventType.ADD_TO_CART, 2),
            new EventCount(D1, 3, "WARRANTY", EventType.IMPRESSION_RENDERED, 10),
            new EventCount(D1, 3, "WARRANTY", EventType.IMPRESSION_SEEN, 8),
            new EventCount(D1, 3, "WARRANTY", EventType.CLICK, 1),
            new EventCount(D1, 3, "WARRANTY", EventType.ADD_TO_CART, 1),
            new EventCount(D1, 12, "RELATED_PRODUCTS", EventType.IMPRESSION_RENDERED, 20),
            new EventCount(D3, 9, "BUNDLE", EventType.IMPRESSION_RENDERED, 5),
            new EventCount(D3, 9, "BUNDLE", EventType.IMPRESSION_SEEN, 4),
            new EventCount(D3, 9, "BUNDLE", EventType.CLICK, 1),
            new EventCount(D3, 9, "BUNDLE", EventType.ADD_TO_CART, 1),
            new EventCount(D3, 9, "BUNDLE", EventType.PURCHASE, 1),
            new EventCount(BEFORE, 7, "ALSO_BOUGHT", EventType.IMPRESSION_SEEN, 1000));

    static final MetricsCalculator.Report REPORT = new MetricsCalculator().compute(ORDERS, EVENTS, D1, D3);

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    public void aovAndUptPerDayForAllOrdersWithAndWithoutAnAcceptedSuggestion() {
        PeriodMetrics day1 = REPORT.getDays().get(0);
        assertEquals(D1, day1.getFrom());
        // all: 3 orders, units 1+2+1+1+1 = 6, revenue 100 + 50 + 219.90 = 369.90; AOV 123.30, UPT 2.00
        group(day1.getAll(), 3, 6, "369.90", "123.30", "2.00");
        // with: orders 1 and 3, units 3 + 2 = 5, revenue 319.90; AOV 159.95, UPT 2.50
        group(day1.getWithSuggestion(), 2, 5, "319.90", "159.95", "2.50");
        // without: order 2
        group(day1.getWithoutSuggestion(), 1, 1, "50.00", "50.00", "1.00");
        // attributed: 20.00 (cross-sell line) + 20.00 (warranty line); the orders' other lines do not count
        assertEquals(d("40.00"), day1.getAttributedRevenue());
    }

    @Test
    public void acceptanceIsAttributedLinesPerSeenImpressionAndAddToCartsPerSeenImpression() {
        PeriodMetrics day1 = REPORT.getDays().get(0);
        Acceptance cross = day1.getAcceptance().get(SuggestionType.CROSS_SELL);
        // seen 30 (widget 7) + 0 (widget 12); rendered 40 + 20; one accepted line
        assertEquals(30, cross.getSeen());
        assertEquals(60, cross.getRendered());
        assertEquals(1, cross.getAcceptedLines());
        assertEquals(d("0.0333"), cross.getAcceptanceRate()); // 1/30 = 0.03333.. half-up to 4 decimals
        assertEquals(d("0.0667"), cross.getAddToCartRate()); // 2/30 = 0.06666..
        assertEquals(d("20.00"), cross.getAttributedRevenue());
        Acceptance warranty = day1.getAcceptance().get(SuggestionType.WARRANTY);
        assertEquals(d("0.1250"), warranty.getAcceptanceRate()); // 1/8
        assertEquals(d("0.1250"), warranty.getAddToCartRate()); // 1/8
        Acceptance nudge = day1.getAcceptance().get(SuggestionType.NUDGE);
        assertEquals(0, nudge.getSeen());
        assertNull("no seen impressions: no rate, not 0", nudge.getAcceptanceRate());
        assertEquals(d("0.00"), nudge.getAttributedRevenue());
        assertEquals(Arrays.asList(SuggestionType.values()),
                Arrays.asList(day1.getAcceptance().keySet().toArray()));
    }

    @Test
    public void ctrPerWidgetOfSeenAndOfRenderedImpressions() {
        List<WidgetCtr> widgets = REPORT.getDays().get(0).getWidgets();
        assertEquals(3, widgets.size());
        WidgetCtr warranty = widgets.get(0);
        assertEquals(3, warranty.getWidgetId());
        assertEquals(d("0.1250"), warranty.getCtrSeen()); // 1/8
        assertEquals(d("0.1000"), warranty.getCtrRendered()); // 1/10
        WidgetCtr alsoBought = widgets.get(1);
        assertEquals(7, alsoBought.getWidgetId());
        assertEquals(d("0.2000"), alsoBought.getCtrSeen()); // 6/30
        assertEquals(d("0.1500"), alsoBought.getCtrRendered()); // 6/40
        WidgetCtr related = widgets.get(2);
        assertEquals(12, related.getWidgetId());
        assertEquals(SuggestionType.CROSS_SELL, related.getSuggestionType());
        assertNull(related.getCtrSeen());
        assertEquals(d("0.0000"), related.getCtrRendered());
    }

    @Test
    public void everyDayOfTheRangeIsPresentAnEmptyOneWithZerosAndNoRatios() {
        assertEquals(3, REPORT.getDays().size());
        PeriodMetrics day2 = REPORT.getDays().get(1);
        assertEquals(D2, day2.getFrom());
        assertEquals(D2, day2.getTo());
        assertEquals(0, day2.getAll().getOrders());
        assertEquals(d("0.00"), day2.getAll().getRevenue());
        assertNull(day2.getAll().getAov());
        assertNull(day2.getAll().getUpt());
        assertTrue(day2.getWidgets().isEmpty());
        assertEquals(d("0.00"), day2.getAttributedRevenue());
        PeriodMetrics day3 = REPORT.getDays().get(2);
        group(day3.getAll(), 1, 3, "35.50", "35.50", "3.00");
        assertEquals(d("0.2500"), day3.getAcceptance().get(SuggestionType.BUNDLE).getAcceptanceRate()); // 1/4
    }

    @Test
    public void theRangeSumsTheDaysAndIgnoresWhatLiesOutside() {
        PeriodMetrics range = REPORT.getRange();
        assertEquals(D1, range.getFrom());
        assertEquals(D3, range.getTo());
        // orders 1-4 (not 5): units 6 + 3 = 9, revenue 369.90 + 35.50 = 405.40; AOV 101.35, UPT 2.25
        group(range.getAll(), 4, 9, "405.40", "101.35", "2.25");
        // with: 1, 3, 4: units 8, revenue 355.40; AOV 118.4666.. -> 118.47, UPT 2.6666.. -> 2.67
        group(range.getWithSuggestion(), 3, 8, "355.40", "118.47", "2.67");
        assertEquals(d("75.50"), range.getAttributedRevenue()); // 20.00 + 20.00 + 35.50
        // widget 7's 1000 seen impressions of 10-31 are outside: still 1/30
        assertEquals(d("0.0333"), range.getAcceptance().get(SuggestionType.CROSS_SELL).getAcceptanceRate());
        assertEquals(4, range.getWidgets().size());
    }

    /**
     * Events to counts: two clicks and one seen impression of widget 7 on 11-01 (UTC), one click late on 11-01 in
     * New York that is 11-02 in UTC, one seen impression of widget 3: four counts, by day, widget, type.
     */
    @Test
    public void eventsAreCountedPerDayInTheShopsZoneWidgetAndType() {
        Instant morning = Instant.parse("2026-11-01T10:00:00Z");
        Instant lateInNewYork = Instant.parse("2026-11-02T02:00:00Z"); // 11-01 21:00 in New York
        List<Event> events = Arrays.asList(
                event(EventType.CLICK, ALSO_BOUGHT, 42L, morning),
                event(EventType.IMPRESSION_SEEN, ALSO_BOUGHT, null, morning),
                event(EventType.CLICK, ALSO_BOUGHT, 43L, morning),
                event(EventType.CLICK, ALSO_BOUGHT, 44L, lateInNewYork),
                event(EventType.IMPRESSION_SEEN, WARRANTY, null, morning));
        assertEquals(Arrays.asList("2026-11-01 3 IMPRESSION_SEEN 1", "2026-11-01 7 IMPRESSION_SEEN 1",
                "2026-11-01 7 CLICK 2", "2026-11-02 7 CLICK 1"),
                describe(EventCount.of(events, ZoneOffset.UTC)));
        assertEquals(Arrays.asList("2026-11-01 3 IMPRESSION_SEEN 1", "2026-11-01 7 IMPRESSION_SEEN 1",
                "2026-11-01 7 CLICK 3"),
                describe(EventCount.of(events, ZoneId.of("America/New_York"))));
    }

    static Event event(EventType type, Attribution source, Long product,
            Instant at) {
        return new Event(type, "v1", "pv-" + at.getEpochSecond(), source, product, at);
    }

    static List<String> describe(List<EventCount> counts) {
        List<String> out = new ArrayList<String>();
        for (EventCount c : counts) {
            out.add(c.getDay() + " " + c.getWidgetId() + " " + c.getType() + " " + c.getCount());
        }
        return out;
    }

    @Test
    public void aReversedOrTooLongRangeAndBadOrdersAreRefusedQuotingTheValue() {
        try {
            new MetricsCalculator().compute(ORDERS, EVENTS, D3, D1);
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("range must run from a day to the same or a later day: 2026-11-03 to 2026-11-01",
                    e.getMessage());
        }
        try {
            new MetricsCalculator().compute(ORDERS, EVENTS, D1, D1.plusDays(366));
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("range must be at most 366 days: 2026-11-01 to 2027-11-02 is 367", e.getMessage());
        }
        try {
            line(1, 1, "9.999", null);
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("line of product 1: revenue must be zero or positive with at most two decimals: 9.999",
                    e.getMessage());
        }
        try {
            new OrderLine(1, 0, d("1"), null);
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("line of product 1: quantity must be at least 1: 0", e.getMessage());
        }
    }

    static void group(OrderGroup g, long orders, long units, String revenue, String aov, String upt) {
        assertEquals(orders, g.getOrders());
        assertEquals(units, g.getUnits());
        assertEquals(d(revenue), g.getRevenue());
        assertEquals(d(aov), g.getAov());
        assertEquals(d(upt), g.getUpt());
    }
}
