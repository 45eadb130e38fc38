package io.uplift.engine.eval;

import java.util.Locale;

/**
 * One scorer's figures under the protocol, with the per-basket totals behind them (for confidence intervals).
 * Immutable.
 */
public final class EvalResult {

    private final String name;
    private final long trainMillis;
    private final double coverage5;
    private final int[] trials;
    private final double[][] totals;

    /**
     * @param totals per {@link Metric} (by ordinal), per test basket, the metric summed over the basket's trials
     * @param trials per test basket, its trials (its items; the same count in both contexts)
     */
    EvalResult(String name, long trainMillis, double coverage5, int[] trials, double[][] totals) {
        if (totals.length != Metric.values().length) {
            throw new IllegalArgumentException("expected totals for " + Metric.values().length + " metrics, got "
                    + totals.length);
        }
        this.name = name;
        this.trainMillis = trainMillis;
        this.coverage5 = coverage5;
        this.trials = trials;
        this.totals = totals;
    }

    public String name() {
        return name;
    }

    /** Wall time of training (building the recommender from the training split), milliseconds. */
    public long trainMillis() {
        return trainMillis;
    }

    /** Distinct items shown in any top-5 cart list / distinct training items, in [0, 1]. */
    public double coverage5() {
        return coverage5;
    }

    /** Evaluated test baskets (those with at least 2 distinct tokens). */
    public int baskets() {
        return trials.length;
    }

    /** Trials per context (each item of each evaluated basket once). */
    public long trials() {
        long sum = 0;
        for (int t : trials) {
            sum += t;
        }
        return sum;
    }

    /** The metric's mean over all trials, in [0, 1]; NaN without trials. */
    public double value(Metric metric) {
        double sum = 0;
        for (double t : totals[metric.ordinal()]) {
            sum += t;
        }
        long trials = trials();
        return trials == 0 ? Double.NaN : sum / trials;
    }

    /** 95% interval of every metric (by ordinal), by a basket bootstrap. */
    public double[][] ci95(Bootstrap bootstrap) {
        return bootstrap.ci95(totals, trials);
    }

    /**
     * Paired 95% intervals of this scorer's metrics minus another's (by ordinal), both evaluated on the same
     * baskets: an interval above 0 means this scorer is better beyond sampling noise.
     */
    public double[][] ci95OfDifference(EvalResult other, Bootstrap bootstrap) {
        if (other.trials.length != trials.length) {
            throw new IllegalArgumentException(other.name + " was evaluated on " + other.trials.length
                    + " baskets, " + name + " on " + trials.length + ": not the same test set");
        }
        double[][] difference = new double[totals.length][trials.length];
        for (int m = 0; m < totals.length; m++) {
            for (int i = 0; i < trials.length; i++) {
                difference[m][i] = totals[m][i] - other.totals[m][i];
            }
        }
        return bootstrap.ci95(difference, trials);
    }

    /**
     * The protocol's output line, e.g. {@code scorer=cosine default=false HR@3=0.1967 ... train_ms=12}: four
     * decimals with a dot whatever the default locale.
     */
    public String line(boolean isDefault) {
        return String.format(Locale.ROOT,
                "scorer=%s default=%s HR@3=%.4f HR@5=%.4f HR@10=%.4f MRR@5=%.4f coverage@5=%.4f P@5=%.4f R@5=%.4f"
                        + " train_ms=%d",
                name, isDefault, value(Metric.HR3), value(Metric.HR5), value(Metric.HR10), value(Metric.MRR5),
                coverage5, value(Metric.P5), value(Metric.R5), trainMillis);
    }
}
