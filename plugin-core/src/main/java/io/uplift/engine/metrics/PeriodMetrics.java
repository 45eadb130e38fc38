package io.uplift.engine.metrics;

import io.uplift.engine.event.SuggestionType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The metrics of one period (one day, or a whole range; both ends inclusive): orders all / with an accepted
 * suggestion / without ({@link OrderGroup}: AOV, UPT), acceptance and attributed revenue per kind of suggestion
 * (every kind present, zero when nothing happened), the attributed revenue in total, and each widget's CTR (widgets
 * with events in the period, by id). A day without orders or events is present with zeros and null ratios, so a time
 * series has no gaps. Immutable.
 */
public final class PeriodMetrics {

    private final LocalDate from;
    private final LocalDate to;
    private final OrderGroup all;
    private final OrderGroup withSuggestion;
    private final OrderGroup withoutSuggestion;
    private final Map<SuggestionType, Acceptance> acceptance;
    private final List<WidgetCtr> widgets;

    PeriodMetrics(LocalDate from, LocalDate to, OrderGroup all, OrderGroup withSuggestion,
            OrderGroup withoutSuggestion, Map<SuggestionType, Acceptance> acceptance, List<WidgetCtr> widgets) {
        this.from = from;
        this.to = to;
        this.all = all;
        this.withSuggestion = withSuggestion;
        this.withoutSuggestion = withoutSuggestion;
        this.acceptance = Collections.unmodifiableMap(acceptance);
        this.widgets = Collections.unmodifiableList(widgets);
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public OrderGroup getAll() {
        return all;
    }

    /** Orders with at least one line added from a suggestion. */
    public OrderGroup getWithSuggestion() {
        return withSuggestion;
    }

    public OrderGroup getWithoutSuggestion() {
        return withoutSuggestion;
    }

    /** Per kind of suggestion, every kind present, in {@link SuggestionType} order. */
    public Map<SuggestionType, Acceptance> getAcceptance() {
        return acceptance;
    }

    /** The sum of all attributed lines' revenue. */
    public BigDecimal getAttributedRevenue() {
        BigDecimal sum = BigDecimal.ZERO.setScale(Ratios.MONEY_SCALE);
        for (Acceptance a : acceptance.values()) {
            sum = sum.add(a.getAttributedRevenue());
        }
        return sum;
    }

    /** Widgets with events in the period, by id. */
    public List<WidgetCtr> getWidgets() {
        return widgets;
    }
}
