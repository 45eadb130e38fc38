package io.uplift.engine.nudge;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Whether and from which order amount a cart ships free: {@link State#FROM} a threshold (the nudge shows),
 * {@link State#ALWAYS} (shipping costs nothing whatever the amount: no nudge) or {@link State#NONE} (the shop has no
 * free shipping, or none the plugin can read with certainty: no nudge). Immutable.
 */
public final class FreeShipping {

    /** The three answers. */
    public enum State {
        NONE, ALWAYS, FROM
    }

    private final State state;
    private final BigDecimal threshold;
    private final Long optionId;
    private final String why;

    private FreeShipping(State state, BigDecimal threshold, Long optionId, String why) {
        this.state = state;
        this.threshold = threshold;
        this.optionId = optionId;
        this.why = why;
    }

    /** No free shipping; {@code why} says why, for the admin preview and logs. */
    public static FreeShipping none(String why) {
        return new FreeShipping(State.NONE, null, null, why);
    }

    public static FreeShipping always(Long optionId, String why) {
        return new FreeShipping(State.ALWAYS, null, optionId, why);
    }

    /** @param threshold the order amount from which shipping is free, above 0 */
    public static FreeShipping from(BigDecimal threshold, Long optionId, String why) {
        if (threshold == null || threshold.signum() <= 0) {
            throw new IllegalArgumentException("free-shipping threshold must be above 0: " + threshold);
        }
        return new FreeShipping(State.FROM, threshold, optionId, why);
    }

    public State getState() {
        return state;
    }

    /** The amount from which shipping is free (state FROM), else {@code null}. */
    public BigDecimal getThreshold() {
        return threshold;
    }

    /** The shipping option the answer is about, or {@code null}. */
    public Long getOptionId() {
        return optionId;
    }

    /** Where the answer comes from, in words (e.g. "Standard shipping: free from 75"). */
    public String getWhy() {
        return why;
    }

    /**
     * The cart's progress towards the threshold.
     *
     * @param subtotal the amount the shop's shipping pricing compares with the bands (Broadleaf: the order's item
     *                 totals after item discounts, before order discounts); not negative
     * @throws IllegalStateException when the state is not FROM
     */
    public ShippingProgress progress(BigDecimal subtotal) {
        if (state != State.FROM) {
            throw new IllegalStateException("no free-shipping threshold (" + state + "): " + why);
        }
        return new ShippingProgress(subtotal, threshold);
    }

    @Override
    public String toString() {
        return state + (threshold == null ? "" : " " + threshold.setScale(2, RoundingMode.CEILING).toPlainString())
                + (optionId == null ? "" : " option " + optionId) + " (" + why + ")";
    }
}
