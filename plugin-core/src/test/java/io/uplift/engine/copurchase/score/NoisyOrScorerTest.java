package io.uplift.engine.copurchase.score;

import io.uplift.engine.copurchase.PairFigures;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class NoisyOrScorerTest {

    /**
     * together 8, countA 10, countB 20, 100 baskets, kappa 10: base rate p = 0.2, shrunk confidence
     * c = (8 + 10 * 0.2) / (10 + 10) = 0.5, evidence ln(0.8 / 0.5) = ln 1.6.
     */
    @Test
    public void evidenceOnAHandComputedPair() {
        PairFigures f = new PairFigures().set(8, 0, 10, 20, 100);
        assertEquals(Math.log(1.6), new NoisyOrScorer(10, 1, 0).score(f), 1e-12);
        assertEquals(Math.log(1.6) * Math.log(1.6) / 20, new NoisyOrScorer(10, 2, 1).score(f), 1e-12);
    }

    @Test
    public void noEvidenceWhenBuyingADoesNotRaiseTheChanceOfB() {
        // c = (1 + 2) / 20 = 0.15, below the base rate 0.2
        assertEquals(0.0, new NoisyOrScorer(10, 1.5, 0.1).score(new PairFigures().set(1, 0, 10, 20, 100)), 0);
    }

    @Test
    public void moreEvidenceFromMoreBasketsAtTheSameConfidence() {
        NoisyOrScorer s = new NoisyOrScorer(10, 1.5, 0.1);
        double few = s.score(new PairFigures().set(3, 0, 3, 20, 1000));
        double many = s.score(new PairFigures().set(300, 0, 300, 20, 1000));
        assertTrue(few + " < " + many, few < many);
    }

    @Test
    public void finiteForEveryEdgeCase() {
        NoisyOrScorer s = new NoisyOrScorer(0.001, 1.5, 0.1);
        // b in every basket: base rate 1, nothing to explain
        assertEquals(0.0, s.score(new PairFigures().set(5, 0, 5, 100, 100)), 0);
        // always bought together; together above countA (impossible, clamped)
        assertTrue(Double.isFinite(s.score(new PairFigures().set(5, 0, 5, 5, 100))));
        assertTrue(Double.isFinite(s.score(new PairFigures().set(9, 0, 5, 5, 100))));
        assertEquals(0.0, s.score(new PairFigures().set(0, 0, 0, 0, 0)), 0);
    }

    @Test
    public void badParametersAreRefusedWithTheValue() {
        assertRefused("kappa must be a positive number: 0.0", 0, 1, 0);
        assertRefused("gamma must be a positive number: NaN", 1, Double.NaN, 0);
        assertRefused("beta must be a number of at least 0: -0.5", 1, 1, -0.5);
    }

    private static void assertRefused(String message, double kappa, double gamma, double beta) {
        try {
            new NoisyOrScorer(kappa, gamma, beta);
            fail("expected a refusal: " + message);
        } catch (IllegalArgumentException e) {
            assertEquals(message, e.getMessage());
        }
    }
}
