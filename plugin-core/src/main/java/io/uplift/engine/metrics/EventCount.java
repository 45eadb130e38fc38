package io.uplift.engine.metrics;

import io.uplift.engine.event.EventType;
import io.uplift.engine.event.SuggestionType;

import java.time.LocalDate;

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
