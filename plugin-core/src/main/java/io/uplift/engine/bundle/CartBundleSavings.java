package io.uplift.engine.bundle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the pricing step takes off one cart for bundles: the cart's top-level lines (child lines such as warranties
 * are never part of a set) reduced to units and one unit price per product, {@link BundlePricing#apply} on them, and
 * each applied bundle as one saving with the {@link #reason} the shopper and the admin read ("Bundle: Desk set (2
 * sets)").
 * Two lines of one product add up and are priced at the lower of their unit prices, so a saving is never computed
 * from more than the shopper pays. The savings together never exceed the cap (what the order costs before them).
 * Not thread-safe: one instance per pricing run.
 */
public final class CartBundleSavings {

    /** Every reason starts with this, so a template can tell bundle savings from other order discounts. */
    public static final String REASON_PREFIX = "Bundle: ";

    private final Map<Long, Integer> quantities = new LinkedHashMap<Long, Integer>();
    private final Map<Long, BigDecimal> unitPrices = new HashMap<Long, BigDecimal>();
    private final Set<Long> unpriced = new HashSet<Long>();

    /**
     * Adds one top-level cart line.
     *
     * @param quantity  units on the line, at least 1
     * @param unitPrice what the cart charges per unit before order discounts, at least 0; {@code null} when unknown
     *                  (the product then is never part of a set)
     */
    public CartBundleSavings line(long productId, int quantity, BigDecimal unitPrice) {
        if (quantity < 1) {
            throw new IllegalArgumentException("cart line of product " + productId + ": quantity must be at least 1: "
                    + quantity);
        }
        if (unitPrice != null && unitPrice.signum() < 0) {
            throw new IllegalArgumentException("cart line of product " + productId + ": unit price must not be negative: "
                    + unitPrice);
        }
        Integer before = quantities.get(productId);
        quantities.put(productId, before == null ? quantity : before + quantity);
        if (unitPrice == null) {
            unpriced.add(productId);
            unitPrices.remove(productId);
        } else if (!unpriced.contains(productId)) {
            BigDecimal known = unitPrices.get(productId);
            unitPrices.put(productId, known == null ? unitPrice : known.min(unitPrice));
        }
        return this;
    }

    /** Units per product of the lines added so far. */
    public Map<Long, Integer> quantities() {
        return Collections.unmodifiableMap(quantities);
    }

    /**
     * The savings of the lines added so far, one per bundle with at least one complete set, largest per set first
     * (the order {@link BundlePricing#apply} takes them in); the amount of the last ones is lowered to the cap.
     *
     * @param active the bundles in force now (enabled, started, not ended)
     * @param cap    the most all savings together may take off, e.g. the subtotal less other order discounts;
     *               {@code null} for no cap; below zero counts as zero
     */
    public List<BundlePricing.Applied> savings(Collection<Bundle> active, BigDecimal cap) {
        if (active.isEmpty() || quantities.isEmpty()) {
            return Collections.emptyList();
        }
        BigDecimal left = cap == null ? null : cap.max(BigDecimal.ZERO).setScale(2, RoundingMode.DOWN);
        List<BundlePricing.Applied> out = new ArrayList<BundlePricing.Applied>();
        for (BundlePricing.Applied a : BundlePricing.apply(active, quantities, unitPrices)) {
            BigDecimal amount = a.getAmount();
            if (left != null) {
                amount = amount.min(left);
                left = left.subtract(amount);
            }
            if (amount.signum() > 0) {
                out.add(amount.equals(a.getAmount()) ? a : new BundlePricing.Applied(a.getBundle(), a.getSets(), amount));
            }
        }
        return out;
    }

    /** "Bundle: Desk set (1 set)", "Bundle: Desk set (2 sets)". */
    public static String reason(String bundleName, int sets) {
        return REASON_PREFIX + bundleName + " (" + sets + (sets == 1 ? " set)" : " sets)");
    }
}
