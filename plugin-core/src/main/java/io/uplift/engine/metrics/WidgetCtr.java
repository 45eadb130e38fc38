package io.uplift.engine.metrics;

import io.uplift.engine.event.SuggestionType;

import java.math.BigDecimal;

/**
 * One widget's click-through over a day or a range: {@link #getCtrSeen()} = clicks / seen impressions (the one to
 * compare widgets by: a widget below the fold is rendered often and seen rarely) and {@link #getCtrRendered()} =
 * clicks / rendered impressions. 4 decimals, half-up, null when the denominator is 0. Immutable.
 */
public final class WidgetCtr {

    private final long widgetId;
    private final String widgetType;
    private final long rendered;
    private final long seen;
    private final long clicks;

    WidgetCtr(long widgetId, String widgetType, long rendered, long seen, long clicks) {
        this.widgetId = widgetId;
        this.widgetType = widgetType;
        this.rendered = rendered;
        this.seen = seen;
        this.clicks = clicks;
    }

    public long getWidgetId() {
        return widgetId;
    }

    public String getWidgetType() {
        return widgetType;
    }

    public SuggestionType getSuggestionType() {
        return SuggestionType.forWidget(widgetType);
    }

    public long getRendered() {
        return rendered;
    }

    public long getSeen() {
        return seen;
    }

    public long getClicks() {
        return clicks;
    }

    /** Clicks / seen impressions, or null. */
    public BigDecimal getCtrSeen() {
        return Ratios.rate(clicks, seen);
    }

    /** Clicks / rendered impressions, or null. */
    public BigDecimal getCtrRendered() {
        return Ratios.rate(clicks, rendered);
    }
}
