package io.uplift.engine.upsell;

import java.util.Locale;
import java.util.regex.Pattern;

/** How one version's attribute value compares with the viewed product's. */
public enum AttributeDifference {
    /** Same value. */
    SAME,
    /** A larger measure of the same kind (e.g. 256 GB against 128 GB). */
    MORE,
    /** A smaller measure of the same kind. */
    LESS,
    /** A value the viewed product does not have at all (a feature it lacks). */
    ADDED,
    /** The viewed product has the attribute, this version does not (or its value is unknown). */
    MISSING,
    /** Both have a value; they differ and cannot be ordered (e.g. 6-core against 8-core). */
    OTHER;

    /** Compares a version's value with the viewed product's value; either may be null (unknown). */
    public static AttributeDifference of(String anchorValue, String value) {
        boolean hasAnchor = present(anchorValue);
        boolean has = present(value);
        if (!hasAnchor && !has) {
            return SAME;
        }
        if (!hasAnchor) {
            return ADDED;
        }
        if (!has) {
            return MISSING;
        }
        if (normalise(anchorValue).equals(normalise(value))) {
            return SAME;
        }
        Double ratio = ratio(value, anchorValue);
        if (ratio == null) {
            return OTHER;
        }
        return ratio > 1 ? MORE : ratio < 1 ? LESS : SAME;
    }

    /** value / anchorValue when both are measures of one kind, else {@code null}. */
    public static Double ratio(String value, String anchorValue) {
        Measure a = Measure.parse(anchorValue);
        Measure b = Measure.parse(value);
        return a == null || b == null ? null : b.ratioTo(a);
    }

    /** Whether the difference is worth highlighting in the table. */
    public boolean isDifferent() {
        return this != SAME;
    }

    /** Whether this version is better on the attribute (more of a measure, or a feature the viewed product lacks). */
    public boolean isPremium() {
        return this == MORE || this == ADDED;
    }

    /** "no", "none", "-" and blanks count as no value: a feature the product lacks. */
    static boolean present(String v) {
        if (v == null) {
            return false;
        }
        String n = normalise(v);
        return !(n.isEmpty() || n.equals("no") || n.equals("none") || n.equals("-") || n.equals("n/a"));
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String normalise(String v) {
        return SPACES.matcher(v.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
