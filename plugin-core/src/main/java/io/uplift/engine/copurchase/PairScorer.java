package io.uplift.engine.copurchase;

/**
 * Scores candidate b for context product a from their pair statistics. Higher is better; only pairs bought
 * together at least once are scored. Implementations are stateless (or immutable) and thread-safe, and must be
 * pure functions of the figures so that an incremental update and a full rebuild give the same lists.
 */
public interface PairScorer {

    /** A short stable name, e.g. {@code confidence}; used in configuration, snapshots and evaluation output. */
    String name();

    /** The score of b for a; never NaN. */
    double score(PairFigures f);
}
