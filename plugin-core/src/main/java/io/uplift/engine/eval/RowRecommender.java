package io.uplift.engine.eval;

import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.PairScorer;
import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;

import java.util.Arrays;

/**
 * Evaluates a {@link PairScorer} exactly as the storefront serves it (the serving semantics agreed with the serving
 * model):
 * <ul>
 * <li>the row of item a holds the items b bought with a at least once, scored by
 * {@code scorer.score(figures(a, b))}, best first, ties by b's basket count descending then id ascending (in the
 * protocol: smaller item id), truncated to the row length L (a row scorer may exempt entries from the
 * truncation: {@link EaseBlendRecommender} keeps every head pair);</li>
 * <li>a product page (one context item) shows the first n of its row;</li>
 * <li>a cart sums, for each candidate b not in the cart, {@code rowScore(a, b)} over the cart items a whose
 * truncated row holds b, and ranks by that sum, same ties;</li>
 * <li>with {@code fill}, both lists are filled up to n with the unscored items by popularity (basket count
 * descending), so that a list is never short while the catalogue has items; without it a list holds only items of
 * the context's rows (the classic scorers of the protocol's reference table are measured that way).</li>
 * </ul>
 */
public final class RowRecommender implements Recommender {

    /** Row length meaning "keep every neighbour" (no truncation). */
    public static final int FULL_ROWS = Integer.MAX_VALUE;

    private final int[] rowStart;
    private final int[] rowItem;
    private final double[] rowScore;
    private final boolean fill;
    private final double[] sum;
    private final int[] scoredStamp;
    private final int[] contextStamp;
    private final int[] touched;
    private int stamp;

    private RowRecommender(int[] rowStart, int[] rowItem, double[] rowScore, boolean fill) {
        this.rowStart = rowStart;
        this.rowItem = rowItem;
        this.rowScore = rowScore;
        this.fill = fill;
        int items = rowStart.length - 1;
        this.sum = new double[items];
        this.scoredStamp = new int[items];
        this.contextStamp = new int[items];
        this.touched = new int[items];
    }

    /**
     * A builder that trains the scorer's rows.
     *
     * @param rowLength L, at least 1, or {@link #FULL_ROWS}
     * @param fill      whether lists are filled up to n by popularity
     */
    public static RecommenderBuilder builder(PairScorer scorer, int rowLength, boolean fill) {
        if (scorer == null) {
            throw new IllegalArgumentException("a scorer is required");
        }
        if (rowLength < 1) {
            throw new IllegalArgumentException("row length must be at least 1: " + rowLength);
        }
        return new RecommenderBuilder() {
            @Override
            public String name() {
                return scorer.name();
            }

            @Override
            public Recommender build(TrainingSet train) {
                return RowRecommender.train(scorer, rowLength, fill, PairStatistics.of(train));
            }
        };
    }

    /** The score of candidate b in a's row; the figures are those of (a, b). */
    interface RowScore {
        double score(int a, int b, PairFigures f);

        /** Whether the entry stays in the row beyond the row length (EASE's head pairs, negative ones too). */
        default boolean exemptFromRowLength(int a, int b) {
            return false;
        }
    }

    static RowRecommender train(PairScorer scorer, int rowLength, boolean fill, PairStatistics stats) {
        return train((a, b, f) -> scorer.score(f), rowLength, fill, stats);
    }

    /**
     * Rows of the items bought together at least once, best first (ties: smaller id), keeping every exempt entry
     * and the best {@code rowLength} of the others.
     */
    static RowRecommender train(RowScore scorer, int rowLength, boolean fill, PairStatistics stats) {
        int items = stats.items();
        int[] rowStart = new int[items + 1];
        IntArrayList rowItem = new IntArrayList();
        DoubleArrayList rowScore = new DoubleArrayList();
        PairFigures f = new PairFigures();
        double[] scores = new double[0];
        int[] order = new int[0];
        for (int a = 0; a < items; a++) {
            int start = stats.rowStart(a);
            int length = stats.rowStart(a + 1) - start;
            if (scores.length < length) {
                scores = new double[length];
                order = new int[length];
            }
            for (int i = 0; i < length; i++) {
                scores[i] = scorer.score(a, stats.neighbor(start + i), stats.figures(a, start + i, f));
                order[i] = i;
            }
            final double[] s = scores;
            // neighbours are stored by ascending id, so "smaller position" is "smaller id" for the tie
            IntArrays.quickSort(order, 0, length, (x, y) -> s[x] != s[y] ? Double.compare(s[y], s[x])
                    : Integer.compare(x, y));
            int capped = 0;
            for (int i = 0; i < length; i++) {
                int b = stats.neighbor(start + order[i]);
                if (scorer.exemptFromRowLength(a, b) || capped++ < rowLength) {
                    rowItem.add(b);
                    rowScore.add(scores[order[i]]);
                }
            }
            rowStart[a + 1] = rowItem.size();
        }
        return new RowRecommender(rowStart, rowItem.toIntArray(), rowScore.toDoubleArray(), fill);
    }

    @Override
    public int[] recommend(int[] context, int n) {
        if (++stamp == 0) {
            Arrays.fill(scoredStamp, 0);
            Arrays.fill(contextStamp, 0);
            stamp = 1;
        }
        for (int a : context) {
            contextStamp[a] = stamp;
        }
        int[] out = context.length == 1 ? rowPrefix(context[0], n) : cartSum(context, n);
        return fill ? fillByPopularity(out, n) : out;
    }

    private int[] rowPrefix(int a, int n) {
        int end = Math.min(rowStart[a + 1], rowStart[a] + n);
        int[] out = Arrays.copyOfRange(rowItem, rowStart[a], end);
        for (int b : out) {
            scoredStamp[b] = stamp;
        }
        return out;
    }

    private int[] cartSum(int[] context, int n) {
        int touchedCount = 0;
        for (int a : context) {
            for (int p = rowStart[a]; p < rowStart[a + 1]; p++) {
                int b = rowItem[p];
                if (contextStamp[b] == stamp) {
                    continue;
                }
                if (scoredStamp[b] != stamp) {
                    scoredStamp[b] = stamp;
                    sum[b] = rowScore[p];
                    touched[touchedCount++] = b;
                } else {
                    sum[b] += rowScore[p];
                }
            }
        }
        TopN top = new TopN(n);
        for (int i = 0; i < touchedCount; i++) {
            top.offer(touched[i], sum[touched[i]]);
        }
        return top.ids();
    }

    /** Appends the most popular items that are neither in the context nor scored; item ids are popularity order. */
    private int[] fillByPopularity(int[] scored, int n) {
        if (scored.length >= n) {
            return scored;
        }
        int[] out = Arrays.copyOf(scored, n);
        int size = scored.length;
        for (int b = 0; b < scoredStamp.length && size < n; b++) {
            if (scoredStamp[b] != stamp && contextStamp[b] != stamp) {
                out[size++] = b;
            }
        }
        return size == n ? out : Arrays.copyOf(out, size);
    }
}
