package io.uplift.engine.copurchase.score;

import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.PairScorer;

/** The number of baskets with both products: "most often bought with". Favours popular candidates. */
public final class CoOccurrenceScorer implements PairScorer {

    public static final String NAME = "co-occurrence";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double score(PairFigures f) {
        return f.together;
    }
}
