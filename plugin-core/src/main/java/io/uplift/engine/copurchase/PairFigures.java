package io.uplift.engine.copurchase;

/**
 * The co-purchase statistics of one ordered pair (a, b): everything a {@link PairScorer} may use and everything a
 * "why this suggestion" text may quote. A mutable flyweight so that scoring millions of pairs allocates nothing:
 * a scorer must not keep a reference to it beyond one call.
 */
public final class PairFigures {

    /** Baskets containing both a and b. */
    public int together;
    /** Sum over the baskets containing both of 1 / (basket size); favours evidence from small, focused baskets. */
    public double weightedTogether;
    /** Baskets containing a (the context product). */
    public int countA;
    /** Baskets containing b (the candidate). */
    public int countB;
    /** All baskets. */
    public int baskets;

    public PairFigures set(int together, double weightedTogether, int countA, int countB, int baskets) {
        this.together = together;
        this.weightedTogether = weightedTogether;
        this.countA = countA;
        this.countB = countB;
        this.baskets = baskets;
        return this;
    }

    /** P(a and b): together / baskets. */
    public double support() {
        return baskets == 0 ? 0 : (double) together / baskets;
    }

    /** P(b | a): together / countA. */
    public double confidence() {
        return countA == 0 ? 0 : (double) together / countA;
    }

    /** P(a and b) / (P(a) P(b)); 1 means independent. */
    public double lift() {
        return countA == 0 || countB == 0 ? 0 : (double) together * baskets / ((double) countA * countB);
    }

    /** together / sqrt(countA * countB). */
    public double cosine() {
        return countA == 0 || countB == 0 ? 0 : together / Math.sqrt((double) countA * countB);
    }
}
