package io.uplift.engine.copurchase.score;

import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.PairScorer;

/**
 * Cosine with basket-size weighting: {@code weightedTogether / sqrt(countA * countB)}, where each basket with both
 * products counts 1 / its size. Two products in a small, focused basket say more about each other than two of
 * forty in a weekly shop. Pairwise-local. Close to the default on the small grocery catalogue (HR@5 0.2770 against
 * 0.2802, seed 42), weak on a large one (0.1751 against 0.2188 on retail).
 */
public final class WeightedCosineScorer implements PairScorer {

    public static final String NAME = "weighted-cosine";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double score(PairFigures f) {
        return f.countA == 0 || f.countB == 0 ? 0 : f.weightedTogether / Math.sqrt((double) f.countA * f.countB);
    }
}
