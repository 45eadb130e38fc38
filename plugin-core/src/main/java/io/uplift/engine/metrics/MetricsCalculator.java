package io.uplift.engine.metrics;

import io.uplift.engine.event.EventType;
import io.uplift.engine.event.SuggestionType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes {@link PeriodMetrics} per day and over a range from order facts and event counts (see
 * {@link PeriodMetrics}, {@link OrderGroup}, {@link Acceptance} and {@link WidgetCtr} for the exact definitions).
 * Orders and counts outside the range are ignored. Stateless and thread-safe.
 */
public final class MetricsCalculator {

    /** The longest range, in days (a bound on the work and on the chart). */
    public static final int MAX_DAYS = 366;

    /** The range's metrics and one entry per day, every day of the range present, oldest first. */
    public static final class Report {
        private final PeriodMetrics range;
        private final List<PeriodMetrics> days;

        Report(PeriodMetrics range, List<PeriodMetrics> days) {
            this.range = range;
            this.days = days;
        }

        public PeriodMetrics getRange() {
            return range;
        }

        public List<PeriodMetrics> getDays() {
            return days;
        }
    }

    /**
     * @param from first day, inclusive
     * @param to   last day, inclusive
     * @throws IllegalArgumentException quoting a reversed or too long range
     */
    public Report compute(Collection<OrderFacts> orders, Collection<EventCount> events, LocalDate from,
            LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("range must run from a day to the same or a later day: " + from
                    + " to " + to);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw new IllegalArgumentException("range must be at most " + MAX_DAYS + " days: " + from + " to " + to
                    + " is " + days);
        }
        Tally range = new Tally();
        TreeMap<LocalDate, Tally> byDay = new TreeMap<LocalDate, Tally>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            byDay.put(d, new Tally());
        }
        for (OrderFacts o : orders) {
            Tally day = byDay.get(o.getDay());
            if (day != null) {
                day.add(o);
                range.add(o);
            }
        }
        for (EventCount c : events) {
            Tally day = byDay.get(c.getDay());
            if (day != null) {
                day.add(c);
                range.add(c);
            }
        }
        List<PeriodMetrics> perDay = new ArrayList<PeriodMetrics>();
        for (Map.Entry<LocalDate, Tally> e : byDay.entrySet()) {
            perDay.add(e.getValue().metrics(e.getKey(), e.getKey()));
        }
        return new Report(range.metrics(from, to), Collections.unmodifiableList(perDay));
    }

    /** Running sums of one period. */
    private static final class Tally {
        final long[] orders = new long[2];
        final long[] units = new long[2];
        final BigDecimal[] revenue = {BigDecimal.ZERO, BigDecimal.ZERO};
        final Map<SuggestionType, long[]> kinds = new EnumMap<SuggestionType, long[]>(SuggestionType.class);
        final Map<SuggestionType, BigDecimal> attributed =
                new EnumMap<SuggestionType, BigDecimal>(SuggestionType.class);
        final TreeMap<Long, long[]> widgets = new TreeMap<Long, long[]>();
        final Map<Long, String> widgetTypes = new TreeMap<Long, String>();

        private static final int RENDERED = 0;
        private static final int SEEN = 1;
        private static final int CARTS = 2;
        private static final int LINES = 3;
        private static final int CLICKS = 2;

        Tally() {
            for (SuggestionType t : SuggestionType.values()) {
                kinds.put(t, new long[4]);
                attributed.put(t, BigDecimal.ZERO);
            }
        }

        void add(OrderFacts o) {
            int g = o.hasAcceptedSuggestion() ? 1 : 0;
            orders[g]++;
            units[g] += o.getUnits();
            revenue[g] = revenue[g].add(o.getTotal());
            for (OrderLine l : o.getLines()) {
                if (l.getSource() != null) {
                    SuggestionType t = l.getSource().getSuggestionType();
                    kinds.get(t)[LINES]++;
                    attributed.put(t, attributed.get(t).add(l.getRevenue()));
                }
            }
        }

        void add(EventCount c) {
            long[] kind = kinds.get(c.getSuggestionType());
            long[] widget = widgets.get(c.getWidgetId());
            if (widget == null) {
                widget = new long[3];
                widgets.put(c.getWidgetId(), widget);
                widgetTypes.put(c.getWidgetId(), c.getWidgetType());
            }
            EventType type = c.getType();
            if (type == EventType.IMPRESSION_RENDERED) {
                kind[RENDERED] += c.getCount();
                widget[RENDERED] += c.getCount();
            } else if (type == EventType.IMPRESSION_SEEN) {
                kind[SEEN] += c.getCount();
                widget[SEEN] += c.getCount();
            } else if (type == EventType.CLICK) {
                widget[CLICKS] += c.getCount();
            } else if (type == EventType.ADD_TO_CART) {
                kind[CARTS] += c.getCount();
            }
            // PURCHASE events are not needed here: accepted lines come from the orders themselves (exact)
        }

        PeriodMetrics metrics(LocalDate from, LocalDate to) {
            Map<SuggestionType, Acceptance> acceptance = new EnumMap<SuggestionType, Acceptance>(SuggestionType.class);
            for (Map.Entry<SuggestionType, long[]> e : kinds.entrySet()) {
                long[] k = e.getValue();
                acceptance.put(e.getKey(), new Acceptance(e.getKey(), k[RENDERED], k[SEEN], k[CARTS], k[LINES],
                        attributed.get(e.getKey())));
            }
            List<WidgetCtr> ctr = new ArrayList<WidgetCtr>();
            for (Map.Entry<Long, long[]> e : widgets.entrySet()) {
                long[] w = e.getValue();
                ctr.add(new WidgetCtr(e.getKey(), widgetTypes.get(e.getKey()), w[RENDERED], w[SEEN], w[CLICKS]));
            }
            return new PeriodMetrics(from, to,
                    new OrderGroup(orders[0] + orders[1], units[0] + units[1], revenue[0].add(revenue[1])),
                    new OrderGroup(orders[1], units[1], revenue[1]),
                    new OrderGroup(orders[0], units[0], revenue[0]), acceptance, ctr);
        }
    }
}
