package io.uplift.engine.bundle;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.copurchase.Neighbor;

import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The bundle that accepting a {@link BundleSuggestion} creates, the same in the admin's "Accept" and in the demo's
 * seed: named "&lt;anchor&gt; set", a percentage off the set, switched on, and an origin text that keeps the figures
 * it was accepted on ("accepted from suggestion: Nova X 128 GB in 223 of 5,400 orders; + Nova X Case (together in
 * 133, confidence 60 %, lift 5.29); 2026-11-30"). Immutable.
 */
public final class SuggestedBundle {

    /** Longest name and origin the bundle table stores. */
    public static final int MAX_NAME = 80;
    public static final int MAX_ORIGIN = 400;
    /** How an origin text starts: the suggestions page and the tests recognise accepted bundles by it. */
    public static final String ORIGIN_PREFIX = "accepted from suggestion: ";

    private final Bundle bundle;
    private final String origin;

    private SuggestedBundle(Bundle bundle, String origin) {
        this.bundle = bundle;
        this.origin = origin;
    }

    /**
     * @param catalog         names the products (an unknown one is named by its id)
     * @param discountPercent the percentage off the set, as {@link Bundle} accepts it
     * @param acceptedAt      the date written into the origin (UTC, day precision)
     * @throws IllegalArgumentException when the suggestion cannot make a valid bundle (quoting why)
     */
    public static SuggestedBundle of(BundleSuggestion suggestion, CatalogFacts catalog, BigDecimal discountPercent,
            Date acceptedAt) {
        String anchorName = name(catalog, suggestion.getAnchorProductId());
        Bundle bundle = new Bundle(0, truncate(anchorName + " set", MAX_NAME), suggestion.getAnchorProductId(),
                suggestion.getCompanionIds(), Bundle.DiscountType.PERCENT, discountPercent, null, null);
        String day = "; " + day(acceptedAt);
        return new SuggestedBundle(bundle, ORIGIN_PREFIX + truncate(figures(suggestion, catalog),
                MAX_ORIGIN - ORIGIN_PREFIX.length() - day.length()) + day);
    }

    /**
     * The figures behind a suggestion in words: "Nova X 128 GB in 223 of 5,400 orders; + Nova X Case (together in
     * 133, confidence 60 %, lift 5.29); + ...".
     */
    public static String figures(BundleSuggestion suggestion, CatalogFacts catalog) {
        StringBuilder b = new StringBuilder();
        b.append(name(catalog, suggestion.getAnchorProductId())).append(" in ")
                .append(String.format(Locale.US, "%,d of %,d orders", suggestion.getAnchorOrders(), suggestion.getOrders()));
        for (Neighbor n : suggestion.getCompanions()) {
            b.append("; + ").append(name(catalog, n.getProductId()))
                    .append(String.format(Locale.US, " (together in %,d, confidence %s %%, lift %s)", n.getTogether(),
                            confidencePercent(n), lift(n)));
        }
        return b.toString();
    }

    /** A pair's confidence in whole percent ("60"), as the origin and the admin's page show it. */
    public static String confidencePercent(Neighbor pair) {
        return String.format(Locale.US, "%.0f", pair.getConfidence() * 100);
    }

    /** A pair's lift with two decimals ("5.29"), as the origin and the admin's page show it. */
    public static String lift(Neighbor pair) {
        return String.format(Locale.US, "%.2f", pair.getLift());
    }

    /** The bundle with id 0 (not stored yet): anchor, companions in suggestion order, the discount. */
    public Bundle getBundle() {
        return bundle;
    }

    public String getName() {
        return bundle.getName();
    }

    public long getAnchorProductId() {
        return bundle.getAnchorProductId();
    }

    /** Companion product ids, highest lift first (the set's display order). */
    public List<Long> getCompanions() {
        return bundle.getCompanions();
    }

    public Bundle.DiscountType getDiscountType() {
        return bundle.getDiscountType();
    }

    public BigDecimal getDiscountValue() {
        return bundle.getDiscountValue();
    }

    /** At most {@link #MAX_ORIGIN} characters, starting with {@link #ORIGIN_PREFIX}. */
    public String getOrigin() {
        return origin;
    }

    private static String name(CatalogFacts catalog, long productId) {
        ProductFacts p = catalog.find(productId);
        return p == null ? "product " + productId : p.getName();
    }

    private static String day(Date date) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd", Locale.US);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(date);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    @Override
    public String toString() {
        return "SuggestedBundle{" + bundle + ", origin='" + origin + "'}";
    }
}
