package io.uplift.engine.warranty;

import io.uplift.engine.price.PriceRule;

import java.math.BigDecimal;

/**
 * One price of a warranty plan: for a term (in years) and a band of item prices, either a fixed amount or a
 * percentage of the item's unit price, optionally kept between a floor and a ceiling. The band is "from" (inclusive)
 * "to" (exclusive); a blank end is the plan's own eligibility limit. Immutable; the guards are the admin's save rules
 * and quote the bad value.
 */
public final class WarrantyRate {

    /** Shortest and longest term a plan may offer, in years. */
    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 10;
    /** Largest percentage of the item's price. */
    public static final BigDecimal MAX_PERCENT = PriceRule.MAX_PERCENT;

    private final int years;
    private final BigDecimal bandFrom;
    private final BigDecimal bandTo;
    private final PriceRule rule;

    private WarrantyRate(int years, BigDecimal bandFrom, BigDecimal bandTo, BigDecimal amount, BigDecimal percent,
            BigDecimal floor, BigDecimal ceiling) {
        if (years < MIN_YEARS || years > MAX_YEARS) {
            throw new IllegalArgumentException("a term must be " + MIN_YEARS + " to " + MAX_YEARS + " years: " + years);
        }
        String what = years + "-year price";
        if (bandFrom != null && !isMoney(bandFrom, true)) {
            throw new IllegalArgumentException(what + ": the band's start must be zero or a positive amount with at most"
                    + " two decimals: " + bandFrom);
        }
        if (bandTo != null && !isMoney(bandTo, false)) {
            throw new IllegalArgumentException(what + ": the band's end must be a positive amount with at most two"
                    + " decimals: " + bandTo);
        }
        if (bandFrom != null && bandTo != null && bandTo.compareTo(bandFrom) <= 0) {
            throw new IllegalArgumentException(what + ": the band's end " + bandTo + " must be above its start "
                    + bandFrom);
        }
        this.rule = PriceRule.of(what, amount, percent, floor, ceiling);
        this.years = years;
        this.bandFrom = cents(bandFrom);
        this.bandTo = cents(bandTo);
    }

    /** A fixed price for items priced in [bandFrom, bandTo) (either end blank: the plan's limit). */
    public static WarrantyRate fixed(int years, BigDecimal bandFrom, BigDecimal bandTo, BigDecimal amount) {
        return new WarrantyRate(years, bandFrom, bandTo, amount, null, null, null);
    }

    /** A percentage of the item's unit price, never below {@code floor} nor above {@code ceiling} (either blank). */
    public static WarrantyRate percent(int years, BigDecimal bandFrom, BigDecimal bandTo, BigDecimal percent,
            BigDecimal floor, BigDecimal ceiling) {
        return new WarrantyRate(years, bandFrom, bandTo, null, percent, floor, ceiling);
    }

    /** Either kind, as a stored row holds it: exactly one of {@code amount} and {@code percent} must be set. */
    public static WarrantyRate of(int years, BigDecimal bandFrom, BigDecimal bandTo, BigDecimal amount,
            BigDecimal percent, BigDecimal floor, BigDecimal ceiling) {
        return new WarrantyRate(years, bandFrom, bandTo, amount, percent, floor, ceiling);
    }

    /** The plan's price for one unit of an item priced {@code itemPrice}, rounded half-up to the cent. */
    public BigDecimal price(BigDecimal itemPrice) {
        return rule.price(itemPrice);
    }

    /** Whether an item priced {@code itemPrice} falls in this rate's band, the plan's limits filling blank ends. */
    boolean covers(BigDecimal itemPrice, BigDecimal planMin, BigDecimal planMax) {
        BigDecimal from = bandFrom != null ? bandFrom : planMin;
        BigDecimal to = bandTo != null ? bandTo : planMax;
        return itemPrice.compareTo(from) >= 0 && (to == null || itemPrice.compareTo(to) < 0);
    }

    public int getYears() {
        return years;
    }

    /** Start of the band (inclusive), or {@code null}: the plan's minimum price. */
    public BigDecimal getBandFrom() {
        return bandFrom;
    }

    /** End of the band (exclusive), or {@code null}: the plan's maximum price (or none). */
    public BigDecimal getBandTo() {
        return bandTo;
    }

    /** The fixed amount, or {@code null} for a percentage rate. */
    public BigDecimal getAmount() {
        return rule.getAmount();
    }

    /** The percentage of the item's price, or {@code null} for a fixed rate. */
    public BigDecimal getPercent() {
        return rule.getPercent();
    }

    public BigDecimal getFloor() {
        return rule.getFloor();
    }

    public BigDecimal getCeiling() {
        return rule.getCeiling();
    }

    static boolean isMoney(BigDecimal v, boolean zeroAllowed) {
        return PriceRule.isMoney(v, zeroAllowed);
    }

    private static BigDecimal cents(BigDecimal v) {
        return PriceRule.cents(v);
    }

    @Override
    public String toString() {
        String band = "[" + (bandFrom == null ? "min" : bandFrom.toPlainString()) + ", "
                + (bandTo == null ? "max" : bandTo.toPlainString()) + ")";
        return years + "y " + band + " " + rule;
    }
}
