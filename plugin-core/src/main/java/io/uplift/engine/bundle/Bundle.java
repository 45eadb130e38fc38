package io.uplift.engine.bundle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A "frequently bought together" bundle as the merchandiser defined or accepted it: an anchor product, one to four
 * companions (one unit of each per set), a discount off the set (a percentage or a fixed amount), an optional
 * validity window. Immutable; the guards are the admin's save rules and quote the bad value.
 */
public final class Bundle {

    /** Fewest and most companions of a bundle. */
    public static final int MIN_COMPANIONS = 1;
    public static final int MAX_COMPANIONS = 4;
    /** Largest percentage discount. */
    public static final BigDecimal MAX_PERCENT = new BigDecimal("90");

    /** How the discount is expressed. */
    public enum DiscountType {
        /** A percentage of the set's price (the sum of its items' unit prices). */
        PERCENT,
        /** A fixed amount off the set (never more than the set's price). */
        AMOUNT
    }

    private final long id;
    private final String name;
    private final long anchorProductId;
    private final List<Long> companions;
    private final DiscountType discountType;
    private final BigDecimal discountValue;
    private final Date starts;
    private final Date ends;

    /**
     * @param starts first moment the bundle is shown and priced, or {@code null} (already)
     * @param ends   the moment it stops being shown and priced, or {@code null} (never)
     */
    public Bundle(long id, String name, long anchorProductId, List<Long> companions, DiscountType discountType,
            BigDecimal discountValue, Date starts, Date ends) {
        if (name == null || name.trim().isEmpty()) {
            throw new IllegalArgumentException("bundle " + id + ": name must not be blank: '" + name + "'");
        }
        if (companions == null || companions.size() < MIN_COMPANIONS || companions.size() > MAX_COMPANIONS) {
            throw new IllegalArgumentException("bundle '" + name + "': needs " + MIN_COMPANIONS + " to " + MAX_COMPANIONS
                    + " companion products: " + companions);
        }
        if (companions.contains(null) || new LinkedHashSet<Long>(companions).size() != companions.size()
                || companions.contains(anchorProductId)) {
            throw new IllegalArgumentException("bundle '" + name + "': a product is listed twice (anchor "
                    + anchorProductId + ", companions " + companions + ")");
        }
        if (discountType == null) {
            throw new IllegalArgumentException("bundle '" + name + "': discount type is required");
        }
        if (discountValue == null || discountValue.signum() <= 0 || discountValue.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("bundle '" + name + "': discount must be a positive amount with at most"
                    + " two decimals: " + discountValue);
        }
        if (discountType == DiscountType.PERCENT && discountValue.compareTo(MAX_PERCENT) > 0) {
            throw new IllegalArgumentException("bundle '" + name + "': a percentage discount must be at most "
                    + MAX_PERCENT + " %: " + discountValue);
        }
        if (starts != null && ends != null && !ends.after(starts)) {
            throw new IllegalArgumentException("bundle '" + name + "': the end " + ends + " must be after the start "
                    + starts);
        }
        this.id = id;
        this.name = name.trim();
        this.anchorProductId = anchorProductId;
        this.companions = Collections.unmodifiableList(new ArrayList<Long>(companions));
        this.discountType = discountType;
        this.discountValue = discountValue.stripTrailingZeros().scale() < 0
                ? discountValue.setScale(0) : discountValue.stripTrailingZeros();
        this.starts = starts == null ? null : new Date(starts.getTime());
        this.ends = ends == null ? null : new Date(ends.getTime());
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getAnchorProductId() {
        return anchorProductId;
    }

    /** Companion product ids in display order; never null. */
    public List<Long> getCompanions() {
        return companions;
    }

    /** The anchor first, then the companions. */
    public List<Long> getItems() {
        List<Long> items = new ArrayList<Long>(companions.size() + 1);
        items.add(anchorProductId);
        items.addAll(companions);
        return items;
    }

    public boolean contains(long productId) {
        return anchorProductId == productId || companions.contains(productId);
    }

    public DiscountType getDiscountType() {
        return discountType;
    }

    public BigDecimal getDiscountValue() {
        return discountValue;
    }

    public Date getStarts() {
        return starts == null ? null : new Date(starts.getTime());
    }

    public Date getEnds() {
        return ends == null ? null : new Date(ends.getTime());
    }

    /** Whether the bundle is shown and priced at {@code now}: started (or no start) and not ended. */
    public boolean isActiveAt(Date now) {
        return (starts == null || !now.before(starts)) && (ends == null || now.before(ends));
    }

    @Override
    public String toString() {
        return "Bundle{" + id + " '" + name + "' " + getItems() + " " + discountValue
                + (discountType == DiscountType.PERCENT ? " %" : " off") + "}";
    }
}
