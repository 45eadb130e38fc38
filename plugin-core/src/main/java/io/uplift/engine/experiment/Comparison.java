package io.uplift.engine.experiment;

/**
 * One metric of an arm against its baseline (the control, or the hold-out): both values, the difference
 * (arm - baseline), its 95 % confidence interval, the two-sided p-value and the {@link Verdict}. While the sample
 * is too small the values and the difference are given but the interval, p-value and verdict are not (NaN,
 * {@link Verdict#TOO_SMALL}). Immutable.
 */
public final class Comparison {

    /** The metrics compared. */
    public enum Metric {
        /** Buying visitors / visitors (two-proportion z-test). */
        CONVERSION,
        /** Accepted suggestions / seen impressions (two-proportion z-test). */
        ACCEPTANCE,
        /** Mean order total (Welch's t-test). */
        AOV,
        /** Mean revenue per visitor, non-buyers as zeros (Welch's t-test). */
        REVENUE_PER_VISITOR
    }

    private final Metric metric;
    private final double baseline;
    private final double value;
    private final double low;
    private final double high;
    private final double pValue;
    private final Verdict verdict;

    Comparison(Metric metric, double baseline, double value, double low, double high, double pValue,
            Verdict verdict) {
        this.metric = metric;
        this.baseline = baseline;
        this.value = value;
        this.low = low;
        this.high = high;
        this.pValue = pValue;
        this.verdict = verdict;
    }

    public Metric getMetric() {
        return metric;
    }

    /** The baseline's value (NaN when undefined, e.g. AOV without orders). */
    public double getBaseline() {
        return baseline;
    }

    /** The arm's value. */
    public double getValue() {
        return value;
    }

    /** Arm minus baseline. */
    public double getDifference() {
        return value - baseline;
    }

    /** Lower end of the 95 % interval of the difference, or NaN without a verdict. */
    public double getLow() {
        return low;
    }

    /** Upper end of the 95 % interval of the difference, or NaN without a verdict. */
    public double getHigh() {
        return high;
    }

    /** Two-sided p-value, or NaN without a verdict. */
    public double getPValue() {
        return pValue;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    @Override
    public String toString() {
        return metric + ": " + value + " vs " + baseline + " [" + low + ", " + high + "] p=" + pValue + " "
                + verdict;
    }
}
