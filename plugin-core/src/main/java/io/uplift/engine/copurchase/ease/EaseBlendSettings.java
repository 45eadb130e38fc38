package io.uplift.engine.copurchase.ease;

import io.uplift.engine.copurchase.score.NoisyOrScorer;

/**
 * The hyperparameters of {@link EaseBlend}, with the defaults chosen on training slices of the evaluation files
 * (see the README, "Suggestion quality"). Immutable; {@code with...} methods return a changed copy.
 */
public final class EaseBlendSettings {

    private final int headSize;
    private final double lambdaPerItemCount;
    private final double tailWeight;
    private final NoisyOrScorer tail;
    private final int rowLength;

    private EaseBlendSettings(int headSize, double lambdaPerItemCount, double tailWeight, NoisyOrScorer tail,
            int rowLength) {
        if (headSize < 0 || headSize > EaseHead.MAX_SIZE) {
            throw new IllegalArgumentException("head size must be in [0, " + EaseHead.MAX_SIZE + "]: " + headSize);
        }
        if (!(lambdaPerItemCount > 0) || Double.isInfinite(lambdaPerItemCount)) {
            throw new IllegalArgumentException("lambda per item count must be a positive number: "
                    + lambdaPerItemCount);
        }
        if (!(tailWeight >= 0) || Double.isInfinite(tailWeight)) {
            throw new IllegalArgumentException("tail weight must be a number of at least 0: " + tailWeight);
        }
        if (rowLength < 1) {
            throw new IllegalArgumentException("row length must be at least 1: " + rowLength);
        }
        this.headSize = headSize;
        this.lambdaPerItemCount = lambdaPerItemCount;
        this.tailWeight = tailWeight;
        this.tail = tail;
        this.rowLength = rowLength;
    }

    /** The tuned defaults: head 1000, lambda 1 x the mean item count, tail weight 3, noisy-OR(10, 1.5, 0.15), L 50. */
    public static EaseBlendSettings defaults() {
        return new EaseBlendSettings(1000, 1.0, 3.0, new NoisyOrScorer(10, 1.5, 0.15), 50);
    }

    /** How many best sellers get EASE weights among themselves. */
    public int headSize() {
        return headSize;
    }

    /**
     * EASE's ridge penalty as a multiple of the mean basket count per product (all item occurrences / distinct
     * products), so that one value suits a small dense catalogue and a large sparse one.
     */
    public double lambdaPerItemCount() {
        return lambdaPerItemCount;
    }

    /** The factor on the noisy-OR score of every pair that is not head x head. */
    public double tailWeight() {
        return tailWeight;
    }

    /** The pairwise-local scorer of every pair that is not head x head. */
    public NoisyOrScorer tailScorer() {
        return tail;
    }

    /**
     * The pairwise score the co-purchase store ranks rows by: {@code tailWeight * tailScorer}, the blend's score of
     * every pair outside head x head.
     */
    public io.uplift.engine.copurchase.PairScorer rowScorer() {
        final io.uplift.engine.copurchase.PairScorer tail = tailScorer();
        final double weight = tailWeight();
        return new io.uplift.engine.copurchase.PairScorer() {
            @Override
            public String name() {
                return EaseBlend.NAME;
            }

            @Override
            public double score(io.uplift.engine.copurchase.PairFigures f) {
                return weight * tail.score(f);
            }
        };
    }

    /** L: entries kept per product row besides the head pairs. */
    public int rowLength() {
        return rowLength;
    }

    public EaseBlendSettings withHeadSize(int value) {
        return new EaseBlendSettings(value, lambdaPerItemCount, tailWeight, tail, rowLength);
    }

    public EaseBlendSettings withLambdaPerItemCount(double value) {
        return new EaseBlendSettings(headSize, value, tailWeight, tail, rowLength);
    }

    public EaseBlendSettings withTailWeight(double value) {
        return new EaseBlendSettings(headSize, lambdaPerItemCount, value, tail, rowLength);
    }

    /** The noisy-OR scorer's parameters (see {@link NoisyOrScorer}). */
    public EaseBlendSettings withNoisyOr(double kappa, double gamma, double beta) {
        return new EaseBlendSettings(headSize, lambdaPerItemCount, tailWeight, new NoisyOrScorer(kappa, gamma, beta),
                rowLength);
    }

    public EaseBlendSettings withRowLength(int value) {
        return new EaseBlendSettings(headSize, lambdaPerItemCount, tailWeight, tail, value);
    }

    @Override
    public String toString() {
        return "head=" + headSize + " lambda/itemcount=" + lambdaPerItemCount + " tailWeight=" + tailWeight + " "
                + tail + " L=" + rowLength;
    }
}
