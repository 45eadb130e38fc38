package io.uplift.engine.copurchase.score;

import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.PairScorer;

/**
 * Cosine with basket-size weighting: {@code weightedTogether / sqrt(countA * countB)}, where each basket with both
 * products counts 1 / its size. Two products in a small, focused basket say more about each other than two of
 * forty in a weekly shop. Pairwise-local. The best pairwise scorer on the small grocery catalogue (HR@5 on its
 * tuning slice above the default's), weak on a large one.
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
