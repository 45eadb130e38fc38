package io.uplift.engine.upsell;

import java.util.Locale;

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

    /**
     * Trimmed, runs of whitespace as one space, lower case: what {@code trim}, {@code \\s+ -> " "} and
     * {@code toLowerCase(Locale.ROOT)} give, in one pass without a regular expression (it runs for every cell of every
     * comparison table and cart upgrade on a page). Whitespace is what {@code \\s} matches: space, tab, line feed,
     * vertical tab, form feed, carriage return.
     */
    static String normalise(String v) {
        StringBuilder out = null;
        int n = v.length();
        int start = 0;
        while (start < n && v.charAt(start) <= ' ') {
            start++;
        }
        int end = n;
        while (end > start && v.charAt(end - 1) <= ' ') {
            end--;
        }
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = v.charAt(i);
            if (isSpace(c)) {
                if (out == null) {
                    out = new StringBuilder(end - start).append(v, start, i);
                }
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            if (out != null) {
                out.append(c);
            }
        }
        String collapsed = out == null ? v.substring(start, end) : out.toString();
        return collapsed.toLowerCase(Locale.ROOT);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
