package io.uplift.engine.bundle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bundle arithmetic, shared by the widget (what the shopper is shown) and the pricing step (what the cart is
 * charged), so the two can never disagree. Money is rounded half-up to the cent.
 */
public final class BundlePricing {

    private BundlePricing() {
    }

    /** The discount on one complete set whose items cost {@code setPrice} together; never more than the set's price. */
    public static BigDecimal setDiscount(Bundle bundle, BigDecimal setPrice) {
        BigDecimal d = bundle.getDiscountType() == Bundle.DiscountType.PERCENT
                ? setPrice.multiply(bundle.getDiscountValue()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                : bundle.getDiscountValue().setScale(2, RoundingMode.HALF_UP);
        return d.min(setPrice).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    /** The sum of the items' unit prices, or {@code null} when a price is unknown. */
    public static BigDecimal setPrice(Bundle bundle, Map<Long, BigDecimal> unitPrices) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Long id : bundle.getItems()) {
            BigDecimal p = unitPrices.get(id);
            if (p == null) {
                return null;
            }
            sum = sum.add(p);
        }
        return sum.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * What the widget shows for a selection: the selected items' total, and the bundle discount only when every item
     * of the bundle is selected (a partial set is never discounted).
     */
    public static Quote quote(Bundle bundle, Set<Long> selected, Map<Long, BigDecimal> unitPrices) {
        BigDecimal total = BigDecimal.ZERO;
        int count = 0;
        for (Long id : bundle.getItems()) {
            if (selected.contains(id)) {
                BigDecimal p = unitPrices.get(id);
                if (p == null) {
                    throw new IllegalArgumentException("bundle '" + bundle.getName() + "': no price for product " + id);
                }
                total = total.add(p);
                count++;
            }
        }
        boolean complete = count == bundle.getItems().size();
        BigDecimal discount = complete ? setDiscount(bundle, total) : BigDecimal.ZERO.setScale(2);
        BigDecimal fullSetPrice = setPrice(bundle, unitPrices);
        BigDecimal possible = fullSetPrice == null ? BigDecimal.ZERO.setScale(2) : setDiscount(bundle, fullSetPrice);
        return new Quote(total.setScale(2, RoundingMode.HALF_UP), discount, count, complete, possible);
    }

    /** A selection's price. */
    public static final class Quote {
        private final BigDecimal itemsTotal;
        private final BigDecimal discount;
        private final int selectedCount;
        private final boolean complete;
        private final BigDecimal fullSetDiscount;

        Quote(BigDecimal itemsTotal, BigDecimal discount, int selectedCount, boolean complete, BigDecimal fullSetDiscount) {
            this.itemsTotal = itemsTotal;
            this.discount = discount;
            this.selectedCount = selectedCount;
            this.complete = complete;
            this.fullSetDiscount = fullSetDiscount;
        }

        /** The selected items' prices added up. */
        public BigDecimal getItemsTotal() {
            return itemsTotal;
        }

        /** The bundle discount of this selection: zero unless it is the complete set. */
        public BigDecimal getDiscount() {
            return discount;
        }

        /** What the selection costs: items total minus discount. */
        public BigDecimal getTotal() {
            return itemsTotal.subtract(discount);
        }

        public int getSelectedCount() {
            return selectedCount;
        }

        public boolean isComplete() {
            return complete;
        }

        /** The discount the complete set would get (for "select all to save $X"). */
        public BigDecimal getFullSetDiscount() {
            return fullSetDiscount;
        }
    }

    /**
     * The bundle savings of a cart: each active bundle applies once per complete set in the cart (one unit of each
     * item per set); a unit counts towards at most one set, the bundle with the larger saving per set first (then the
     * smaller id). Items without a price are never part of a set.
     *
     * @param quantities units per product in the cart (top-level lines only)
     * @param unitPrices the unit price per product as the cart prices it
     */
    public static List<Applied> apply(Collection<Bundle> bundles, Map<Long, Integer> quantities,
            Map<Long, BigDecimal> unitPrices) {
        List<Object[]> candidates = new ArrayList<Object[]>();
        for (Bundle b : bundles) {
            BigDecimal setPrice = setPrice(b, unitPrices);
            if (setPrice != null) {
                candidates.add(new Object[] {b, setDiscount(b, setPrice)});
            }
        }
        Collections.sort(candidates, new Comparator<Object[]>() {
            @Override
            public int compare(Object[] x, Object[] y) {
                int c = ((BigDecimal) y[1]).compareTo((BigDecimal) x[1]);
                return c != 0 ? c : Long.compare(((Bundle) x[0]).getId(), ((Bundle) y[0]).getId());
            }
        });
        Map<Long, Integer> left = new HashMap<Long, Integer>(quantities);
        List<Applied> out = new ArrayList<Applied>();
        for (Object[] c : candidates) {
            Bundle b = (Bundle) c[0];
            BigDecimal perSet = (BigDecimal) c[1];
            int sets = Integer.MAX_VALUE;
            for (Long id : b.getItems()) {
                Integer q = left.get(id);
                sets = Math.min(sets, q == null ? 0 : q);
            }
            if (sets <= 0 || perSet.signum() <= 0) {
                continue;
            }
            for (Long id : b.getItems()) {
                left.put(id, left.get(id) - sets);
            }
            out.add(new Applied(b, sets, perSet.multiply(BigDecimal.valueOf(sets))));
        }
        return out;
    }

    /** A bundle applied to a cart. */
    public static final class Applied {
        private final Bundle bundle;
        private final int sets;
        private final BigDecimal amount;

        Applied(Bundle bundle, int sets, BigDecimal amount) {
            this.bundle = bundle;
            this.sets = sets;
            this.amount = amount;
        }

        public Bundle getBundle() {
            return bundle;
        }

        /** Complete sets in the cart. */
        public int getSets() {
            return sets;
        }

        /** The total saving: per-set discount times sets. */
        public BigDecimal getAmount() {
            return amount;
        }
    }
}
