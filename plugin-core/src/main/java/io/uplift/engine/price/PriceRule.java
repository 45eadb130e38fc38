package io.uplift.engine.price;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A price set by a merchandiser: a fixed amount, or a percentage of a base (an item's unit price, an order's
 * merchandise subtotal) rounded half-up to the cent and kept between an optional floor and ceiling. Shared by
 * warranty prices and checkout add-ons. Immutable; the guards are the admin's save rules and quote the bad value.
 */
public final class PriceRule {

    /** Largest percentage of the base. */
    public static final BigDecimal MAX_PERCENT = new BigDecimal("100");

    private final BigDecimal amount;
    private final BigDecimal percent;
    private final BigDecimal floor;
    private final BigDecimal ceiling;

    private PriceRule(BigDecimal amount, BigDecimal percent, BigDecimal floor, BigDecimal ceiling) {
        this.amount = cents(amount);
        this.percent = percent == null ? null : plain(percent);
        this.floor = cents(floor);
        this.ceiling = cents(ceiling);
    }

    /**
     * Exactly one of {@code amount} and {@code percent}; a floor or ceiling only with a percentage.
     *
     * @param what names the price in messages ("2-year price", "add-on 'Gift wrap'")
     * @throws IllegalArgumentException "what: ..." quoting the bad value
     */
    public static PriceRule of(String what, BigDecimal amount, BigDecimal percent, BigDecimal floor,
            BigDecimal ceiling) {
        if ((amount == null) == (percent == null)) {
            throw new IllegalArgumentException(what + ": needs either a fixed amount or a percentage, not "
                    + (amount == null ? "neither" : "both (" + amount + " and " + percent + " %)"));
        }
        if (amount != null && !isMoney(amount, false)) {
            throw new IllegalArgumentException(what + ": the amount must be positive with at most two decimals: "
                    + amount);
        }
        if (percent != null && (percent.signum() <= 0 || percent.compareTo(MAX_PERCENT) > 0
                || percent.stripTrailingZeros().scale() > 2)) {
            throw new IllegalArgumentException(what + ": the percentage must be above 0 and at most " + MAX_PERCENT
                    + " with at most two decimals: " + percent);
        }
        if (amount != null && (floor != null || ceiling != null)) {
            throw new IllegalArgumentException(what + ": a floor or ceiling only applies to a percentage, not to the"
                    + " fixed amount " + amount + " (floor " + floor + ", ceiling " + ceiling + ")");
        }
        if (floor != null && !isMoney(floor, true)) {
            throw new IllegalArgumentException(what + ": the floor must be zero or positive with at most two decimals: "
                    + floor);
        }
        if (ceiling != null && !isMoney(ceiling, false)) {
            throw new IllegalArgumentException(what + ": the ceiling must be positive with at most two decimals: "
                    + ceiling);
        }
        if (floor != null && ceiling != null && ceiling.compareTo(floor) < 0) {
            throw new IllegalArgumentException(what + ": the ceiling " + ceiling + " is below the floor " + floor);
        }
        return new PriceRule(amount, percent, floor, ceiling);
    }

    /** The price for {@code base}: the fixed amount, or the percentage of it rounded half-up, floor and ceiling kept. */
    public BigDecimal price(BigDecimal base) {
        if (amount != null) {
            return amount;
        }
        BigDecimal p = base.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        if (floor != null && p.compareTo(floor) < 0) {
            p = floor;
        }
        if (ceiling != null && p.compareTo(ceiling) > 0) {
            p = ceiling;
        }
        return p;
    }

    /** The fixed amount, or {@code null} for a percentage. */
    public BigDecimal getAmount() {
        return amount;
    }

    /** The percentage of the base, or {@code null} for a fixed amount. */
    public BigDecimal getPercent() {
        return percent;
    }

    public BigDecimal getFloor() {
        return floor;
    }

    public BigDecimal getCeiling() {
        return ceiling;
    }

    /** Whether {@code v} is positive (or zero when allowed) with at most two decimals. */
    public static boolean isMoney(BigDecimal v, boolean zeroAllowed) {
        return (zeroAllowed ? v.signum() >= 0 : v.signum() > 0) && v.stripTrailingZeros().scale() <= 2;
    }

    /** {@code v} with exactly two decimals ({@code null} stays null); it must have at most two. */
    public static BigDecimal cents(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** "49.00", or "10 % floor 79.00 ceiling 199.00". */
    @Override
    public String toString() {
        return amount != null ? amount.toPlainString()
                : percent.toPlainString() + " %" + (floor == null ? "" : " floor " + floor)
                        + (ceiling == null ? "" : " ceiling " + ceiling);
    }
}
