package io.uplift.engine.metrics;

import io.uplift.engine.event.SuggestionType;

import java.math.BigDecimal;

/**
 * How one kind of suggestion did over a day or a range:
 * <ul>
 * <li>{@link #getAcceptanceRate()} = accepted lines / seen impressions, where an accepted line is an order line of
 * an order submitted in the period that carries an attribution of this kind (one line is one accepted suggestion,
 * whatever its quantity) and a seen impression is an {@code IMPRESSION_SEEN} event of a widget of this kind;</li>
 * <li>{@link #getAddToCartRate()} = {@code ADD_TO_CART} events / seen impressions (also counts what was added and
 * later removed or never checked out);</li>
 * <li>{@link #getAttributedRevenue()} = the sum of the accepted lines' revenue (exact, from the lines).</li>
 * </ul>
 * Rates have 4 decimals (half-up) and are null without seen impressions. Immutable.
 */
public final class Acceptance {

    private final SuggestionType type;
    private final long rendered;
    private final long seen;
    private final long addToCarts;
    private final long acceptedLines;
    private final BigDecimal attributedRevenue;

    Acceptance(SuggestionType type, long rendered, long seen, long addToCarts, long acceptedLines,
            BigDecimal attributedRevenue) {
        this.type = type;
        this.rendered = rendered;
        this.seen = seen;
        this.addToCarts = addToCarts;
        this.acceptedLines = acceptedLines;
        this.attributedRevenue = attributedRevenue.setScale(Ratios.MONEY_SCALE);
    }

    public SuggestionType getType() {
        return type;
    }

    public long getRendered() {
        return rendered;
    }

    public long getSeen() {
        return seen;
    }

    public long getAddToCarts() {
        return addToCarts;
    }

    public long getAcceptedLines() {
        return acceptedLines;
    }

    public BigDecimal getAttributedRevenue() {
        return attributedRevenue;
    }

    /** Accepted lines / seen impressions, or null without seen impressions. */
    public BigDecimal getAcceptanceRate() {
        return Ratios.rate(acceptedLines, seen);
    }

    /** Add-to-carts / seen impressions, or null without seen impressions. */
    public BigDecimal getAddToCartRate() {
        return Ratios.rate(addToCarts, seen);
    }
}
