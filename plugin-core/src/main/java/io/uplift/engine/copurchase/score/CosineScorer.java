package io.uplift.engine.copurchase.score;

import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.PairScorer;

/** Item-to-item cosine, together / sqrt(countA * countB): symmetric, damps popular candidates. */
public final class CosineScorer implements PairScorer {

    public static final String NAME = "cosine";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double score(PairFigures f) {
        return f.cosine();
    }
}
