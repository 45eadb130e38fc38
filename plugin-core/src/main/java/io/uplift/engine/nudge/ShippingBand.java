package io.uplift.engine.nudge;

import java.math.BigDecimal;

/**
 * One band of a price-banded shipping option, as the shop configures it (Broadleaf: {@code FulfillmentPriceBand}):
 * from an order amount on (inclusive), shipping costs a fixed rate or a fraction of the amount. Immutable.
 */
public final class ShippingBand {

    /** How a band's result is read (Broadleaf's {@code FulfillmentBandResultAmountType}). */
    public enum Result {
        /** The result is the shipping price itself. */
        RATE,
        /** The result is a fraction of the order amount (0.05 = 5 %). */
        PERCENTAGE
    }

    private final BigDecimal minimum;
    private final Result result;
    private final BigDecimal amount;

    /**
     * @param minimum the order amount from which the band applies, inclusive; at least 0
     * @param amount  the rate or the fraction; at least 0
     */
    public ShippingBand(BigDecimal minimum, Result result, BigDecimal amount) {
        if (minimum == null || minimum.signum() < 0) {
            throw new IllegalArgumentException("band minimum must be 0 or more: " + minimum);
        }
        if (result == null) {
            throw new IllegalArgumentException("band result type is required (RATE or PERCENTAGE)");
        }
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("band result amount must be 0 or more: " + amount);
        }
        this.minimum = minimum;
        this.result = result;
        this.amount = amount;
    }

    public BigDecimal getMinimum() {
        return minimum;
    }

    public Result getResult() {
        return result;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    /** Whether shipping in this band costs nothing (a rate of 0 or a percentage of 0). */
    public boolean isFree() {
        return amount.signum() == 0;
    }

    /** What shipping costs in this band for an order amount. */
    public BigDecimal priceFor(BigDecimal orderAmount) {
        return result == Result.RATE ? amount : orderAmount.multiply(amount);
    }

    @Override
    public String toString() {
        return "from " + minimum.stripTrailingZeros().toPlainString() + ": " + amount.stripTrailingZeros().toPlainString()
                + " " + result;
    }
}
