package io.uplift.engine.copurchase.store;

import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.PairScorer;

/**
 * Ranks the partners of one product into its served row: every partner is scored by the {@link PairScorer}, the
 * best {@code rowLength} are kept in a bounded heap (O(partners * log rowLength), no sorting of the whole row) and
 * returned best first. The order is total: score descending, then the candidate's basket count descending, then
 * product id ascending, so the result does not depend on the order in which partners are offered.
 *
 * <p>A served row is one {@code int[]} of 3 * length entries: candidate indexes, then the scores as float bits,
 * then the {@code together} counts ({@link #length}, {@link #item}, {@link #score}, {@link #together}).
 * One instance per thread; not thread-safe.
 */
final class RowRanker {

    static final int[] EMPTY_ROW = new int[0];

    private final PairScorer scorer;
    private final int rowLength;
    private final PairFigures figures = new PairFigures();
    private final int[] heapItem;
    private final double[] heapScore;
    private final int[] heapCount;
    private final long[] heapId;
    private final int[] heapTogether;
    private int size;
    private ItemDirectory items;
    private int countA;
    private int baskets;

    RowRanker(PairScorer scorer, int rowLength) {
        this.scorer = scorer;
        this.rowLength = rowLength;
        heapItem = new int[rowLength];
        heapScore = new double[rowLength];
        heapCount = new int[rowLength];
        heapId = new long[rowLength];
        heapTogether = new int[rowLength];
    }

    /** Starts the row of product {@code a}; {@code items} is only read. */
    void begin(ItemDirectory items, int a, int baskets) {
        this.items = items;
        this.countA = items.count(a);
        this.baskets = baskets;
        size = 0;
    }

    void offer(int b, int together, long weight) {
        int countB = items.count(b);
        double score = scorer.score(figures.set(together, Weights.toDouble(weight), countA, countB, baskets));
        if (score != score) {
            throw new IllegalStateException("scorer '" + scorer.name() + "' returned NaN for together=" + together
                    + ", countA=" + countA + ", countB=" + countB + ", baskets=" + baskets);
        }
        if (size < rowLength) {
            int i = size++;
            put(i, b, score, countB, together);
            siftUp(i);
        } else if (better(score, countB, items.id(b), 0)) {
            put(0, b, score, countB, together);
            siftDown(0);
        }
    }

    /** The ranked row, best first; {@link #EMPTY_ROW} if no partner was offered. */
    int[] finish() {
        int n = size;
        if (n == 0) {
            return EMPTY_ROW;
        }
        int[] row = new int[3 * n];
        // pop the worst to the back: heap order gives best first
        for (int last = n - 1; last >= 0; last--) {
            row[last] = heapItem[0];
            row[n + last] = Float.floatToRawIntBits((float) heapScore[0]);
            row[2 * n + last] = heapTogether[0];
            size--;
            if (size > 0) {
                move(size, 0);
                siftDown(0);
            }
        }
        items = null;
        return row;
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

    private void put(int i, int b, double score, int countB, int together) {
        heapItem[i] = b;
        heapScore[i] = score;
        heapCount[i] = countB;
        heapId[i] = items.id(b);
        heapTogether[i] = together;
    }

    private void move(int from, int to) {
        heapItem[to] = heapItem[from];
        heapScore[to] = heapScore[from];
        heapCount[to] = heapCount[from];
        heapId[to] = heapId[from];
        heapTogether[to] = heapTogether[from];
    }

    /** Whether the candidate ranks before heap entry {@code i}. */
    private boolean better(double score, int count, long id, int i) {
        int c = Double.compare(score, heapScore[i]);
        if (c != 0) {
            return c > 0;
        }
        if (count != heapCount[i]) {
            return count > heapCount[i];
        }
        return id < heapId[i];
    }

    private boolean worse(int i, int j) {
        return better(heapScore[j], heapCount[j], heapId[j], i);
    }

    // min-heap on rank: the root is the worst kept entry
    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!worse(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int worst = left;
            int right = left + 1;
            if (right < size && worse(right, left)) {
                worst = right;
            }
            if (!worse(worst, i)) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int i, int j) {
        int item = heapItem[i];
        double score = heapScore[i];
        int count = heapCount[i];
        long id = heapId[i];
        int together = heapTogether[i];
        move(j, i);
        heapItem[j] = item;
        heapScore[j] = score;
        heapCount[j] = count;
        heapId[j] = id;
        heapTogether[j] = together;
    }
}
