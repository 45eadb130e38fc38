package io.uplift.engine.copurchase.store;

import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.PairScorer;

import java.util.Arrays;

/**
 * Ranks the partners of one product into its served row: every partner is scored by the {@link PairScorer}, the
 * score of the {@code rowLength}-th best is found by quickselect, and only the partners at or above it are ordered
 * ({@link BestFirst}).
 * That is O(partners) whatever order the partners come in (a bounded heap degrades to O(partners * log L) when
 * the scores rise along the offer order, which first-appearance order makes common: later products are rarer).
 *
 * <p>The order is total: score descending, then the candidate's basket count descending, then product id
 * ascending, so the result does not depend on the order in which partners are offered.
 *
 * <p>A served row is one {@code int[]} of 3 * length entries: candidate indexes, then the scores as float bits,
 * then the {@code together} counts ({@link #length}, {@link #item}, {@link #score}, {@link #together}).
 * One instance per thread; not thread-safe.
 */
final class RowRanker extends BestFirst {

    static final int[] EMPTY_ROW = new int[0];

    private final PairScorer scorer;
    private final int rowLength;
    private final PairFigures figures = new PairFigures();
    private int[] item = new int[64];
    private int[] together = new int[64];
    private int[] count = new int[64];
    private double[] score = new double[64];
    private double[] select = new double[64];
    private long[] id = new long[64];
    private int[] order = new int[64];
    private int size;
    private ItemDirectory items;
    private int countA;
    private int baskets;

    RowRanker(PairScorer scorer, int rowLength) {
        this.scorer = scorer;
        this.rowLength = rowLength;
    }

    /** Starts the row of product {@code a}; {@code items} is only read. */
    void begin(ItemDirectory items, int a, int baskets) {
        this.items = items;
        this.countA = items.count(a);
        this.baskets = baskets;
        size = 0;
    }

    void offer(int b, int pairTogether, long weight) {
        int countB = items.count(b);
        // + 0.0 turns -0.0 into 0.0, so that < and > agree with Double.compare below
        double s = scorer.score(figures.set(pairTogether, Weights.toDouble(weight), countA, countB, baskets)) + 0.0;
        if (s != s) {
            throw new IllegalStateException("scorer '" + scorer.name() + "' returned NaN for together=" + pairTogether
                    + ", countA=" + countA + ", countB=" + countB + ", baskets=" + baskets);
        }
        if (size == item.length) {
            int capacity = size * 2;
            item = Arrays.copyOf(item, capacity);
            together = Arrays.copyOf(together, capacity);
            count = Arrays.copyOf(count, capacity);
            score = Arrays.copyOf(score, capacity);
        }
        item[size] = b;
        together[size] = pairTogether;
        count[size] = countB;
        score[size] = s;
        size++;
    }

    /** The ranked row, best first; {@link #EMPTY_ROW} if no partner was offered. */
    int[] finish() {
        int n = size;
        if (n == 0) {
            items = null;
            return EMPTY_ROW;
        }
        if (order.length < n) {
            order = new int[item.length];
            id = new long[item.length];
        }
        int m = 0;
        if (n <= rowLength) {
            for (int i = 0; i < n; i++) {
                order[m++] = i;
            }
        } else {
            double threshold = kthLargest(n, rowLength);
            for (int i = 0; i < n; i++) {
                if (score[i] >= threshold) {
                    order[m++] = i;
                }
            }
        }
        // m is about rowLength, more when many partners tie at the threshold (e.g. a scorer of together / countA)
        for (int r = 0; r < m; r++) {
            id[order[r]] = items.id(item[order[r]]);
        }
        int len = best(order, m, rowLength);
        int[] row = new int[3 * len];
        for (int r = 0; r < len; r++) {
            int i = order[r];
            row[r] = item[i];
            row[len + r] = Float.floatToRawIntBits((float) score[i]);
            row[2 * len + r] = together[i];
        }
        items = null;
        return row;
    }

    /** Rank order of offered partners i and j: negative if i ranks first. */
    @Override
    int compare(int i, int j) {
        return rank(score[i], count[i], id[i], score[j], count[j], id[j]);
    }

    /** The k-th largest of score[0..n), 1 <= k <= n, by quickselect on a copy. */
    private double kthLargest(int n, int k) {
        if (select.length < n) {
            select = new double[score.length];
        }
        double[] a = select;
        System.arraycopy(score, 0, a, 0, n);
        int target = k - 1;
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            double pivot = medianOf3(a[lo], a[mid], a[hi]);
            int i = lo;
            int j = hi;
            // descending: larger values to the left
            while (i <= j) {
                while (a[i] > pivot) {
                    i++;
                }
                while (a[j] < pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                return a[target];
            }
        }
        return a[target];
    }

    private static double medianOf3(double x, double y, double z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }

    static int length(int[] row) {
        return row.length / 3;
    }

    static int item(int[] row, int i) {
        return row[i];
    }

    static float score(int[] row, int i) {
        return Float.intBitsToFloat(row[row.length / 3 + i]);
    }

    static int together(int[] row, int i) {
        return row[2 * (row.length / 3) + i];
    }
}
