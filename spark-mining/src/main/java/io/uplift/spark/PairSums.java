package io.uplift.spark;

import java.io.Serializable;

/** The figures of one unordered pair summed over baskets: baskets with both, fixed-point weighted sum. Mutable. */
final class PairSums implements Serializable {

    private static final long serialVersionUID = 1L;

    int together;
    long weight;

    PairSums(int together, long weight) {
        this.together = together;
        this.weight = weight;
    }

    /** Adds b into a (Spark's reduce may reuse its left argument) and returns a. */
    static PairSums plus(PairSums a, PairSums b) {
        a.together = Math.addExact(a.together, b.together);
        a.weight += b.weight;
        return a;
    }
}
