package io.uplift.engine.eval;

import java.util.Arrays;
import java.util.Random;

/**
 * 95% confidence intervals of ratio metrics by a basket (cluster) bootstrap: test baskets are drawn with
 * replacement and each metric is recomputed as total / trials over the drawn baskets; the interval is the 2.5th and
 * 97.5th percentile of {@value #RESAMPLES} resampled values. Baskets, not trials, are the unit because the trials
 * of one basket (each of its items left out in turn) are correlated: a per-trial normal approximation would be too
 * narrow.
 *
 * <p>Every call with the same seed and basket count draws the same resamples, so the interval of a difference
 * between two scorers evaluated on the same baskets is a paired one. Deterministic; immutable.
 */
public final class Bootstrap {

    /** Resamples per interval: enough for stable 2.5% tails at the printed resolution. */
    public static final int RESAMPLES = 1000;

    private final long seed;

    public Bootstrap(long seed) {
        this.seed = seed;
    }

    /**
     * @param totals one row per metric: per basket, the metric summed over the basket's trials
     * @param trials per basket, the number of trials
     * @return one {lower, upper} per row of {@code totals}; {NaN, NaN} without baskets
     */
    public double[][] ci95(double[][] totals, int[] trials) {
        int baskets = trials.length;
        for (double[] row : totals) {
            if (row.length != baskets) {
                throw new IllegalArgumentException("expected " + baskets + " basket totals, got " + row.length);
            }
        }
        double[][] values = new double[totals.length][RESAMPLES];
        double[] sums = new double[totals.length];
        Random random = new Random(seed);
        for (int r = 0; r < RESAMPLES; r++) {
            Arrays.fill(sums, 0);
            long count = 0;
            for (int draw = 0; draw < baskets; draw++) {
                int i = random.nextInt(baskets);
                count += trials[i];
                for (int m = 0; m < totals.length; m++) {
                    sums[m] += totals[m][i];
                }
            }
            for (int m = 0; m < totals.length; m++) {
                values[m][r] = count == 0 ? Double.NaN : sums[m] / count;
            }
        }
        double[][] intervals = new double[totals.length][];
        for (int m = 0; m < totals.length; m++) {
            Arrays.sort(values[m]);
            intervals[m] = new double[] {values[m][(int) Math.floor(0.025 * (RESAMPLES - 1))],
                    values[m][(int) Math.ceil(0.975 * (RESAMPLES - 1))]};
        }
        return intervals;
    }
}
