package io.uplift.engine.nudge;

import java.math.BigDecimal;

/**
 * What a free-shipping nudge needs to know of the cart: the amount the shop's shipping pricing compares with its
 * bands, the shipping option the cart has chosen (if any) and the currency. Immutable.
 */
public final class CartShipping {

    /** No cart, or an empty one. */
    public static final CartShipping EMPTY = new CartShipping(BigDecimal.ZERO, null, null, 0);

    private final BigDecimal subtotal;
    private final Long optionId;
    private final String currency;
    private final int items;

    /**
     * @param subtotal the cart's subtotal as the shop's shipping pricing sees it (Broadleaf: the sum of the lines'
     *                 totals after item discounts, before order discounts), not negative
     * @param optionId the shipping option chosen for the cart, or {@code null} when none is chosen yet
     * @param items    how many units the cart holds
     */
    public CartShipping(BigDecimal subtotal, Long optionId, String currency, int items) {
        if (subtotal == null || subtotal.signum() < 0) {
            throw new IllegalArgumentException("cart subtotal must be 0 or more: " + subtotal);
        }
        this.subtotal = subtotal;
        this.optionId = optionId;
        this.currency = currency;
        this.items = items;
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public Long getOptionId() {
        return optionId;
    }

    public String getCurrency() {
        return currency;
    }

    public int getItems() {
        return items;
    }

    public boolean isEmpty() {
        return items <= 0;
    }
}
