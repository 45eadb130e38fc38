package io.uplift.engine.nudge;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A cart's way to free shipping: what is missing (in whole cents, rounded up, so adding it always qualifies),
 * the share reached for a progress bar (whole percent, rounded down, so 100 only when the cart qualifies), and
 * whether it qualifies (subtotal at or above the threshold). Immutable.
 */
public final class ShippingProgress {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal subtotal;
    private final BigDecimal threshold;
    private final BigDecimal missing;
    private final int percent;
    private final boolean qualifies;

    /**
     * @param subtotal  the cart's amount, not negative
     * @param threshold the free-shipping threshold, above 0
     */
    public ShippingProgress(BigDecimal subtotal, BigDecimal threshold) {
        if (subtotal == null || subtotal.signum() < 0) {
            throw new IllegalArgumentException("cart subtotal must be 0 or more: " + subtotal);
        }
        if (threshold == null || threshold.signum() <= 0) {
            throw new IllegalArgumentException("free-shipping threshold must be above 0: " + threshold);
        }
        this.subtotal = subtotal;
        this.threshold = threshold;
        this.qualifies = subtotal.compareTo(threshold) >= 0;
        this.missing = qualifies ? BigDecimal.ZERO.setScale(2)
                : threshold.subtract(subtotal).setScale(2, RoundingMode.CEILING);
        int p = subtotal.multiply(HUNDRED).divide(threshold, 0, RoundingMode.FLOOR).intValue();
        this.percent = qualifies ? 100 : Math.min(99, Math.max(0, p));
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    /** What the cart lacks, 0.00 when it qualifies. */
    public BigDecimal getMissing() {
        return missing;
    }

    /** 0-100; 100 exactly when the cart qualifies. */
    public int getPercent() {
        return percent;
    }

    public boolean isQualifies() {
        return qualifies;
    }
}
