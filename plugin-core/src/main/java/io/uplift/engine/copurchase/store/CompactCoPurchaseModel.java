package io.uplift.engine.copurchase.store;

import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.copurchase.Neighbor;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One immutable generation of served rows in flat primitive arrays: per product one {@code int[]} row of at most
 * L neighbours (candidate index, score as float, together), the product ids and counts in pages of 1,024, and a
 * segmented id index. No per-neighbour objects exist until a caller asks for a list.
 *
 * <p>Memory: 12 bytes per served neighbour plus about 60 bytes per product (row header, id, count, index slot),
 * so top-20 rows cost at most about 30 MB per 100,000 products ({@link #memoryBytes()} estimates it). Successive
 * generations share every page and row that did not change.
 *
 * <p>Scores are stored as floats (rows are ranked with the scorer's double scores before they are stored); a
 * cart's score is the sum of those floats. Counts in the returned figures are the generation's current counts.
 * Thread-safe and lock-free: all fields are final and never written after construction.
 */
public final class CompactCoPurchaseModel implements CoPurchaseModel {

    private final long generation;
    private final int baskets;
    private final String scorerName;
    private final int rowLength;
    private final ItemDirectory.View items;
    private final int[][][] rowPages;
    private final int[] rowLengths;

    /**
     * @param rowPages   pages of {@link ItemDirectory#PAGE} rows; the model never writes them
     * @param rowLengths products per served row length (index 0..rowLength); the model never writes it
     */
    CompactCoPurchaseModel(long generation, int baskets, String scorerName, int rowLength, ItemDirectory.View items,
            int[][][] rowPages, int[] rowLengths) {
        this.generation = generation;
        this.baskets = baskets;
        this.scorerName = scorerName;
        this.rowLength = rowLength;
        this.items = items;
        this.rowPages = rowPages;
        this.rowLengths = rowLengths;
    }

    /** A model around freshly ranked rows ({@code rows[a]} for every product index of {@code items}). */
    static CompactCoPurchaseModel of(long generation, int baskets, String scorerName, int rowLength,
            ItemDirectory.View items, int[][] rows) {
        int pages = (rows.length + ItemDirectory.PAGE_MASK) >>> ItemDirectory.PAGE_BITS;
        int[][][] rowPages = new int[pages][][];
        int[] rowLengths = new int[rowLength + 1];
        for (int p = 0; p < pages; p++) {
            rowPages[p] = new int[ItemDirectory.PAGE][];
            int from = p << ItemDirectory.PAGE_BITS;
            System.arraycopy(rows, from, rowPages[p], 0, Math.min(ItemDirectory.PAGE, rows.length - from));
        }
        for (int[] row : rows) {
            rowLengths[RowRanker.length(row)]++;
        }
        return new CompactCoPurchaseModel(generation, baskets, scorerName, rowLength, items, rowPages, rowLengths);
    }

    /** The model before anything was learned: generation 0, no products. */
    public static CompactCoPurchaseModel empty(String scorerName, int rowLength) {
        if (scorerName == null) {
            throw new IllegalArgumentException("scorer name is required");
        }
        return new CompactCoPurchaseModel(0, 0, scorerName, rowLength, ItemDirectory.View.empty(), new int[0][][],
                new int[rowLength + 1]);
    }

    @Override
    public long generation() {
        return generation;
    }

    @Override
    public int baskets() {
        return baskets;
    }

    @Override
    public int count(long productId) {
        int a = items.indexOf(productId);
        return a < 0 ? 0 : items.count(a);
    }

    @Override
    public List<Neighbor> forProduct(long productId, int max) {
        checkMax(max);
        int a = items.indexOf(productId);
        if (a < 0) {
            return Collections.emptyList();
        }
        int[] row = row(a);
        int n = Math.min(max, RowRanker.length(row));
        if (n == 0) {
            return Collections.emptyList();
        }
        int countA = items.count(a);
        Neighbor[] out = new Neighbor[n];
        for (int i = 0; i < n; i++) {
            int b = RowRanker.item(row, i);
            out[i] = new Neighbor(items.id(b), productId, RowRanker.score(row, i), RowRanker.together(row, i),
                    countA, items.count(b), baskets);
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    @Override
    public List<Neighbor> forCart(long[] productIds, int max) {
        checkMax(max);
        if (productIds == null) {
            throw new IllegalArgumentException("cart product ids are required (an empty array for an empty cart)");
        }
        int[] cart = cartIndexes(productIds);
        if (cart.length == 0) {
            return Collections.emptyList();
        }
        int capacity = 0;
        for (int a : cart) {
            capacity += RowRanker.length(row(a));
        }
        if (capacity == 0) {
            return Collections.emptyList();
        }
        Candidates candidates = new Candidates(capacity);
        // cart products in ascending id order: the sums and the strongest pair do not depend on the cart's order
        for (int a : cart) {
            int[] row = row(a);
            int len = RowRanker.length(row);
            for (int i = 0; i < len; i++) {
                int b = RowRanker.item(row, i);
                if (!contains(cart, b)) {
                    candidates.add(b, a, RowRanker.score(row, i), RowRanker.together(row, i));
                }
            }
        }
        return candidates.best(max);
    }

    /** Known cart products as dense indexes, without duplicates, in ascending product id. */
    private int[] cartIndexes(long[] productIds) {
        int[] cart = new int[productIds.length];
        int n = 0;
        for (long id : productIds) {
            int a = items.indexOf(id);
            if (a >= 0 && !contains(cart, n, a)) {
                int i = n++;
                while (i > 0 && items.id(cart[i - 1]) > id) {
                    cart[i] = cart[i - 1];
                    i--;
                }
                cart[i] = a;
            }
        }
        return n == cart.length ? cart : Arrays.copyOf(cart, n);
    }

    private static boolean contains(int[] values, int value) {
        return contains(values, values.length, value);
    }

    private static boolean contains(int[] values, int n, int value) {
        for (int i = 0; i < n; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** Candidates of one cart look-up: per candidate the summed score and its strongest pair. */
    private final class Candidates extends BestFirst {

        private final Int2IntOpenHashMap slotOf;
        private final int[] item;
        private final double[] sum;
        private final float[] best;
        private final int[] context;
        private final int[] together;
        private int[] count;
        private long[] id;
        private int size;

        Candidates(int capacity) {
            slotOf = new Int2IntOpenHashMap(capacity);
            slotOf.defaultReturnValue(-1);
            item = new int[capacity];
            sum = new double[capacity];
            best = new float[capacity];
            context = new int[capacity];
            together = new int[capacity];
        }

        void add(int b, int a, float score, int pairTogether) {
            int slot = slotOf.putIfAbsent(b, size);
            if (slot < 0) {
                slot = size++;
                item[slot] = b;
                sum[slot] = score;
                best[slot] = score;
                context[slot] = a;
                together[slot] = pairTogether;
            } else {
                sum[slot] += score;
                // strictly better only: on a tie the cart product with the lower id (offered first) stays
                if (score > best[slot]) {
                    best[slot] = score;
                    context[slot] = a;
                    together[slot] = pairTogether;
                }
            }
        }

        List<Neighbor> best(int max) {
            int n = size;
            count = new int[n];
            id = new long[n];
            int[] order = new int[n];
            for (int s = 0; s < n; s++) {
                count[s] = items.count(item[s]);
                id[s] = items.id(item[s]);
                order[s] = s;
            }
            int k = best(order, n, max);
            Neighbor[] out = new Neighbor[k];
            for (int r = 0; r < k; r++) {
                int s = order[r];
                int a = context[s];
                out[r] = new Neighbor(id[s], items.id(a), sum[s], together[s], items.count(a), count[s], baskets);
            }
            return Collections.unmodifiableList(Arrays.asList(out));
        }

        /** Summed score descending, then the candidate's count descending, then product id ascending. */
        @Override
        int compare(int x, int y) {
            return rank(sum[x], count[x], id[x], sum[y], count[y], id[y]);
        }
    }

    /** Counts served neighbours, so a {@code minNeighbors} above the row length gives 0. */
    @Override
    public int productsWithNeighbors(int minNeighbors) {
        if (minNeighbors <= 0) {
            return items.size();
        }
        int n = 0;
        for (int len = minNeighbors; len < rowLengths.length; len++) {
            n += rowLengths[len];
        }
        return n;
    }

    @Override
    public int products() {
        return items.size();
    }

    @Override
    public String scorerName() {
        return scorerName;
    }

    /** The maximum row length L this model was built with. */
    public int rowLength() {
        return rowLength;
    }

    /** Served neighbours of a product (at most the row length); 0 for an unknown product. */
    public int neighbors(long productId) {
        int a = items.indexOf(productId);
        return a < 0 ? 0 : RowRanker.length(row(a));
    }

    /**
     * Approximate heap bytes this generation holds (64-bit JVM, compressed oops), counting shared pages as if the
     * generation were alone.
     */
    public long memoryBytes() {
        long bytes = 64 + items.memoryBytes() + MemoryEstimate.array(rowPages.length, 4)
                + MemoryEstimate.array(rowLengths.length, 4);
        for (int[][] page : rowPages) {
            bytes += MemoryEstimate.array(page.length, 4);
            for (int[] row : page) {
                if (row != null && row.length > 0) {
                    bytes += MemoryEstimate.array(row.length, 4);
                }
            }
        }
        return bytes;
    }

    private int[] row(int a) {
        int[] row = rowPages[a >>> ItemDirectory.PAGE_BITS][a & ItemDirectory.PAGE_MASK];
        return row == null ? RowRanker.EMPTY_ROW : row;
    }

    private static void checkMax(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1: " + max);
        }
    }

    @Override
    public String toString() {
        return "CompactCoPurchaseModel{generation=" + generation + ", products=" + items.size() + ", baskets="
                + baskets + ", scorer=" + scorerName + ", rowLength=" + rowLength + "}";
    }
}
