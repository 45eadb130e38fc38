package io.uplift.engine.experiment;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.TTest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment's results: per arm its sample sizes, conversion, acceptance rate, AOV and revenue per visitor; each
 * variant against the control, and (when there is a hold-out) all variants together against the hold-out, the
 * plugin's overall lift. Statistics from Apache Commons Math 3:
 * <ul>
 * <li>means (AOV over orders; revenue per visitor over visitors, non-buyers as zeros): Welch's unequal-variance
 * t-test ({@code TTest.tTest(StatisticalSummary, StatisticalSummary)}, two-sided), the interval
 * {@code d ± t(0.975, df) * se} with {@code se = sqrt(s1²/n1 + s0²/n0)} and Welch-Satterthwaite {@code df}
 * ({@code TDistribution});</li>
 * <li>rates (conversion: buyers / visitors; acceptance: accepted / seen): the two-proportion z-test with the pooled
 * rate, {@code z = (p1 - p0) / sqrt(p(1-p)(1/n1 + 1/n0))}, p-value {@code 2 Φ(-|z|)}, and the unpooled (Wald)
 * interval {@code d ± z(0.975) * sqrt(p1(1-p1)/n1 + p0(1-p0)/n0)} ({@code NormalDistribution}).</li>
 * </ul>
 * Verdict at the 5 % level, two-sided. No verdict, interval or p-value while either arm of a comparison has fewer
 * than the minimum visitors or orders (defaults: {@value #MIN_VISITORS} visitors and {@value #MIN_ORDERS} orders per
 * arm); a warning names the arm instead. Stateless and thread-safe.
 */
public final class ExperimentAnalysis {

    public static final int MIN_VISITORS = 100;
    public static final int MIN_ORDERS = 30;
    static final double ALPHA = 0.05;
    private static final NormalDistribution NORMAL = new NormalDistribution();

    private final int minVisitors;
    private final int minOrders;

    /** With the default minimum sample (100 visitors and 30 orders per arm). */
    public ExperimentAnalysis() {
        this(MIN_VISITORS, MIN_ORDERS);
    }

    /** @throws IllegalArgumentException quoting a minimum below 2 (a variance needs two values) */
    public ExperimentAnalysis(int minVisitors, int minOrders) {
        if (minVisitors < 2 || minOrders < 2) {
            throw new IllegalArgumentException("the minimum sample must be at least 2 visitors and 2 orders: "
                    + minVisitors + " / " + minOrders);
        }
        this.minVisitors = minVisitors;
        this.minOrders = minOrders;
    }

    /**
     * @param holdout the hold-out's sample, or null when the experiment has none
     */
    public Report analyze(ArmSample control, List<ArmSample> variants, ArmSample holdout) {
        if (control == null || variants == null || variants.contains(null)) {
            throw new IllegalArgumentException("a control and a list of variants are required: " + control + " / "
                    + variants);
        }
        List<String> warnings = new ArrayList<String>();
        List<ArmSample> all = new ArrayList<ArmSample>();
        all.add(control);
        all.addAll(variants);
        if (holdout != null) {
            all.add(holdout);
        }
        for (ArmSample s : all) {
            if (tooSmall(s)) {
                warnings.add("sample too small in '" + s.getArm() + "': " + s.getVisitors() + " visitors and "
                        + s.getOrders() + " orders (at least " + minVisitors + " and " + minOrders
                        + " are needed for a verdict)");
            }
        }
        Map<String, List<Comparison>> vsControl = new LinkedHashMap<String, List<Comparison>>();
        for (ArmSample v : variants) {
            vsControl.put(v.getArm(), compare(control, v));
        }
        List<Comparison> overall = Collections.emptyList();
        if (holdout != null) {
            List<ArmSample> rest = new ArrayList<ArmSample>(all.subList(0, all.size() - 1));
            overall = compare(holdout, ArmSample.merge("all variants", rest));
        }
        return new Report(all, vsControl, overall, warnings);
    }

    private boolean tooSmall(ArmSample s) {
        return s.getVisitors() < minVisitors || s.getOrders() < minOrders;
    }

    /** The four metrics of {@code arm} against {@code base}. */
    List<Comparison> compare(ArmSample base, ArmSample arm) {
        boolean small = tooSmall(base) || tooSmall(arm);
        List<Comparison> out = new ArrayList<Comparison>();
        out.add(proportions(Comparison.Metric.CONVERSION, base.getBuyers(), base.getVisitors(), arm.getBuyers(),
                arm.getVisitors(), small));
        out.add(proportions(Comparison.Metric.ACCEPTANCE, base.getAccepted(), base.getSeen(), arm.getAccepted(),
                arm.getSeen(), small));
        out.add(means(Comparison.Metric.AOV, summary(base.orderTotals(), 0), summary(arm.orderTotals(), 0), small));
        out.add(means(Comparison.Metric.REVENUE_PER_VISITOR,
                summary(base.buyerRevenue(), base.getVisitors() - base.getBuyers()),
                summary(arm.buyerRevenue(), arm.getVisitors() - arm.getBuyers()), small));
        return out;
    }

    static SummaryStatistics summary(double[] values, long zeros) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : values) {
            s.addValue(v);
        }
        for (long i = 0; i < zeros; i++) {
            s.addValue(0);
        }
        return s;
    }

    static Comparison proportions(Comparison.Metric metric, long x0, long n0, long x1, long n1, boolean small) {
        double p0 = n0 == 0 ? Double.NaN : (double) x0 / n0;
        double p1 = n1 == 0 ? Double.NaN : (double) x1 / n1;
        if (small) {
            return new Comparison(metric, p0, p1, Double.NaN, Double.NaN, Double.NaN, Verdict.TOO_SMALL);
        }
        double pooled = n0 + n1 == 0 ? Double.NaN : (double) (x0 + x1) / (n0 + n1);
        double sePooled = Math.sqrt(pooled * (1 - pooled) * (1.0 / n0 + 1.0 / n1));
        if (n0 == 0 || n1 == 0 || !(sePooled > 0)) {
            return new Comparison(metric, p0, p1, Double.NaN, Double.NaN, Double.NaN, Verdict.NO_DATA);
        }
        double z = (p1 - p0) / sePooled;
        double p = 2 * NORMAL.cumulativeProbability(-Math.abs(z));
        double se = Math.sqrt(p0 * (1 - p0) / n0 + p1 * (1 - p1) / n1);
        double half = NORMAL.inverseCumulativeProbability(1 - ALPHA / 2) * se;
        return new Comparison(metric, p0, p1, p1 - p0 - half, p1 - p0 + half, p, verdict(p1 - p0, p));
    }

    static Comparison means(Comparison.Metric metric, StatisticalSummary s0, StatisticalSummary s1, boolean small) {
        double m0 = s0.getN() == 0 ? Double.NaN : s0.getMean();
        double m1 = s1.getN() == 0 ? Double.NaN : s1.getMean();
        if (small) {
            return new Comparison(metric, m0, m1, Double.NaN, Double.NaN, Double.NaN, Verdict.TOO_SMALL);
        }
        double a0 = s0.getVariance() / s0.getN();
        double a1 = s1.getVariance() / s1.getN();
        double se = Math.sqrt(a0 + a1);
        if (!(se > 0)) {
            return new Comparison(metric, m0, m1, Double.NaN, Double.NaN, Double.NaN, Verdict.NO_DATA);
        }
        double df = (a0 + a1) * (a0 + a1) / (a0 * a0 / (s0.getN() - 1) + a1 * a1 / (s1.getN() - 1));
        double half = new TDistribution(df).inverseCumulativeProbability(1 - ALPHA / 2) * se;
        double p = new TTest().tTest(s1, s0);
        return new Comparison(metric, m0, m1, m1 - m0 - half, m1 - m0 + half, p, verdict(m1 - m0, p));
    }

    private static Verdict verdict(double difference, double p) {
        if (!(p < ALPHA)) {
            return Verdict.NOT_SIGNIFICANT;
        }
        return difference > 0 ? Verdict.BETTER : Verdict.WORSE;
    }

    /** Per arm its figures, each variant against the control, all variants against the hold-out, warnings. */
    public static final class Report {
        private final List<ArmSample> arms;
        private final Map<String, List<Comparison>> vsControl;
        private final List<Comparison> vsHoldout;
        private final List<String> warnings;

        Report(List<ArmSample> arms, Map<String, List<Comparison>> vsControl, List<Comparison> vsHoldout,
                List<String> warnings) {
            this.arms = Collections.unmodifiableList(arms);
            this.vsControl = Collections.unmodifiableMap(vsControl);
            this.vsHoldout = Collections.unmodifiableList(vsHoldout);
            this.warnings = Collections.unmodifiableList(warnings);
        }

        /** Control first, then the variants, then the hold-out if any. */
        public List<ArmSample> getArms() {
            return arms;
        }

        /** Per variant (by arm name, in order): conversion, acceptance, AOV, revenue per visitor vs the control. */
        public Map<String, List<Comparison>> getVsControl() {
            return vsControl;
        }

        /** All variants together against the hold-out (same four metrics), empty without a hold-out. */
        public List<Comparison> getVsHoldout() {
            return vsHoldout;
        }

        /** One per arm below the minimum sample. */
        public List<String> getWarnings() {
            return warnings;
        }

        public boolean isTooSmall() {
            return !warnings.isEmpty();
        }
    }
}
