package io.uplift.engine.copurchase.score;

import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.PairScorer;

/** The candidate's basket count: the best sellers among the products bought with a at least once. */
public final class PopularityScorer implements PairScorer {

    public static final String NAME = "popularity";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double score(PairFigures f) {
        return f.countB;
    }
}
