package io.uplift.engine.copurchase.store;

/**
 * Deploy-time knobs of the co-purchase store. Immutable; start from {@link #defaults()} and change one knob at a
 * time with the {@code with...} methods, which refuse a bad value with a message quoting it.
 */
public final class CoPurchaseSettings {

    /** Served neighbours per product unless configured: {@value}. */
    public static final int DEFAULT_ROW_LENGTH = 50;
    /** Largest accepted row length: {@value}. */
    public static final int MAX_ROW_LENGTH = 10_000;
    /** Staleness bound of rows not touched by new orders, in baskets, unless configured: {@value}. */
    public static final int DEFAULT_REFRESH_EVERY_BASKETS = 10_000;

    private static final CoPurchaseSettings DEFAULTS = new CoPurchaseSettings(DEFAULT_ROW_LENGTH,
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), DEFAULT_REFRESH_EVERY_BASKETS);

    private final int rowLength;
    private final int threads;
    private final int refreshEveryBaskets;

    private CoPurchaseSettings(int rowLength, int threads, int refreshEveryBaskets) {
        this.rowLength = rowLength;
        this.threads = threads;
        this.refreshEveryBaskets = refreshEveryBaskets;
    }

    /** Row length 50, up to 2 rebuild threads (fewer on a 1-CPU machine), refresh every 10,000 baskets. */
    public static CoPurchaseSettings defaults() {
        return DEFAULTS;
    }

    /** Neighbours kept per product (the row length L), 1 to {@value #MAX_ROW_LENGTH}. */
    public int rowLength() {
        return rowLength;
    }

    /** Threads a full rebuild or a snapshot load may use, at least 1 (the calling thread is one of them). */
    public int threads() {
        return threads;
    }

    /**
     * Every served row is recomputed at least once per this many applied baskets (plus one publish batch), so
     * scores of rows untouched by new orders lag by at most that many baskets; see {@link CoPurchaseLearner}.
     */
    public int refreshEveryBaskets() {
        return refreshEveryBaskets;
    }

    public CoPurchaseSettings withRowLength(int rowLength) {
        if (rowLength < 1 || rowLength > MAX_ROW_LENGTH) {
            throw new IllegalArgumentException("row length must be 1.." + MAX_ROW_LENGTH + ": " + rowLength);
        }
        return new CoPurchaseSettings(rowLength, threads, refreshEveryBaskets);
    }

    public CoPurchaseSettings withThreads(int threads) {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be 1..256: " + threads);
        }
        return new CoPurchaseSettings(rowLength, threads, refreshEveryBaskets);
    }

    public CoPurchaseSettings withRefreshEveryBaskets(int baskets) {
        if (baskets < 1) {
            throw new IllegalArgumentException("refresh interval must be at least 1 basket: " + baskets);
        }
        return new CoPurchaseSettings(rowLength, threads, baskets);
    }

    @Override
    public String toString() {
        return "CoPurchaseSettings{rowLength=" + rowLength + ", threads=" + threads + ", refreshEveryBaskets="
                + refreshEveryBaskets + "}";
    }
}
