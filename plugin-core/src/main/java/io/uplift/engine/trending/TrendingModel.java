package io.uplift.engine.trending;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Best-sellers with time decay, one immutable generation: products ordered by their decayed order count (an order
 * {@code h} half-lives old counts {@code 2^-h}), each with its plain order count. Read on the page-render path.
 */
public final class TrendingModel {

    private static final TrendingModel EMPTY = new TrendingModel(new long[0], new double[0], new int[0], 7, 0);

    private final long[] productIds;
    private final double[] decayed;
    private final int[] orders;
    private final double halfLifeDays;
    private final long asOfMillis;

    /**
     * @param productIds best first
     * @param decayed    decayed order counts as of {@code asOfMillis}, same order
     * @param orders     plain order counts, same order
     */
    public TrendingModel(long[] productIds, double[] decayed, int[] orders, double halfLifeDays, long asOfMillis) {
        if (productIds.length != decayed.length || productIds.length != orders.length) {
            throw new IllegalArgumentException("trending arrays differ in length: " + productIds.length + ", "
                    + decayed.length + ", " + orders.length);
        }
        this.productIds = productIds;
        this.decayed = decayed;
        this.orders = orders;
        this.halfLifeDays = halfLifeDays;
        this.asOfMillis = asOfMillis;
    }

    public static TrendingModel empty() {
        return EMPTY;
    }

    /** The top products, best first; never null. */
    public List<Entry> top(int max) {
        int n = Math.min(max, productIds.length);
        if (n <= 0) {
            return Collections.emptyList();
        }
        List<Entry> out = new ArrayList<Entry>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Entry(productIds[i], decayed[i], orders[i]));
        }
        return out;
    }

    public int size() {
        return productIds.length;
    }

    public double getHalfLifeDays() {
        return halfLifeDays;
    }

    /** The time the decayed counts refer to (the newest order seen), epoch millis; 0 when empty. */
    public long getAsOfMillis() {
        return asOfMillis;
    }

    /** One trending product. */
    public static final class Entry {
        private final long productId;
        private final double decayedOrders;
        private final int orders;

        Entry(long productId, double decayedOrders, int orders) {
            this.productId = productId;
            this.decayedOrders = decayedOrders;
            this.orders = orders;
        }

        public long getProductId() {
            return productId;
        }

        /** Orders weighted by age (1 for an order at the model's time, 1/2 one half-life earlier, ...). */
        public double getDecayedOrders() {
            return decayedOrders;
        }

        public int getOrders() {
            return orders;
        }
    }
}
