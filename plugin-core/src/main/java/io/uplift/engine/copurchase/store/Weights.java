package io.uplift.engine.copurchase.store;

/**
 * The weight of a basket's evidence, 1 / (distinct products in the basket), as a fixed-point number with
 * {@value #FRACTION_BITS} fraction bits. Summing integers instead of doubles makes the weighted sums exact and
 * independent of the order in which baskets are added, so an incremental update, a parallel rebuild and a
 * snapshot round trip agree to the last bit; the rounding error is at most 2^-33 per basket.
 */
final class Weights {

    static final int FRACTION_BITS = 32;
    private static final long ONE = 1L << FRACTION_BITS;
    private static final long[] SMALL = new long[257];

    static {
        for (int n = 1; n < SMALL.length; n++) {
            SMALL[n] = compute(n);
        }
    }

    private Weights() {
    }

    /** The fixed-point weight of a basket of {@code basketSize} distinct products (at least 1). */
    static long of(int basketSize) {
        return basketSize < SMALL.length ? SMALL[basketSize] : compute(basketSize);
    }

    private static long compute(int n) {
        return (ONE + n / 2) / n;
    }

    /** A fixed-point sum as the double {@link io.uplift.engine.copurchase.PairFigures#weightedTogether}. */
    static double toDouble(long fixed) {
        return fixed * 0x1p-32;
    }
}
