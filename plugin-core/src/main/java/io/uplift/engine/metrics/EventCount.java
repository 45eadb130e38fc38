package io.uplift.engine.metrics;

import io.uplift.engine.event.Event;
import io.uplift.engine.event.EventType;
import io.uplift.engine.event.SuggestionType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many events of one type one widget had on one day (what the adapter's store sums up; repeated reports were
 * already removed by their idempotency key). Immutable.
 */
public final class EventCount {

    private final LocalDate day;
    private final long widgetId;
    private final String widgetType;
    private final SuggestionType suggestionType;
    private final EventType type;
    private final long count;

    /** @throws IllegalArgumentException quoting the bad value (also an unknown widget type) */
    public EventCount(LocalDate day, long widgetId, String widgetType, EventType type, long count) {
        if (day == null || type == null) {
            throw new IllegalArgumentException("an event count needs its day and type: " + day + " / " + type);
        }
        if (count < 0) {
            throw new IllegalArgumentException("event count must not be negative: " + count);
        }
        this.suggestionType = SuggestionType.forWidget(widgetType);
        this.day = day;
        this.widgetId = widgetId;
        this.widgetType = widgetType;
        this.type = type;
        this.count = count;
    }

    /**
     * Counts events per day (in the shop's time zone), widget and type, ordered by day, widget id and type: what a
     * store without its own aggregation (or a test) hands to {@link MetricsCalculator}. Events are counted as given:
     * repeated reports must already be gone (the store keeps idempotency keys unique).
     */
    public static List<EventCount> of(Collection<Event> events, ZoneId zone) {
        Map<String, EventCount> counts = new TreeMap<String, EventCount>();
        for (Event e : events) {
            LocalDate day = e.getTimestamp().atZone(zone).toLocalDate();
            long widget = e.getSource().getWidgetId();
            String key = day + "|" + String.format("%019d", widget) + "|" + e.getType().ordinal();
            EventCount before = counts.get(key);
            counts.put(key, new EventCount(day, widget, e.getSource().getWidgetType(), e.getType(),
                    before == null ? 1 : before.count + 1));
        }
        return new ArrayList<EventCount>(counts.values());
    }

    public LocalDate getDay() {
        return day;
    }

    public long getWidgetId() {
        return widgetId;
    }

    public String getWidgetType() {
        return widgetType;
    }

    public SuggestionType getSuggestionType() {
        return suggestionType;
    }

    public EventType getType() {
        return type;
    }

    public long getCount() {
        return count;
    }
}
