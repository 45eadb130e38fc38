package io.uplift.engine.nudge;

import io.uplift.engine.ProductFacts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The catalog's products sorted by price, for finding what costs about a given amount without scanning the catalog
 * on the page path. Built in the background from catalog facts; prices may be slightly stale, so callers check the
 * current price of what they find. Immutable and thread-safe.
 */
public final class PriceIndex {

    public static final PriceIndex EMPTY = new PriceIndex(new long[0], new long[0]);

    /** Prices in cents, ascending; ids in the same order (ties by id ascending). */
    private final long[] cents;
    private final long[] ids;

    private PriceIndex(long[] cents, long[] ids) {
        this.cents = cents;
        this.ids = ids;
    }

    /** Indexes the products that are active and have a price; others are left out. */
    public static PriceIndex of(Collection<ProductFacts> products) {
        List<long[]> rows = new ArrayList<long[]>(products.size());
        for (ProductFacts p : products) {
            if (p != null && p.isActive() && p.getPrice() != null) {
                rows.add(new long[] {toCents(p.getPrice()), p.getId()});
            }
        }
        long[][] sorted = rows.toArray(new long[0][]);
        Arrays.sort(sorted, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        long[] cents = new long[sorted.length];
        long[] ids = new long[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            cents[i] = sorted[i][0];
            ids[i] = sorted[i][1];
        }
        return new PriceIndex(cents, ids);
    }

    static long toCents(BigDecimal amount) {
        return amount.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * @param min lowest price, inclusive
     * @param max highest price, inclusive
     * @param limit at most this many, cheapest first
     * @return product ids priced from {@code min} to {@code max}, cheapest first; never null
     */
    public List<Long> between(BigDecimal min, BigDecimal max, int limit) {
        long lo = toCents(min);
        long hi = toCents(max);
        List<Long> out = new ArrayList<Long>();
        for (int i = firstAtLeast(lo); i < cents.length && cents[i] <= hi && out.size() < limit; i++) {
            out.add(ids[i]);
        }
        return out;
    }

    private int firstAtLeast(long value) {
        int lo = 0;
        int hi = cents.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cents[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public int size() {
        return ids.length;
    }

    @Override
    public String toString() {
        return "PriceIndex(" + ids.length + " products)";
    }
}
