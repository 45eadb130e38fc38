package io.uplift.engine.copurchase.score;

import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.PairScorer;

/**
 * P(b | a) = together / countA. Orders one product's row like {@link CoOccurrenceScorer}, but in a cart each
 * cart product's vote is a probability, so a rarely bought cart product is not outvoted by a popular one.
 */
public final class ConfidenceScorer implements PairScorer {

    public static final String NAME = "confidence";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double score(PairFigures f) {
        return f.confidence();
    }
}
