package io.uplift.slot;

/**
 * The merchandiser's rules of one suggestion widget beyond the standard filters (active, in stock, not the viewed
 * product, not in the cart, not shown elsewhere on the page): which sources to draw from, and the optional rules.
 * Immutable; the guards are the same rules the admin enforces on save.
 */
public final class WidgetRules {

    /** The rules of a widget the merchandiser has not tuned: the type's default chain, no optional rule. */
    public static final WidgetRules DEFAULTS = new WidgetRules(null, false, null, null, false, false);

    private final String sources;
    private final boolean excludePurchased;
    private final Integer priceMinPercent;
    private final Integer priceMaxPercent;
    private final boolean rotate;
    private final boolean stockMarginBoost;

    /**
     * @param sources          comma-separated source chain, e.g. {@code copurchase, similar, trending}; {@code null}
     *                         or blank for the widget type's default chain (checked against the known sources when
     *                         the widget is built)
     * @param excludePurchased leave out what the signed-in customer bought before
     * @param priceMinPercent  only products costing at least this percentage of the anchor price, or {@code null}
     * @param priceMaxPercent  only products costing at most this percentage of the anchor price, or {@code null}
     * @param rotate           rotate near-equal suggestions per visitor and day
     * @param stockMarginBoost rank products with a better margin higher and products nearly sold out lower
     */
    public WidgetRules(String sources, boolean excludePurchased, Integer priceMinPercent, Integer priceMaxPercent,
            boolean rotate, boolean stockMarginBoost) {
        if (priceMinPercent != null && (priceMinPercent < 0 || priceMinPercent > 1000)) {
            throw new IllegalArgumentException("price band minimum must be between 0 and 1000 %: " + priceMinPercent);
        }
        if (priceMaxPercent != null && (priceMaxPercent < 1 || priceMaxPercent > 1000)) {
            throw new IllegalArgumentException("price band maximum must be between 1 and 1000 %: " + priceMaxPercent);
        }
        if (priceMinPercent != null && priceMaxPercent != null && priceMinPercent > priceMaxPercent) {
            throw new IllegalArgumentException("price band minimum " + priceMinPercent + " % is above the maximum "
                    + priceMaxPercent + " %");
        }
        this.sources = sources == null || sources.trim().isEmpty() ? null : sources.trim();
        this.excludePurchased = excludePurchased;
        this.priceMinPercent = priceMinPercent;
        this.priceMaxPercent = priceMaxPercent;
        this.rotate = rotate;
        this.stockMarginBoost = stockMarginBoost;
    }

    /** The chain text, or {@code null} for the type's default. */
    public String getSources() {
        return sources;
    }

    public boolean isExcludePurchased() {
        return excludePurchased;
    }

    public Integer getPriceMinPercent() {
        return priceMinPercent;
    }

    public Integer getPriceMaxPercent() {
        return priceMaxPercent;
    }

    public boolean isRotate() {
        return rotate;
    }

    public boolean isStockMarginBoost() {
        return stockMarginBoost;
    }

    /** Rules are equal when every rule is: a widget's pipeline is built once per distinct rules. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WidgetRules)) {
            return false;
        }
        WidgetRules r = (WidgetRules) o;
        return java.util.Objects.equals(sources, r.sources) && excludePurchased == r.excludePurchased
                && java.util.Objects.equals(priceMinPercent, r.priceMinPercent)
                && java.util.Objects.equals(priceMaxPercent, r.priceMaxPercent) && rotate == r.rotate
                && stockMarginBoost == r.stockMarginBoost;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(sources, excludePurchased, priceMinPercent, priceMaxPercent, rotate,
                stockMarginBoost);
    }

    @Override
    public String toString() {
        return "rules{sources=" + sources + ", excludePurchased=" + excludePurchased + ", price=" + priceMinPercent
                + ".." + priceMaxPercent + " %, rotate=" + rotate + ", stockMarginBoost=" + stockMarginBoost + "}";
    }
}
