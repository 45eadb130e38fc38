package io.uplift.engine.eval;

import io.uplift.engine.copurchase.PairFigures;
import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;

import java.util.Arrays;

/**
 * The co-purchase statistics of a {@link TrainingSet}, the same figures the storefront keeps per pair: for every
 * ordered pair (a, b) bought together at least once, {@code together} and {@code weightedTogether} (sum of
 * 1 / basket size over the baskets with both), plus each item's basket count and the number of baskets. Stored as
 * one compressed sparse row per item, neighbours in ascending id order. Immutable.
 */
final class PairStatistics {

    private final int baskets;
    private final int[] counts;
    private final int[] rowStart;
    private final int[] neighbor;
    private final int[] together;
    private final double[] weighted;

    private PairStatistics(int baskets, int[] counts, int[] rowStart, int[] neighbor, int[] together,
            double[] weighted) {
        this.baskets = baskets;
        this.counts = counts;
        this.rowStart = rowStart;
        this.neighbor = neighbor;
        this.together = together;
        this.weighted = weighted;
    }

    static PairStatistics of(TrainingSet train) {
        int items = train.items().size();
        int[] counts = new int[items];
        for (int b = 0; b < train.size(); b++) {
            for (int a : train.basket(b)) {
                counts[a]++;
            }
        }
        // baskets of each item (an inverted index), so that one item's row is one pass over its own baskets
        int[] postingStart = new int[items + 1];
        for (int a = 0; a < items; a++) {
            postingStart[a + 1] = postingStart[a] + counts[a];
        }
        int[] posting = new int[postingStart[items]];
        int[] fill = postingStart.clone();
        for (int b = 0; b < train.size(); b++) {
            for (int a : train.basket(b)) {
                posting[fill[a]++] = b;
            }
        }
        int[] rowStart = new int[items + 1];
        IntArrayList neighbor = new IntArrayList();
        IntArrayList together = new IntArrayList();
        DoubleArrayList weighted = new DoubleArrayList();
        int[] rowTogether = new int[items];
        double[] rowWeighted = new double[items];
        int[] touched = new int[items];
        for (int a = 0; a < items; a++) {
            int touchedCount = 0;
            for (int p = postingStart[a]; p < postingStart[a + 1]; p++) {
                int[] basket = train.basket(posting[p]);
                double weight = 1.0 / basket.length;
                for (int b : basket) {
                    if (b != a) {
                        if (rowTogether[b] == 0) {
                            touched[touchedCount++] = b;
                        }
                        rowTogether[b]++;
                        rowWeighted[b] += weight;
                    }
                }
            }
            Arrays.sort(touched, 0, touchedCount);
            for (int i = 0; i < touchedCount; i++) {
                int b = touched[i];
                neighbor.add(b);
                together.add(rowTogether[b]);
                weighted.add(rowWeighted[b]);
                rowTogether[b] = 0;
                rowWeighted[b] = 0;
            }
            rowStart[a + 1] = neighbor.size();
        }
        return new PairStatistics(train.size(), counts, rowStart, neighbor.toIntArray(), together.toIntArray(),
                weighted.toDoubleArray());
    }

    int items() {
        return counts.length;
    }

    /** Index of item a's first neighbour; its neighbours are {@code [rowStart(a), rowStart(a + 1))}. */
    int rowStart(int a) {
        return rowStart[a];
    }

    /** The neighbour at a position of the rows. */
    int neighbor(int position) {
        return neighbor[position];
    }

    /**
     * Fills {@code f} with the figures of the pair (a, neighbour at {@code position}) and returns it.
     */
    PairFigures figures(int a, int position, PairFigures f) {
        return f.set(together[position], weighted[position], counts[a], counts[neighbor[position]], baskets);
    }

    /** Baskets containing both a and the neighbour at a position of the rows. */
    int together(int position) {
        return together[position];
    }

    /** Training baskets containing the item. */
    int count(int a) {
        return counts[a];
    }

    /** Ordered pairs bought together at least once. */
    int pairs() {
        return neighbor.length;
    }
}
