package io.uplift.engine.copurchase.store;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.basket.OrderHistory;
import io.uplift.engine.copurchase.PairScorer;
import it.unimi.dsi.fastutil.ints.IntArrayList;

import java.util.Arrays;

/**
 * Full rebuild: statistics and served rows from the whole order history, for a start without a snapshot, the
 * admin's rebuild button or {@code bin/uplift rebuild}. Runs on the caller's thread plus
 * {@link CoPurchaseSettings#threads()} - 1 helpers; never on the request path.
 *
 * <p>How (and why it is fast): one streaming pass reads the baskets, assigns dense product indexes, counts
 * products and keeps the baskets of two or more products as dense indexes. An inverted index
 * (product to its baskets) then lets each thread take whole products: for product a it walks a's baskets,
 * accumulates {@code together} and the weights of every partner in dense scratch arrays (no hashing), emits a's
 * presized {@link PairRow}, and ranks a's served row right away while the partners are in cache. Work
 * is sum over baskets of size squared; memory is the statistics (16 bytes per ordered pair) plus 8 bytes per
 * product of a basket (and 4 per basket) during the rebuild.
 */
public final class CoPurchaseRebuild {

    private static final int BLOCK = 64;
    private static final int REPORT_EVERY_BASKETS = 1 << 16;

    private CoPurchaseRebuild() {
    }

    /**
     * Rebuilds from every order of the history.
     *
     * @param generation the generation number of the resulting model (e.g. the newest stored generation + 1),
     *                   at least 0
     * @param progress   receives {@link RebuildProgress.Phase#READ}, {@link RebuildProgress.Phase#RANK} and
     *                   {@link RebuildProgress.Phase#DONE}; {@link RebuildProgress#NONE} to ignore
     * @return a learner holding the statistics (so it can continue incrementally) whose current model is the
     *         rebuilt generation
     */
    public static CoPurchaseLearner rebuild(OrderHistory history, PairScorer scorer, CoPurchaseSettings settings,
            long generation, RebuildProgress progress) {
        if (history == null) {
            throw new IllegalArgumentException("order history is required");
        }
        CoPurchaseLearner.checkArguments(scorer, settings);
        if (generation < 0) {
            throw new IllegalArgumentException("generation must not be negative: " + generation);
        }
        RebuildProgress listener = progress == null ? RebuildProgress.NONE : progress;

        Reader reader = new Reader(listener, history.countSince(Long.MIN_VALUE));
        history.forEachSince(Long.MIN_VALUE, reader);
        listener.onProgress(RebuildProgress.Phase.READ, reader.baskets, reader.baskets);

        ItemDirectory items = reader.items;
        int products = items.size();
        int[] lines = reader.lines.elements();
        int length = reader.lines.size();
        reader.lines = null;
        int[] byProductStart = new int[products + 1];
        int[] byProduct = invert(lines, length, byProductStart);

        PairRow[] pairs = new PairRow[products];
        int[][] rows = new int[products][];
        int baskets = reader.baskets;
        ParallelBlocks.run(settings.threads(), products, BLOCK,
                () -> new PairCounter(items, lines, byProductStart, byProduct, baskets,
                        new RowRanker(scorer, settings.rowLength()), pairs, rows),
                listener, RebuildProgress.Phase.RANK);

        PairStatistics stats = new PairStatistics(items, PairStatistics.paged(pairs, products), baskets,
                reader.watermark);
        CoPurchaseLearner learner = new CoPurchaseLearner(stats, scorer, settings, rows, generation);
        listener.onProgress(RebuildProgress.Phase.DONE, products, products);
        return learner;
    }

