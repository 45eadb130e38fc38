package io.uplift.engine.copurchase.score;

import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.PairScorer;

/**
 * Lift, P(a and b) / (P(a) P(b)). A good explanation ("bought together 4x more often than by chance") and a good
 * filter, a poor sole ranking: a candidate bought once, with a, gets the highest lift there is.
 */
public final class LiftScorer implements PairScorer {

    public static final String NAME = "lift";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double score(PairFigures f) {
        return f.lift();
    }
}
