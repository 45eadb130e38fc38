package io.uplift.engine.upsell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Frames a price difference in words, from real prices and attribute values only: "+$50 for twice the storage",
 * "+$8.34/month over 12 months", "only +$49 for 2 years of protection". Nothing here invents a figure: a ratio is
 * named only when both values are measures of one kind, and a share is floored, never rounded up.
 */
public final class PriceFraming {

    /** Longest per-month period an admin may choose. */
    public static final int MAX_MONTHS = 60;

    private PriceFraming() {
    }

    /**
     * "+$100 for twice the storage" / "+$100 for OLED display" / "+$100": the delta with the most telling premium
     * attribute, if any.
     *
     * @param attribute   the attribute named in the framing (null for the bare delta)
     * @param anchorValue the viewed product's value of that attribute (may be null: a feature it lacks)
     * @param value       the better version's value
     */
    public static String upgrade(BigDecimal delta, String currency, String attribute, String anchorValue, String value) {
        String money = PriceText.signed(delta, currency);
        String benefit = attribute == null ? null : benefit(attribute, anchorValue, value);
        return benefit == null ? money : money + " for " + benefit;
    }

    /**
     * The benefit in words: "twice the storage", "3 times the storage", "50% more battery", "satellite SOS",
     * "OLED display"; {@code null} when the value is not better.
     */
    public static String benefit(String attribute, String anchorValue, String value) {
        AttributeDifference d = AttributeDifference.of(anchorValue, value);
        String label = label(attribute, false);
        if (d == AttributeDifference.ADDED) {
            return value.trim().equalsIgnoreCase("yes") ? label : value.trim() + " " + label;
        }
        if (d != AttributeDifference.MORE) {
            return null;
        }
        double ratio = AttributeDifference.ratio(value, anchorValue);
        long whole = Math.round(ratio);
        if (Math.abs(ratio - whole) < 1e-9) {
            return (whole == 2 ? "twice" : whole + " times") + " the " + label;
        }
        // floored: 1.95x is "95% more", never "twice"
        long percent = (long) Math.floor((ratio - 1) * 100 + 1e-9);
        return percent < 1 ? "more " + label : percent + "% more " + label;
    }

    /**
     * "+$8.34/month over 12 months": the delta spread over the months, rounded up to the cent so the monthly figure
     * never understates the price; {@code null} when months is zero (framing off).
     */
    public static String perMonth(BigDecimal delta, String currency, int months) {
        if (months < 0 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months must be between 0 (off) and " + MAX_MONTHS + ": " + months);
        }
        if (months == 0 || delta.signum() <= 0) {
            return null;
        }
        BigDecimal monthly = delta.divide(BigDecimal.valueOf(months), 2, RoundingMode.CEILING);
        return "+" + PriceText.format(monthly, currency) + "/month over " + months + (months == 1 ? " month" : " months");
    }

    /** "only +$49 for 2 years of protection" (or "only +$49" without a benefit text). */
    public static String addOn(BigDecimal price, String currency, String benefit) {
        String money = "only +" + PriceText.formatShort(price, currency);
        return benefit == null || benefit.trim().isEmpty() ? money : money + " for " + benefit.trim();
    }

    /**
     * An attribute name for shoppers: short all-letter names are acronyms ("ram" is "RAM"); {@code title} capitalises
     * the first letter (table headers), otherwise the name stays as the shop wrote it (inside a sentence).
     */
    public static String label(String attribute, boolean title) {
        String a = attribute.trim();
        if (a.length() <= 3 && !a.isEmpty() && a.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
            return a.toUpperCase(Locale.ROOT);
        }
        return title ? a.substring(0, 1).toUpperCase(Locale.ROOT) + a.substring(1) : a;
    }
}
