package io.uplift.engine.eval;

import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.score.CoOccurrenceScorer;
import org.junit.Test;

import static org.junit.Assert.assertArrayEquals;

/**
 * The serving semantics on {@link PairStatisticsTest#example()} with co-occurrence counts (ids a0 b1 c2 d3):
 * rows a: b2 c2 d1, b: a2 c1, c: a2 b1 d1, d: a1 c1.
 */
public class RowRecommenderTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;

    private static RowRecommender rows(int rowLength, boolean fill) {
        return RowRecommender.train(new CoOccurrenceScorer(), rowLength, fill,
                PairStatistics.of(PairStatisticsTest.example()));
    }

    @Test
    public void aProductPageShowsItsRowBestFirstWithTiesBySmallerId() {
        assertArrayEquals(new int[] {B, C, D}, rows(RowRecommender.FULL_ROWS, false).recommend(new int[] {A}, 10));
        assertArrayEquals(new int[] {A, C}, rows(RowRecommender.FULL_ROWS, false).recommend(new int[] {D}, 10));
        assertArrayEquals(new int[] {B}, rows(RowRecommender.FULL_ROWS, false).recommend(new int[] {A}, 1));
    }

    @Test
    public void theFillAppendsTheBestSellersThatHaveNoScore() {
        assertArrayEquals(new int[] {A, C}, rows(RowRecommender.FULL_ROWS, false).recommend(new int[] {B}, 3));
        assertArrayEquals(new int[] {A, C, D}, rows(RowRecommender.FULL_ROWS, true).recommend(new int[] {B}, 3));
    }

    @Test
    public void aCartSumsTheRowScoresOfItsItemsAndNeverSuggestsThem() {
        // a: 2 (from b) + 1 (from d) = 3, c: 1 + 1 = 2
        assertArrayEquals(new int[] {A, C}, rows(RowRecommender.FULL_ROWS, true).recommend(new int[] {B, D}, 3));
    }

    @Test
    public void anEmptyContextGetsTheBestSellersWithTheFillAndNothingWithout() {
        assertArrayEquals(new int[] {A, B}, rows(RowRecommender.FULL_ROWS, true).recommend(new int[0], 2));
        assertArrayEquals(new int[0], rows(RowRecommender.FULL_ROWS, false).recommend(new int[0], 2));
    }

    @Test
    public void truncatedRowsLoseTheirTailEvenInACart() {
        // L = 1: a: [b], b: [a], c: [a], d: [a]; cart {c, d} scores a only, b comes from the fill
        RowRecommender truncated = rows(1, true);
        assertArrayEquals(new int[] {B}, truncated.recommend(new int[] {A}, 1));
        assertArrayEquals(new int[] {A, B}, truncated.recommend(new int[] {C, D}, 2));
    }

    @Test
    public void exemptEntriesStayBeyondTheRowLength() {
        RowRecommender.RowScore exemptAd = new RowRecommender.RowScore() {
            @Override
            public double score(int a, int b, PairFigures f) {
                return f.together;
            }

            @Override
            public boolean exemptFromRowLength(int a, int b) {
                return a == A && b == D;
            }
        };
        RowRecommender rows = RowRecommender.train(exemptAd, 1, false,
                PairStatistics.of(PairStatisticsTest.example()));
        assertArrayEquals(new int[] {B, D}, rows.recommend(new int[] {A}, 10));
    }

    @Test
    public void repeatedCallsDoNotLeakScoresFromOneContextToTheNext() {
        RowRecommender rows = rows(RowRecommender.FULL_ROWS, true);
        rows.recommend(new int[] {A, B}, 4);
        assertArrayEquals(new int[] {A, C, B}, rows.recommend(new int[] {D}, 3));
    }
}
