package io.uplift.engine.bundle;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.copurchase.CoPurchaseModel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The knobs of bundle suggestions (deploy-time properties {@code uplift.bundle.suggest.*}, README "Configuration"):
 * how much evidence a suggestion needs, how many companions it proposes, how many suggestions are listed, and the
 * discount an accepted suggestion starts with. Immutable; the constructor refuses a bad value with a message quoting
 * it.
 */
public final class BundleSuggestionSettings {

    /** Orders with the anchor a suggestion needs unless configured: {@value}. */
    public static final int DEFAULT_MIN_ORDERS = 30;
    /** Orders with both anchor and companion a pair needs unless configured: {@value}. */
    public static final int DEFAULT_MIN_TOGETHER = 15;
    /** Companions per suggestion unless configured: {@value}. */
    public static final int DEFAULT_COMPANIONS = 2;
    /** Suggestions listed unless configured: {@value}. */
    public static final int DEFAULT_MAX = 20;
    /** The percentage off the set an accepted suggestion starts with unless configured. */
    public static final BigDecimal DEFAULT_DISCOUNT_PERCENT = BigDecimal.TEN;

    private static final BundleSuggestionSettings DEFAULTS = new BundleSuggestionSettings(DEFAULT_MIN_ORDERS,
            DEFAULT_MIN_TOGETHER, DEFAULT_COMPANIONS, DEFAULT_MAX, DEFAULT_DISCOUNT_PERCENT);

    private final int minOrders;
    private final int minTogether;
    private final int companions;
    private final int max;
    private final BigDecimal discountPercent;

    /**
     * @param minOrders       at least 1
     * @param minTogether     at least 1
     * @param companions      {@link Bundle#MIN_COMPANIONS} to {@link Bundle#MAX_COMPANIONS}
     * @param max             1 to 1000
     * @param discountPercent above 0, at most {@link Bundle#MAX_PERCENT}, at most two decimals
     */
    public BundleSuggestionSettings(int minOrders, int minTogether, int companions, int max, BigDecimal discountPercent) {
        if (minOrders < 1) {
            throw new IllegalArgumentException("uplift.bundle.suggest.minOrders must be at least 1: " + minOrders);
        }
        if (minTogether < 1) {
            throw new IllegalArgumentException("uplift.bundle.suggest.minTogether must be at least 1: " + minTogether);
        }
        if (companions < Bundle.MIN_COMPANIONS || companions > Bundle.MAX_COMPANIONS) {
            throw new IllegalArgumentException("uplift.bundle.suggest.companions must be " + Bundle.MIN_COMPANIONS
                    + " to " + Bundle.MAX_COMPANIONS + ": " + companions);
        }
        if (max < 1 || max > 1000) {
            throw new IllegalArgumentException("uplift.bundle.suggest.max must be 1 to 1000: " + max);
        }
        if (discountPercent == null || discountPercent.signum() <= 0 || discountPercent.compareTo(Bundle.MAX_PERCENT) > 0
                || discountPercent.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("uplift.bundle.suggest.discountPercent must be above 0 and at most "
                    + Bundle.MAX_PERCENT + ", with at most two decimals: " + discountPercent);
        }
        this.minOrders = minOrders;
        this.minTogether = minTogether;
        this.companions = companions;
        this.max = max;
        this.discountPercent = discountPercent;
    }

    /** At least 30 orders with the anchor, 15 with each pair, 2 companions, 20 suggestions, 10 % off. */
    public static BundleSuggestionSettings defaults() {
        return DEFAULTS;
    }

    /**
     * The current suggestions: {@link BundleSuggester} with these settings.
     *
     * @param products the candidate anchors (e.g. the catalog's active products)
     * @param anchored products that already anchor an enabled bundle (skipped)
     */
    public List<BundleSuggestion> suggest(CatalogFacts catalog, CoPurchaseModel model, Iterable<Long> products,
            Set<Long> anchored) {
        return suggest(catalog, model, products, anchored, java.util.Collections.<Long>emptySet());
    }

    /** @param excluded products never part of a bundle (e.g. protection plans, sold only with what they cover) */
    public List<BundleSuggestion> suggest(CatalogFacts catalog, CoPurchaseModel model, Iterable<Long> products,
            Set<Long> anchored, Set<Long> excluded) {
        return new BundleSuggester(catalog).suggest(model, products, anchored, excluded, minOrders, minTogether,
                companions, max);
    }

    public int getMinOrders() {
        return minOrders;
    }

    public int getMinTogether() {
        return minTogether;
    }

    public int getCompanions() {
        return companions;
    }

    public int getMax() {
        return max;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    @Override
    public String toString() {
        return "BundleSuggestionSettings{minOrders=" + minOrders + ", minTogether=" + minTogether + ", companions="
                + companions + ", max=" + max + ", discountPercent=" + discountPercent + "}";
    }
}
