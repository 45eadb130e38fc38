package io.uplift.engine.journey;

/**
 * The merchandiser's frequency caps across a shopper's visit (Uplift &gt; Offer limits): after how many declined
 * protection-plan offers the shopper is not asked again, and in how many places (pages) one product may be
 * suggested. {@code null} means "no limit". Immutable.
 */
public final class OfferLimits {

    /** Largest decline limit the admin may set. */
    public static final int MAX_DECLINES = 20;
    /** Largest number of places per product the admin may set. */
    public static final int MAX_PLACES = 50;

    /** What a shop gets before its merchandiser sets anything: asked twice at most, a product in five places. */
    public static final OfferLimits DEFAULTS = new OfferLimits(2, 5);
    /** No caps at all. */
    public static final OfferLimits NONE = new OfferLimits(null, null);

    private final Integer warrantyDeclines;
    private final Integer productPlaces;

    /**
     * @param warrantyDeclines declined protection-plan offers after which the shopper is not asked again in this
     *                         visit (1 to {@value #MAX_DECLINES}); {@code null}: always asked
     * @param productPlaces    distinct places (pages) in which one product may be suggested per visit (1 to
     *                         {@value #MAX_PLACES}); {@code null}: no limit
     */
    public OfferLimits(Integer warrantyDeclines, Integer productPlaces) {
        if (warrantyDeclines != null && (warrantyDeclines < 1 || warrantyDeclines > MAX_DECLINES)) {
            throw new IllegalArgumentException("declined offers before the plan is not offered again must be blank or"
                    + " between 1 and " + MAX_DECLINES + ": " + warrantyDeclines);
        }
        if (productPlaces != null && (productPlaces < 1 || productPlaces > MAX_PLACES)) {
            throw new IllegalArgumentException("places per product and visit must be blank or between 1 and "
                    + MAX_PLACES + ": " + productPlaces);
        }
        this.warrantyDeclines = warrantyDeclines;
        this.productPlaces = productPlaces;
    }

    /** Declined offers after which no plan is offered again in the visit; {@code null}: no limit. */
    public Integer getWarrantyDeclines() {
        return warrantyDeclines;
    }

    /** Places (pages) per product and visit; {@code null}: no limit. */
    public Integer getProductPlaces() {
        return productPlaces;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof OfferLimits)) {
            return false;
        }
        OfferLimits other = (OfferLimits) o;
        return java.util.Objects.equals(warrantyDeclines, other.warrantyDeclines)
                && java.util.Objects.equals(productPlaces, other.productPlaces);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(warrantyDeclines, productPlaces);
    }

    @Override
    public String toString() {
        return "OfferLimits{warrantyDeclines=" + warrantyDeclines + ", productPlaces=" + productPlaces + "}";
    }
}
