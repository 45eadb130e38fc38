package io.uplift.engine.copurchase.store;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.copurchase.PairFigures;

import java.util.Arrays;

/**
 * Co-purchase statistics that grow one basket at a time: baskets, baskets per product, and for every pair of
 * products bought together the baskets with both and the weighted sum of 1 / (basket size). Everything a
 * {@link io.uplift.engine.copurchase.PairScorer} may read, so the served rows can be recomputed at any time.
 *
 * <p>Products are keyed by id through a dense index (in order of first appearance). Pairs are kept per product in
 * both directions ({@link PairRow}, a hash table of small segments), so a product's row is read without a search
 * through other products. Memory: 16-byte slots, about 27 bytes per ordered pair (54 per pair of products) after
 * a rebuild, plus about 150 bytes per product. Adding a basket of n products costs n index look-ups and n(n-1)
 * hash look-ups of one cache line each; no operation rehashes or copies more than one segment of a product's
 * partners (8 KB) or one page of 1,024 products (see {@link PairRow} and {@link ItemDirectory}).
 *
 * <p>Not thread-safe: one writer (the learner's thread). {@link CoPurchaseLearner} owns an instance and publishes
 * immutable models built from it.
 */
public final class PairStatistics {

    private final ItemDirectory items;
    private PairRow[][] rowPages;
    private int baskets;
    private long watermark;
    private long pairRestructures;

    /** Empty statistics: no baskets, watermark {@link Long#MIN_VALUE}. */
    public PairStatistics() {
        this(new ItemDirectory(), new PairRow[0][], 0, Long.MIN_VALUE);
    }

    /** Takes ownership of a directory and rows built in bulk (rebuild, snapshot); pages of {@code PAGE} rows. */
    PairStatistics(ItemDirectory items, PairRow[][] rowPages, int baskets, long watermark) {
        this.items = items;
        this.rowPages = rowPages;
        this.baskets = baskets;
        this.watermark = watermark;
    }

    /** Builds row pages around dense rows (index = product index); missing rows become empty rows. */
    static PairRow[][] paged(PairRow[] rows, int products) {
        int pages = (products + ItemDirectory.PAGE_MASK) >>> ItemDirectory.PAGE_BITS;
        PairRow[][] out = new PairRow[Math.max(4, pages)][];
        for (int p = 0; p < pages; p++) {
            PairRow[] page = new PairRow[ItemDirectory.PAGE];
            int from = p << ItemDirectory.PAGE_BITS;
            for (int i = 0; i < ItemDirectory.PAGE && from + i < products; i++) {
                PairRow row = rows[from + i];
                page[i] = row != null ? row : new PairRow();
            }
            out[p] = page;
        }
        return out;
    }

    /**
     * Adds one basket (order). Its products count once each; a basket of one product counts towards the baskets
     * and the product's count but makes no pair.
     */
    public void add(Basket basket) {
        addAndIndex(basket);
    }

    /** {@link #add} returning the dense indexes of the basket's products (the rows it changed). */
    int[] addAndIndex(Basket basket) {
        if (basket == null) {
            throw new IllegalArgumentException("basket is required");
        }
        if (baskets == Integer.MAX_VALUE) {
            throw new IllegalStateException("basket count would overflow: " + baskets);
        }
        int n = basket.size();
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            int a = items.indexOrAdd(basket.productId(i));
            index[i] = a;
            items.addCount(a, 1);
            ensureRow(a);
        }
        baskets++;
        watermark = Math.max(watermark, basket.getOrderId());
        if (n < 2) {
            return index;
        }
        long weight = Weights.of(n);
        for (int i = 0; i < n; i++) {
            PairRow row = row(index[i]);
            for (int j = 0; j < n; j++) {
                if (j != i && row.add(index[j], weight)) {
                    pairRestructures++;
                }
            }
        }
        return index;
    }

    private void ensureRow(int a) {
        int page = a >>> ItemDirectory.PAGE_BITS;
        if (page >= rowPages.length) {
            rowPages = Arrays.copyOf(rowPages, Math.max(4, rowPages.length * 2));
        }
        PairRow[] rows = rowPages[page];
        if (rows == null) {
            rows = new PairRow[ItemDirectory.PAGE];
            rowPages[page] = rows;
        }
        if (rows[a & ItemDirectory.PAGE_MASK] == null) {
            rows[a & ItemDirectory.PAGE_MASK] = new PairRow();
        }
    }

    PairRow row(int index) {
        return rowPages[index >>> ItemDirectory.PAGE_BITS][index & ItemDirectory.PAGE_MASK];
    }

    ItemDirectory items() {
        return items;
    }

    /** Baskets added. */
    public int baskets() {
        return baskets;
    }

    /** Products seen in at least one basket. */
    public int products() {
        return items.size();
    }

    /** The highest order id added; {@link Long#MIN_VALUE} when empty. */
    public long watermark() {
        return watermark;
    }

    /** Baskets containing the product; 0 for an unknown product. */
    public int count(long productId) {
        int a = items.indexOf(productId);
        return a < 0 ? 0 : items.count(a);
    }

    /**
     * The figures of the ordered pair (a, b) into {@code out}.
     *
     * @return false (and {@code out} untouched) unless both are known and were bought together at least once
     */
    public boolean figures(long a, long b, PairFigures out) {
        int ia = items.indexOf(a);
        int ib = items.indexOf(b);
        if (ia < 0 || ib < 0 || ia == ib) {
            return false;
        }
        PairRow row = row(ia);
        int together = row.together(ib);
        if (together == 0) {
            return false;
        }
        out.set(together, Weights.toDouble(row.weight(ib)), items.count(ia), items.count(ib), baskets);
        return true;
    }

    /** Products bought together with this one at least once; 0 for an unknown product. */
    public int partners(long productId) {
        int a = items.indexOf(productId);
        return a < 0 ? 0 : row(a).size();
    }

    /** The known product ids in order of first appearance (a copy). */
    public long[] productIds() {
        long[] ids = new long[items.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = items.id(i);
        }
        return ids;
    }

    /** Distinct unordered pairs bought together at least once. */
    public long pairs() {
        long ordered = 0;
        for (int a = 0; a < items.size(); a++) {
            ordered += row(a).size();
        }
        return ordered / 2;
    }

    /**
     * How many times an add had to grow part of a structure (a segment of a partner row, or the page table of
     * products). Each such event copies at most one segment ({@value PairRow#MAX_SEGMENT_SLOTS} slots) or one
     * page table; benchmarks use this count to tell growth pauses from other latency.
     */
    public long growthEvents() {
        return pairRestructures + items.growthEvents();
    }

    /** Approximate heap bytes (64-bit JVM, compressed oops). */
    public long memoryBytes() {
        long bytes = items.memoryBytes() + MemoryEstimate.array(rowPages.length, 4);
        for (PairRow[] page : rowPages) {
            if (page != null) {
                bytes += MemoryEstimate.array(page.length, 4);
            }
        }
        for (int a = 0; a < items.size(); a++) {
            bytes += row(a).memoryBytes();
        }
        return bytes;
    }
}
