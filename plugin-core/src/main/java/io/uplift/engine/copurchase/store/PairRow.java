package io.uplift.engine.copurchase.store;

import java.util.Arrays;

/**
 * The partners of one product: for each product bought with it, the number of baskets with both ({@code together})
 * and the fixed-point weighted sum (see {@link Weights}). Learner-private and mutable; not thread-safe.
 *
 * <p>Layout, chosen for memory and for bounded pauses: a <em>base</em> of three parallel arrays sorted by partner
 * index, exactly sized (16 bytes per partner, no hash-table slack; a full rebuild produces only bases), plus a
 * small sorted <em>delta</em> for partners that arrive later. A known partner is found by binary search and
 * incremented in place. A new partner is inserted into the delta; when the delta outgrows 1/8 of the base (at least
 * {@value #MIN_DELTA}) the two are merged into a new base. So a merge costs O(size of this one row) and happens
 * after at least size/8 new partners: amortised O(1) per new partner, and the worst single pause is a merge of the
 * largest row (about 50 microseconds per 10,000 partners), never a rehash of all pairs.
 */
final class PairRow {

    private static final int[] NO_INTS = new int[0];
    private static final long[] NO_LONGS = new long[0];
    private static final int MIN_DELTA = 8;

    private int[] keys;
    private int[] together;
    private long[] weight;
    private int[] deltaKeys = NO_INTS;
    private int[] deltaTogether = NO_INTS;
    private long[] deltaWeight = NO_LONGS;
    private int deltaSize;

    PairRow() {
        this(NO_INTS, NO_INTS, NO_LONGS);
    }

    /** Takes ownership of the arrays; {@code keys} strictly ascending, all three of the same length. */
    PairRow(int[] keys, int[] together, long[] weight) {
        this.keys = keys;
        this.together = together;
        this.weight = weight;
    }

    /** Distinct partners. */
    int size() {
        return keys.length + deltaSize;
    }

    /**
     * Records one more basket containing this product and {@code partner}.
     *
     * @param weight the basket's fixed-point weight, {@link Weights#of(int)}
     * @return true if the row was restructured (delta grown or merged), i.e. paid more than a lookup
     */
    boolean add(int partner, long weight) {
        int i = Arrays.binarySearch(keys, partner);
        if (i >= 0) {
            together[i]++;
            this.weight[i] += weight;
            return false;
        }
        int j = Arrays.binarySearch(deltaKeys, 0, deltaSize, partner);
        if (j >= 0) {
            deltaTogether[j]++;
            deltaWeight[j] += weight;
            return false;
        }
        j = -j - 1;
        boolean restructured = false;
        if (deltaSize == deltaKeys.length) {
            int capacity = Math.max(4, deltaSize * 2);
            deltaKeys = Arrays.copyOf(deltaKeys, capacity);
            deltaTogether = Arrays.copyOf(deltaTogether, capacity);
            deltaWeight = Arrays.copyOf(deltaWeight, capacity);
            restructured = true;
        }
        int tail = deltaSize - j;
        System.arraycopy(deltaKeys, j, deltaKeys, j + 1, tail);
        System.arraycopy(deltaTogether, j, deltaTogether, j + 1, tail);
        System.arraycopy(deltaWeight, j, deltaWeight, j + 1, tail);
        deltaKeys[j] = partner;
        deltaTogether[j] = 1;
        deltaWeight[j] = weight;
        deltaSize++;
        if (deltaSize > Math.max(MIN_DELTA, keys.length >>> 3)) {
            compact();
            restructured = true;
        }
        return restructured;
    }

    /** Merges the delta into the base, so that {@link #keys()} and friends hold every partner in order. */
    void compact() {
        if (deltaSize == 0) {
            return;
        }
        int n = keys.length + deltaSize;
        int[] k = new int[n];
        int[] t = new int[n];
        long[] w = new long[n];
        int i = 0;
        int j = 0;
        for (int o = 0; o < n; o++) {
            if (j == deltaSize || (i < keys.length && keys[i] < deltaKeys[j])) {
                k[o] = keys[i];
                t[o] = together[i];
                w[o] = weight[i];
                i++;
            } else {
                k[o] = deltaKeys[j];
                t[o] = deltaTogether[j];
                w[o] = deltaWeight[j];
                j++;
            }
        }
        keys = k;
        together = t;
        weight = w;
        deltaKeys = NO_INTS;
        deltaTogether = NO_INTS;
        deltaWeight = NO_LONGS;
        deltaSize = 0;
    }

    /** Baskets with both; 0 if never bought together. */
    int together(int partner) {
        int i = Arrays.binarySearch(keys, partner);
        if (i >= 0) {
            return together[i];
        }
        int j = Arrays.binarySearch(deltaKeys, 0, deltaSize, partner);
        return j >= 0 ? deltaTogether[j] : 0;
    }

    /** The fixed-point weighted sum; 0 if never bought together. */
    long weight(int partner) {
        int i = Arrays.binarySearch(keys, partner);
        if (i >= 0) {
            return weight[i];
        }
        int j = Arrays.binarySearch(deltaKeys, 0, deltaSize, partner);
        return j >= 0 ? deltaWeight[j] : 0;
    }

    /** Offers every partner to the ranker (in no particular order: the ranking is a total order). */
    void offerTo(RowRanker ranker) {
        for (int i = 0; i < keys.length; i++) {
            ranker.offer(keys[i], together[i], weight[i]);
        }
        for (int j = 0; j < deltaSize; j++) {
            ranker.offer(deltaKeys[j], deltaTogether[j], deltaWeight[j]);
        }
    }

    /** Partner indexes in ascending order; valid after {@link #compact()}, not to be modified. */
    int[] keys() {
        return keys;
    }

    int[] together() {
        return together;
    }

    long[] weight() {
        return weight;
    }

    long memoryBytes() {
        return 40 + MemoryEstimate.array(keys.length, 4) * 2 + MemoryEstimate.array(keys.length, 8)
                + MemoryEstimate.array(deltaKeys.length, 4) * 2 + MemoryEstimate.array(deltaKeys.length, 8);
    }
}
