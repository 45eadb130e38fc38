package io.uplift.engine.copurchase.ease;

import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.score.NoisyOrScorer;
import org.junit.Test;

import static org.junit.Assert.assertEquals;

public class EaseBlendTest {

    private static final EaseBlendSettings SETTINGS = EaseBlendSettings.defaults().withHeadSize(2)
            .withLambdaPerItemCount(0.5).withTailWeight(3).withNoisyOr(10, 1, 0);

    @Test
    public void lambdaIsAMultipleOfTheMeanBasketCountPerProduct() {
        // 40 occurrences over 10 products: mean 4, times 0.5
        assertEquals(2.0, EaseBlend.lambda(SETTINGS, 40, 10), 1e-12);
        assertEquals(1.0, EaseBlend.lambda(SETTINGS, 0, 0), 0);
    }

    @Test
    public void headPairsGetEaseWeightsAndEveryOtherPairTheWeightedNoisyOrScore() {
        // lambda = 0.5 * 4 / 2 = 1: the two-product example of EaseHeadTest, weight 1/3
        EaseBlend blend = EaseBlend.fit(SETTINGS, new double[] {2, 1, 1, 2}, 2, 4, 2);
        PairFigures f = new PairFigures().set(8, 0, 10, 20, 100);
        assertEquals(1 / 3.0, blend.score(0, 1, f), 1e-12);
        double noisyOr = new NoisyOrScorer(10, 1, 0).score(f);
        assertEquals(3 * noisyOr, blend.score(0, -1, f), 1e-12);
        assertEquals(3 * noisyOr, blend.score(-1, 1, f), 1e-12);
        assertEquals(1.0, blend.head().lambda(), 1e-12);
    }

    @Test(expected = IllegalArgumentException.class)
    public void theHeadMustBeTheSettingsHeadCappedByTheCatalogue() {
        EaseBlend.fit(SETTINGS, new double[] {1}, 1, 10, 5);
    }

    @Test(expected = IllegalArgumentException.class)
    public void aRowLengthBelowOneIsRefused() {
        EaseBlendSettings.defaults().withRowLength(0);
    }
}
