package io.uplift.engine.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The metrics' one rounding rule: every division is rounded half-up, once, at the end; money and units per order
 * to 2 decimals, rates (fractions: 0.1234 is 12.34 %) to 4 decimals. A ratio with a zero denominator is null
 * ("no data"), never zero.
 */
final class Ratios {

    static final int MONEY_SCALE = 2;
    static final int RATE_SCALE = 4;

    private Ratios() {
    }

    /** {@code numerator / denominator} to 4 decimals, or null when the denominator is 0. */
    static BigDecimal rate(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), RATE_SCALE,
                        RoundingMode.HALF_UP);
    }

    /** {@code amount / count} to 2 decimals, or null when the count is 0. */
    static BigDecimal per(BigDecimal amount, long count) {
        return count == 0 ? null : amount.divide(BigDecimal.valueOf(count), MONEY_SCALE, RoundingMode.HALF_UP);
    }
}
