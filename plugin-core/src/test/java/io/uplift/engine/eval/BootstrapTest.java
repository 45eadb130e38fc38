package io.uplift.engine.eval;

import org.junit.Test;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class BootstrapTest {

    @Test
    public void aMetricThatIsTheSameInEveryBasketHasAZeroWidthInterval() {
        double[][] ci = new Bootstrap(1).ci95(new double[][] {{1, 2, 3}}, new int[] {2, 4, 6});
        assertArrayEquals(new double[] {0.5, 0.5}, ci[0], 1e-12);
    }

    @Test
    public void theIntervalHoldsTheEstimateAndIsReproducible() {
        int baskets = 500;
        double[] hits = new double[baskets];
        int[] trials = new int[baskets];
        double total = 0;
        long count = 0;
        for (int i = 0; i < baskets; i++) {
            trials[i] = 2 + i % 5;
            hits[i] = (i * 7) % (trials[i] + 1);
            total += hits[i];
            count += trials[i];
        }
        double estimate = total / count;
        double[] ci = new Bootstrap(42).ci95(new double[][] {hits}, trials)[0];
        assertTrue(ci[0] + " <= " + estimate + " <= " + ci[1], ci[0] <= estimate && estimate <= ci[1]);
        assertTrue("a non-degenerate interval: " + ci[0] + ", " + ci[1], ci[0] < ci[1]);
        assertArrayEquals(ci, new Bootstrap(42).ci95(new double[][] {hits}, trials)[0], 0);
    }

    @Test
    public void withoutBasketsTheIntervalIsNaN() {
        double[] ci = new Bootstrap(1).ci95(new double[][] {{}}, new int[0])[0];
        assertEquals(Double.NaN, ci[0], 0);
    }

    @Test
    public void theDifferenceOfAScorerWithItselfIsExactlyZero() {
        EvalResult r = EvaluationTest.example().run(new Popularity());
        for (double[] interval : r.ci95OfDifference(r, new Bootstrap(3))) {
            assertArrayEquals(new double[] {0, 0}, interval, 0);
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void totalsMustCoverEveryBasket() {
        new Bootstrap(1).ci95(new double[][] {{1, 2}}, new int[] {1, 1, 1});
    }
}
