package io.uplift.engine.similar;

import io.uplift.engine.ProductFacts;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How alike two products are by their content, and why: category, comparable attributes, price band. Pure
 * functions of the products' facts, shared by the precomputation (scores) and the page path (reason texts).
 */
public final class SimilarityScore {

    static final double CATEGORY_WEIGHT = 2.0;
    static final double ATTRIBUTE_WEIGHT = 1.5;
    static final double PRICE_WEIGHT = 1.0;
    static final double TEXT_WEIGHT = 1.0;
    /** Prices further apart than this factor are not "a similar price". */
    static final double PRICE_RANGE = 3.0;

    private SimilarityScore() {
    }

    /** 1 for the same main category, 0.5 for another shared category, 0 otherwise. */
    public static double category(ProductFacts a, ProductFacts b) {
        if (a.getCategoryIds().isEmpty() || b.getCategoryIds().isEmpty()) {
            return 0;
        }
        if (a.getCategoryIds().get(0).equals(b.getCategoryIds().get(0))) {
            return 1;
        }
        for (Long c : a.getCategoryIds()) {
            if (b.getCategoryIds().contains(c)) {
                return 0.5;
            }
        }
        return 0;
    }

    /**
     * Attribute likeness 0..1: over the attribute names either product has, a name with the same value counts 1,
     * a name both have with different values 0.5.
     */
    public static double attributes(ProductFacts a, ProductFacts b) {
        Map<String, String> x = a.getAttributes();
        Map<String, String> y = b.getAttributes();
        if (x.isEmpty() && y.isEmpty()) {
            return 0;
        }
        Set<String> names = new TreeSet<String>(x.keySet());
        names.addAll(y.keySet());
        double sum = 0;
        for (String n : names) {
            String vx = x.get(n);
            String vy = y.get(n);
            if (vx != null && vy != null) {
                sum += vx.equalsIgnoreCase(vy) ? 1 : 0.5;
            }
        }
        return sum / names.size();
    }

    /** Attribute names with equal values in both. */
    public static int equalAttributes(ProductFacts a, ProductFacts b) {
        int n = 0;
        for (Map.Entry<String, String> e : a.getAttributes().entrySet()) {
            String other = b.getAttributes().get(e.getKey());
            if (other != null && other.equalsIgnoreCase(e.getValue())) {
                n++;
            }
        }
        return n;
    }

    /** Price closeness 0..1: 1 for equal prices, falling to 0 at a factor of {@link #PRICE_RANGE} apart. */
    public static double price(ProductFacts a, ProductFacts b) {
        BigDecimal pa = a.getPrice();
        BigDecimal pb = b.getPrice();
        if (pa == null || pb == null || pa.signum() <= 0 || pb.signum() <= 0) {
            return 0;
        }
        double ratio = Math.abs(Math.log(pa.doubleValue() / pb.doubleValue()));
        return Math.max(0, 1 - ratio / Math.log(PRICE_RANGE));
    }

    /** The combined score; 0 when the products share neither a category nor text. */
    public static double score(ProductFacts a, ProductFacts b, double textScore) {
        double category = category(a, b);
        if (category == 0 && textScore == 0) {
            return 0;
        }
        return CATEGORY_WEIGHT * category + ATTRIBUTE_WEIGHT * attributes(a, b) + PRICE_WEIGHT * price(a, b)
                + TEXT_WEIGHT * textScore;
    }

    /** "same category, 4 of 6 attributes alike, price within 12 %" for the admin. */
    public static String reason(ProductFacts a, ProductFacts b, boolean textMatch) {
        StringBuilder r = new StringBuilder("similar to ").append(a.getName()).append(": ");
        double category = category(a, b);
        r.append(category == 1 ? "same category" : category > 0 ? "a shared category" : "another category");
        int names = new TreeSet<String>(a.getAttributes().keySet()).size();
        if (names > 0) {
            r.append(", ").append(equalAttributes(a, b)).append(" of ").append(names).append(" attributes equal");
        }
        if (a.getPrice() != null && b.getPrice() != null && a.getPrice().signum() > 0) {
            long pct = Math.round(Math.abs(b.getPrice().doubleValue() / a.getPrice().doubleValue() - 1) * 100);
            r.append(", price ").append(pct == 0 ? "the same" : "within " + pct + " %");
        }
        if (textMatch) {
            r.append(", search match");
        }
        return r.toString();
    }
}
