package io.uplift.engine.event;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a suggestion came from: the widget (id and type, hence its {@link SuggestionType}), the slot, the strategy
 * or source that produced it, and the experiment variant the visitor saw, if any. An order line added from a
 * suggestion carries one (the engine side of attribution: revenue is attributed per line, exactly, never by a cookie
 * guess). {@link #toText()} / {@link #parse(String)} give the one-line form an adapter stores as an order item
 * attribute. Immutable.
 */
public final class Attribution {

    /** Names (widget type, slot, strategy, experiment, variant): letters, digits, {@code _ - . , :}, 1-64 chars. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.,:-]{1,64}");
    private static final String SEP = "|";

    private final long widgetId;
    private final String widgetType;
    private final SuggestionType suggestionType;
    private final String slot;
    private final String strategy;
    private final String experimentId;
    private final String variant;

    /**
     * @param strategy     the source or strategy that produced the suggestion (e.g. {@code copurchase}), or null
     * @param experimentId null when the visitor was in no experiment; then {@code variant} must be null too
     * @throws IllegalArgumentException quoting the bad value
     */
    public Attribution(long widgetId, String widgetType, String slot, String strategy, String experimentId,
            String variant) {
        if (widgetId <= 0) {
            throw new IllegalArgumentException("widget id must be positive: " + widgetId);
        }
        this.suggestionType = SuggestionType.forWidget(widgetType);
        this.widgetId = widgetId;
        this.widgetType = widgetType;
        this.slot = name("slot", slot, false);
        this.strategy = name("strategy", strategy, true);
        this.experimentId = name("experiment id", experimentId, true);
        this.variant = name("variant", variant, true);
        if ((experimentId == null) != (variant == null)) {
            throw new IllegalArgumentException("experiment id and variant go together: '" + experimentId + "' / '"
                    + variant + "'");
        }
    }

    static String name(String what, String value, boolean optional) {
        if (value == null && optional) {
            return null;
        }
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be 1-64 letters, digits or _ - . , : characters: '"
                    + value + "'");
        }
        return value;
    }

    /** The one-line form {@code widgetId|widgetType|slot|strategy|experimentId|variant}, absent parts empty. */
    public String toText() {
        return widgetId + SEP + widgetType + SEP + slot + SEP + nz(strategy) + SEP + nz(experimentId) + SEP
                + nz(variant);
    }

    /**
     * Reads {@link #toText()}'s form back.
     *
     * @throws IllegalArgumentException quoting the text when it is not such a line or a part is bad
     */
    public static Attribution parse(String text) {
        String[] p = text == null ? new String[0] : text.split("\\|", -1);
        if (p.length != 6) {
            throw new IllegalArgumentException("not an attribution (widgetId|widgetType|slot|strategy|experiment|"
                    + "variant): '" + text + "'");
        }
        long id;
        try {
            id = Long.parseLong(p[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an attribution, bad widget id: '" + text + "'");
        }
        return new Attribution(id, p[1], p[2], ez(p[3]), ez(p[4]), ez(p[5]));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String ez(String s) {
        return s.isEmpty() ? null : s;
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

    public String getSlot() {
        return slot;
    }

    /** The source or strategy, or null. */
    public String getStrategy() {
        return strategy;
    }

    /** The experiment, or null when the visitor was in none. */
    public String getExperimentId() {
        return experimentId;
    }

    /** The variant (or the hold-out's name) within {@link #getExperimentId()}, or null. */
    public String getVariant() {
        return variant;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attribution && ((Attribution) o).toText().equals(toText());
    }

    @Override
    public int hashCode() {
        return Objects.hash(toText());
    }

    @Override
    public String toString() {
        return toText();
    }
}