    /**
     * Product to the baskets containing it (as offsets of the baskets' size slots in {@code lines}, ascending),
     * as one array with per-product start offsets.
     */
    private static int[] invert(int[] lines, int length, int[] start) {
        int entries = 0;
        for (int k = 0; k < length; k += lines[k] + 1) {
            for (int i = k + 1; i <= k + lines[k]; i++) {
                start[lines[i] + 1]++;
            }
            entries += lines[k];
        }
        for (int a = 1; a < start.length; a++) {
            start[a] += start[a - 1];
        }
        int[] cursor = Arrays.copyOf(start, start.length - 1);
        int[] byProduct = new int[entries];
        for (int k = 0; k < length; k += lines[k] + 1) {
            for (int i = k + 1; i <= k + lines[k]; i++) {
                byProduct[cursor[lines[i]]++] = k;
            }
        }
        return byProduct;
    }

    /**
     * The streaming pass: dense indexes, counts, and the baskets that make pairs as one int array of lines
     * {@code [size, product, product, ...]}, so that a basket and its size share a cache line.
     */
    private static final class Reader implements OrderHistory.BasketVisitor {

        final ItemDirectory items = new ItemDirectory();
        IntArrayList lines = new IntArrayList(1 << 16);
        int baskets;
        long watermark = Long.MIN_VALUE;
        private final RebuildProgress progress;
        private final long expected;

        Reader(RebuildProgress progress, long expected) {
            this.progress = progress;
            this.expected = expected;
        }

        @Override
        public void visit(Basket basket) {
            int n = basket.size();
            if (n == 0) {
                return;
            }
            if (baskets == Integer.MAX_VALUE) {
                throw new IllegalStateException("more baskets than the store can count: " + baskets);
            }
            if (n > 1) {
                lines.add(n);
            }
            for (int i = 0; i < n; i++) {
                int a = items.indexOrAdd(basket.productId(i));
                items.addCount(a, 1);
                if (n > 1) {
                    lines.add(a);
                }
            }
            baskets++;
            watermark = Math.max(watermark, basket.getOrderId());
            if ((baskets & (REPORT_EVERY_BASKETS - 1)) == 0) {
                progress.onProgress(RebuildProgress.Phase.READ, baskets, expected);
            }
        }
    }

    /** Counts the pairs of whole products with dense scratch arrays, then ranks their rows. One per thread. */
    private static final class PairCounter implements ParallelBlocks.Worker {

        private final ItemDirectory items;
        private final int[] lines;
        private final int[] byProductStart;
        private final int[] byProduct;
        private final int baskets;
        private final RowRanker ranker;
        private final PairRow[] pairs;
        private final int[][] rows;
        private final int[] together;
        private final long[] weight;
        private final int[] touched;

        PairCounter(ItemDirectory items, int[] lines, int[] byProductStart, int[] byProduct, int baskets,
                RowRanker ranker, PairRow[] pairs, int[][] rows) {
            this.items = items;
            this.lines = lines;
            this.byProductStart = byProductStart;
            this.byProduct = byProduct;
            this.baskets = baskets;
            this.ranker = ranker;
            this.pairs = pairs;
            this.rows = rows;
            int products = items.size();
            together = new int[products];
            weight = new long[products];
            touched = new int[products];
        }

        @Override
        public void run(int from, int to) {
            for (int a = from; a < to; a++) {
                pairs[a] = countAndRank(a);
            }
        }

        /** Counts a's partners in the scratch arrays, then moves them into a's row and offers them for ranking. */
        private PairRow countAndRank(int a) {
            int partners = 0;
            for (int q = byProductStart[a]; q < byProductStart[a + 1]; q++) {
                int k = byProduct[q];
                int n = lines[k];
                long w = Weights.of(n);
                for (int i = k + 1; i <= k + n; i++) {
                    int b = lines[i];
                    if (b != a) {
                        if (together[b]++ == 0) {
                            touched[partners++] = b;
                        }
                        weight[b] += w;
                    }
                }
            }
            PairRow row = new PairRow(partners);
            ranker.begin(items, a, baskets);
            for (int i = 0; i < partners; i++) {
                int b = touched[i];
                row.put(b, together[b], weight[b]);
                ranker.offer(b, together[b], weight[b]);
                together[b] = 0;
                weight[b] = 0;
            }
            rows[a] = ranker.finish();
            return row;
        }
    }
}
