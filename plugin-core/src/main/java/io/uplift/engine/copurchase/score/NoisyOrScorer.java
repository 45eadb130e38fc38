package io.uplift.engine.copurchase.score;

import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.PairScorer;

/**
 * Noisy-OR evidence that buying a leads to buying b, beyond b's base rate. Pairwise-local: a pure function of the
 * pair's figures, so incremental updates and full rebuilds agree.
 *
 * <p>Model: b is left out of a basket only if its base rate and every cart product independently fail to bring it
 * in, so {@code -ln P(no b | cart) = -ln(1 - p) + sum over the cart of w(a, b)}. With {@code p = countB / baskets}
 * and the confidence shrunk towards p, {@code c = (together + kappa p) / (countA + kappa)}, the evidence of one
 * cart product is {@code w = max(0, ln((1 - p) / (1 - c)))}: 0 when a says nothing about b (c at or below p), large
 * when b almost always follows a. A cart's sum of {@code w} is the serving model's cart aggregation; the base-rate
 * term is left out, which ranks popular products lower than the pure model would and measured better.
 *
 * <p>Score: {@code w^gamma / countB^beta}. {@code gamma > 1} lets one strong association outweigh many weak ones
 * (the independence assumption overcounts correlated cart products); {@code beta > 0} damps best sellers a little.
 * Immutable and thread-safe.
 */
public final class NoisyOrScorer implements PairScorer {

    public static final String NAME = "noisy-or";

    private final double kappa;
    private final double gamma;
    private final double beta;

    /**
     * @param kappa strength of the shrinkage towards the base rate, in baskets; above 0 (a product seen in few
     *              baskets says little)
     * @param gamma sharpening exponent, above 0
     * @param beta  damping of the candidate's popularity, at least 0
     */
    public NoisyOrScorer(double kappa, double gamma, double beta) {
        if (!(kappa > 0) || Double.isInfinite(kappa)) {
            throw new IllegalArgumentException("kappa must be a positive number: " + kappa);
        }
        if (!(gamma > 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma must be a positive number: " + gamma);
        }
        if (!(beta >= 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("beta must be a number of at least 0: " + beta);
        }
        this.kappa = kappa;
        this.gamma = gamma;
        this.beta = beta;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** @return at least 0; 0 when a carries no evidence for b or the figures are empty */
    @Override
    public double score(PairFigures f) {
        if (f.baskets <= 0 || f.countA <= 0 || f.countB <= 0) {
            return 0;
        }
        double base = Math.min(1.0, (double) f.countB / f.baskets);
        // together cannot exceed countA in real statistics; clamping keeps the logarithm finite for any input
        double confidence = (Math.min(f.together, f.countA) + kappa * base) / (f.countA + kappa);
        if (confidence <= base) {
            return 0;
        }
        // here base < confidence < 1, so the logarithm is finite and positive
        double evidence = Math.log((1 - base) / (1 - confidence));
        return Math.pow(evidence, gamma) / Math.pow(f.countB, beta);
    }

    public double kappa() {
        return kappa;
    }

    public double gamma() {
        return gamma;
    }

    public double beta() {
        return beta;
    }

    @Override
    public String toString() {
        return NAME + "(kappa=" + kappa + ", gamma=" + gamma + ", beta=" + beta + ")";
    }
}
