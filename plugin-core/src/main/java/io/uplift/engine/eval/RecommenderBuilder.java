package io.uplift.engine.eval;

/**
 * One scorer as the evaluation runs it: a name for the output line and a way to train it on the training split
 * (and nothing else). The time {@link #build} takes is reported as {@code train_ms}.
 */
public interface RecommenderBuilder {

    /** The scorer's name as printed in {@code scorer=<name>}; stable, no spaces. */
    String name();

    Recommender build(TrainingSet train);
}
