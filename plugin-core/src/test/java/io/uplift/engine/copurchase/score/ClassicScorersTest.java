package io.uplift.engine.copurchase.score;

import io.uplift.engine.copurchase.PairFigures;
import org.junit.Test;

import static org.junit.Assert.assertEquals;

/** together 4 of countA 10 and countB 20, in 100 baskets. */
public class ClassicScorersTest {

    private static final PairFigures F = new PairFigures().set(4, 1.5, 10, 20, 100);
    private static final PairFigures EMPTY = new PairFigures().set(0, 0, 0, 0, 0);

    @Test
    public void coOccurrenceIsTheCountOfBasketsWithBoth() {
        assertEquals(4.0, new CoOccurrenceScorer().score(F), 0);
        assertEquals("co-occurrence", new CoOccurrenceScorer().name());
    }

    @Test
    public void confidenceIsTogetherOverTheContextCount() {
        assertEquals(0.4, new ConfidenceScorer().score(F), 1e-12);
        assertEquals(0.0, new ConfidenceScorer().score(EMPTY), 0);
    }

    @Test
    public void cosineIsTogetherOverTheGeometricMeanOfTheCounts() {
        assertEquals(4 / Math.sqrt(200), new CosineScorer().score(F), 1e-12);
        assertEquals(0.0, new CosineScorer().score(EMPTY), 0);
    }

    @Test
    public void liftIsTheRatioToIndependence() {
        assertEquals(2.0, new LiftScorer().score(F), 1e-12);
        assertEquals(0.0, new LiftScorer().score(EMPTY), 0);
    }

    @Test
    public void weightedCosineCountsEachBasketByOneOverItsSize() {
        assertEquals(1.5 / Math.sqrt(200), new WeightedCosineScorer().score(F), 1e-12);
        assertEquals(0.0, new WeightedCosineScorer().score(EMPTY), 0);
    }

    @Test
    public void popularityIsTheCandidatesCount() {
        assertEquals(20.0, new PopularityScorer().score(F), 0);
    }
}
