package io.uplift.engine.copurchase.store;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.PairScorer;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayFIFOQueue;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Learns from orders one at a time and publishes immutable {@link CompactCoPurchaseModel} generations.
 *
 * <p>Use: a learner thread calls {@link #apply(Basket)} per submitted order and {@link #publish()} after a batch
 * (or after each order); page rendering reads {@link #current()}, a volatile read, and never waits for the
 * learner. A publish swaps the whole model atomically and increases the generation by one; it costs the rows it
 * recomputes plus copies of the pages they live in (1,024 products per page), not a copy of the model.
 *
 * <p><b>Staleness guarantee.</b> A row ranks product a's partners b by {@code score(together, weightedTogether,
 * countA, countB, baskets)}. An order changes {@code together}, {@code weightedTogether} and {@code countA} only
 * for its own products, but it changes {@code countB} of every row that lists one of its products, and
 * {@code baskets} of every row (and {@code countB} breaks ties, so even a scorer that ignores it is affected).
 * Recomputing all those rows per order is not affordable (a popular product is a
 * partner of most of the catalogue), so:
 * <ul>
 * <li>the rows of every product in an applied order are recomputed at the next publish: in the published
 * generation they are exactly what a full rebuild over the same orders gives;</li>
 * <li>every other row has exact partners, {@code together}, {@code weightedTogether} and {@code countA} (they only
 * change with orders containing a, which recompute the row), but its scores (and so its order and truncation) may
 * use {@code countB} and {@code baskets} from an older state: at most {@link CoPurchaseSettings#refreshEveryBaskets()}
 * - 1 baskets older than the generation's own. A publish refreshes, oldest first, every row that would otherwise
 * exceed that age; right after a rebuild or load the first refreshes are spread evenly over the interval, so the
 * extra cost is about products / refreshEveryBaskets rows per basket;</li>
 * <li>the figures the model returns (together, counts, baskets) are always those of the generation;</li>
 * <li>{@link #refreshAll()} recomputes every row: afterwards the generation equals a full rebuild exactly.</li>
 * </ul>
 *
 * <p>Thread-safety: the mutating methods are synchronized (one learner thread is expected, other callers wait);
 * {@link #current()} never blocks.
 */
public final class CoPurchaseLearner {

    private final PairStatistics stats;
    private final PairScorer scorer;
    private final CoPurchaseSettings settings;
    private final RowRanker ranker;

    private int[][][] rowPages = new int[4][][];
    private int[] rowPageEpoch = new int[4];
    private int epoch;
    private final int[] rowLengths;

    private final PagedInts dirtyMark = new PagedInts();
    private final IntArrayList dirty = new IntArrayList();
    private int publishNumber = 1;

    /** Basket count at which each row was last computed, and the rows in that order: (stamp << 32 | row). */
    private final PagedInts rowStamp = new PagedInts();
    private final LongArrayFIFOQueue refreshQueue = new LongArrayFIFOQueue();

    private long generation;
    private volatile CompactCoPurchaseModel current;

    /**
     * Takes ownership of statistics and their exact rows ({@code rows[a]} for every product index a), and makes
     * them generation {@code generation}.
     */
    CoPurchaseLearner(PairStatistics stats, PairScorer scorer, CoPurchaseSettings settings, int[][] rows,
            long generation) {
        this.stats = stats;
        this.scorer = scorer;
        this.settings = settings;
        this.ranker = new RowRanker(scorer, settings.rowLength());
        this.rowLengths = new int[settings.rowLength() + 1];
        this.generation = generation;
        for (int a = 0; a < stats.products(); a++) {
            installRow(a, rows[a]);
        }
        spreadRefreshes();
        current = freeze();
    }

    /** A learner without any order yet; its model is generation 0. */
    public static CoPurchaseLearner empty(PairScorer scorer, CoPurchaseSettings settings) {
        checkArguments(scorer, settings);
        return new CoPurchaseLearner(new PairStatistics(), scorer, settings, new int[0][], 0);
    }

    static void checkArguments(PairScorer scorer, CoPurchaseSettings settings) {
        if (scorer == null) {
            throw new IllegalArgumentException("scorer is required");
        }
        if (settings == null) {
            throw new IllegalArgumentException("settings are required (CoPurchaseSettings.defaults())");
        }
    }

    /** The newest published generation; never null. Lock-free. */
    public CompactCoPurchaseModel current() {
        return current;
    }

    /**
     * Adds one order to the statistics; the served rows change at the next {@link #publish()}. Costs n index
     * look-ups and n(n-1) pair updates for n products, and never rehashes or copies more than one segment of a
     * product's partners (see {@link PairStatistics}).
     */
    public synchronized void apply(Basket basket) {
        int[] touched = stats.addAndIndex(basket);
        for (int a : touched) {
            if (dirtyMark.get(a) != publishNumber) {
                dirtyMark.set(a, publishNumber);
                dirty.add(a);
            }
        }
    }

    /**
     * Applies every basket with an order id above the watermark, in the given order, and publishes.
     *
     * @return the baskets applied
     */
    public synchronized long catchUp(Iterable<Basket> baskets) {
        if (baskets == null) {
            throw new IllegalArgumentException("baskets are required");
        }
        long watermark = stats.watermark();
        long applied = 0;
        for (Basket b : baskets) {
            if (b.getOrderId() > watermark && b.size() > 0) {
                apply(b);
                applied++;
            }
        }
        publish();
        return applied;
    }

    /**
     * Recomputes the rows changed since the last publish and the rows due for a refresh (see the staleness
     * guarantee), and swaps in a new generation. Does nothing (returns the current model) if no order was applied.
     */
    public synchronized CompactCoPurchaseModel publish() {
        if (dirty.isEmpty()) {
            return current;
        }
        int baskets = stats.baskets();
        for (int i = 0; i < dirty.size(); i++) {
            recompute(dirty.getInt(i), baskets);
        }
        dirty.clear();
        publishNumber++;
        long dueBefore = (long) baskets - settings.refreshEveryBaskets() + 1;
        while (!refreshQueue.isEmpty() && stampOf(refreshQueue.firstLong()) < dueBefore) {
            long entry = refreshQueue.dequeueLong();
            int a = rowOf(entry);
            if (rowStamp.get(a) == stampOf(entry)) {
                recompute(a, baskets);
            }
        }
        generation++;
        CompactCoPurchaseModel model = freeze();
        current = model;
        return model;
    }

    /**
     * Recomputes every row from the current statistics (in parallel, {@link CoPurchaseSettings#threads()}) and
     * publishes: the result equals a full rebuild over the same orders.
     */
    public synchronized CompactCoPurchaseModel refreshAll() {
        int[][] rows = rankAll(stats, scorer, settings, RebuildProgress.NONE);
        for (int a = 0; a < rows.length; a++) {
            installRow(a, rows[a]);
        }
        spreadRefreshes();
        dirty.clear();
        publishNumber++;
        generation++;
        CompactCoPurchaseModel model = freeze();
        current = model;
        return model;
    }

    /** Ranks the rows of all products from the statistics, in parallel. */
    static int[][] rankAll(PairStatistics stats, PairScorer scorer, CoPurchaseSettings settings,
            RebuildProgress progress) {
        int products = stats.products();
        int baskets = stats.baskets();
        int[][] rows = new int[products][];
        ParallelBlocks.run(settings.threads(), products, 256, () -> {
            RowRanker r = new RowRanker(scorer, settings.rowLength());
            return (from, to) -> {
                for (int a = from; a < to; a++) {
                    r.begin(stats.items(), a, baskets);
                    stats.row(a).offerTo(r);
                    rows[a] = r.finish();
                }
            };
        }, progress, RebuildProgress.Phase.RANK);
        return rows;
    }

    private void recompute(int a, int baskets) {
        ranker.begin(stats.items(), a, baskets);
        stats.row(a).offerTo(ranker);
        installRow(a, ranker.finish());
        if (rowStamp.get(a) != baskets) {
            rowStamp.set(a, baskets);
            refreshQueue.enqueue(pack(baskets, a));
        }
    }

    private void installRow(int a, int[] row) {
        int[] old = row(a);
        if (old != null) {
            rowLengths[RowRanker.length(old)]--;
        }
        rowLengths[RowRanker.length(row)]++;
        setRow(a, row);
    }

    /**
     * After every row was computed at once (rebuild, load, refresh of all), spreads their next refreshes evenly
     * over one interval, as if row a had been computed {@code interval * a / products} baskets ago; the oldest
     * are queued first.
     */
    private void spreadRefreshes() {
        refreshQueue.clear();
        int products = stats.products();
        int baskets = stats.baskets();
        long interval = settings.refreshEveryBaskets();
        for (int a = products - 1; a >= 0; a--) {
            int stamp = (int) Math.max(Integer.MIN_VALUE, baskets - interval * a / products);
            rowStamp.set(a, stamp);
            refreshQueue.enqueue(pack(stamp, a));
        }
    }

    private int[] row(int a) {
        int page = a >>> ItemDirectory.PAGE_BITS;
        return page < rowPages.length && rowPages[page] != null ? rowPages[page][a & ItemDirectory.PAGE_MASK]
                : null;
    }

    private void setRow(int a, int[] row) {
        int page = a >>> ItemDirectory.PAGE_BITS;
        if (page >= rowPages.length) {
            int capacity = Math.max(page + 1, rowPages.length * 2);
            rowPages = Arrays.copyOf(rowPages, capacity);
            rowPageEpoch = Arrays.copyOf(rowPageEpoch, capacity);
        }
        int[][] rows = rowPages[page];
        if (rows == null) {
            rows = new int[ItemDirectory.PAGE][];
            rowPages[page] = rows;
            rowPageEpoch[page] = epoch;
        } else if (rowPageEpoch[page] != epoch) {
            // copy on write: the published generations keep the old page
            rows = rows.clone();
            rowPages[page] = rows;
            rowPageEpoch[page] = epoch;
        }
        rows[a & ItemDirectory.PAGE_MASK] = row;
    }

    private CompactCoPurchaseModel freeze() {
        int pages = (stats.products() + ItemDirectory.PAGE_MASK) >>> ItemDirectory.PAGE_BITS;
        int[][][] frozenRows = Arrays.copyOf(rowPages, pages);
        for (int p = 0; p < pages; p++) {
            if (frozenRows[p] == null) {
                frozenRows[p] = new int[ItemDirectory.PAGE][];
            }
        }
        epoch++;
        return new CompactCoPurchaseModel(generation, stats.baskets(), scorer.name(), settings.rowLength(),
                stats.items().freeze(), frozenRows, rowLengths.clone());
    }

    private static long pack(int stamp, int row) {
        return ((long) stamp << 32) | (row & 0xffffffffL);
    }

    private static int stampOf(long entry) {
        return (int) (entry >> 32);
    }

    private static int rowOf(long entry) {
        return (int) entry;
    }

    /**
     * Writes a snapshot of the statistics (publishing pending orders first, so the snapshot's generation and
     * statistics agree). Holds the learner's lock while writing: write to memory (e.g. a
     * {@link java.io.ByteArrayOutputStream}) and store the bytes afterwards, not straight into a slow stream.
     */
    public synchronized void writeSnapshot(OutputStream out) throws IOException {
        publish();
        CoPurchaseSnapshot.write(stats, generation, out);
    }

    /** The figures of the ordered pair (a, b) as of the last applied order; see {@link PairStatistics#figures}. */
    public synchronized boolean figures(long a, long b, PairFigures out) {
        return stats.figures(a, b, out);
    }

    /** The highest order id applied; {@link Long#MIN_VALUE} before any. */
    public synchronized long watermark() {
        return stats.watermark();
    }

    /** Baskets applied (published or not). */
    public synchronized int baskets() {
        return stats.baskets();
    }

    /** Distinct unordered pairs bought together at least once. */
    /** Every product bought at least once (for models built beside the rows, e.g. the EASE head). */
    public synchronized long[] productIds() {
        return stats.productIds();
    }

    /** Baskets containing the product; 0 for an unknown one. */
    public synchronized int count(long productId) {
        return stats.count(productId);
    }

    /** Distinct ordered pairs bought together. */
    public synchronized long pairs() {
        return stats.pairs();
    }

    /** See {@link PairStatistics#growthEvents()}. */
    public synchronized long growthEvents() {
        return stats.growthEvents();
    }

    /** Approximate heap bytes of the statistics (not of the published model). */
    public synchronized long statisticsMemoryBytes() {
        return stats.memoryBytes();
    }

    public PairScorer scorer() {
        return scorer;
    }

    public CoPurchaseSettings settings() {
        return settings;
    }

    /** The statistics, for package-mates only: they are not thread-safe. */
    PairStatistics statistics() {
        return stats;
    }
}
