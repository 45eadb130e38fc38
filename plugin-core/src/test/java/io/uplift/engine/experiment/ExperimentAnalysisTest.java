package io.uplift.engine.experiment;

import org.junit.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class ExperimentAnalysisTest {

    private static final double EPS = 1e-9;

    static double[] repeat(double value, int n) {
        double[] a = new double[n];
        Arrays.fill(a, value);
        return a;
    }

    static Comparison metric(List<Comparison> list, Comparison.Metric m) {
        for (Comparison c : list) {
            if (c.getMetric() == m) {
                return c;
            }
        }
        throw new AssertionError("no " + m + " in " + list);
    }

    /**
     * Welch, by hand: control orders {1,2,3,4,5}: mean 3, variance 10/4 = 2.5; variant {4,6,8,10,12}: mean 8,
     * variance 40/4 = 10. se = sqrt(2.5/5 + 10/5) = sqrt(2.5) = 1.5811388; t = 5 / 1.5811388 = 3.1622777;
     * df = 2.5² / (0.5²/4 + 2²/4) = 6.25 / 1.0625 = 5.8823529. t(0.975, 5.88) = 2.4588237, so the interval is
     * 5 ± 3.8877420 = [1.1122584, 8.8877416] and p = 0.0200389 (the same figures from SciPy's
     * {@code ttest_ind(equal_var=False)} and {@code t.ppf}). A pooled-variance test would give df = 8 and
     * t(0.975, 8) = 2.306, an interval narrower than this one.
     */
    @Test
    public void meansAreComparedWithWelchsTestAndItsInterval() {
        double[] control = {1, 2, 3, 4, 5};
        double[] variant = {4, 6, 8, 10, 12};
        ArmSample c = new ArmSample("three", 5, control, control, 0, 0);
        ArmSample v = new ArmSample("five", 5, variant, variant, 0, 0);
        ExperimentAnalysis.Report r = new ExperimentAnalysis(2, 2).analyze(c, Collections.singletonList(v), null);
        Comparison aov = metric(r.getVsControl().get("five"), Comparison.Metric.AOV);
        assertEquals(3, aov.getBaseline(), EPS);
        assertEquals(8, aov.getValue(), EPS);
        assertEquals(5, aov.getDifference(), EPS);
        assertEquals(1.1122584, aov.getLow(), 1e-6);
        assertEquals(8.8877416, aov.getHigh(), 1e-6);
        assertEquals(0.0200389, aov.getPValue(), 1e-6);
        assertEquals(Verdict.BETTER, aov.getVerdict());
        // every visitor bought once: revenue per visitor is the same sample
        Comparison rpv = metric(r.getVsControl().get("five"), Comparison.Metric.REVENUE_PER_VISITOR);
        assertEquals(aov.getLow(), rpv.getLow(), EPS);
        assertTrue(r.getWarnings().isEmpty());
        // the other way round: worse, the same p
        Comparison back = metric(new ExperimentAnalysis(2, 2).analyze(v, Collections.singletonList(c), null)
                .getVsControl().get("three"), Comparison.Metric.AOV);
        assertEquals(Verdict.WORSE, back.getVerdict());
        assertEquals(aov.getPValue(), back.getPValue(), 1e-12);
    }

    /**
     * Two proportions, by hand: control 50 of 500 visitors bought (0.10), variant 80 of 500 (0.16). Pooled
     * p = 130/1000 = 0.13, se = sqrt(0.13 * 0.87 * (1/500 + 1/500)) = 0.0212697, z = 0.06 / 0.0212697 = 2.8209;
     * p-value 2 Φ(-2.8209) = 0.0047887 (tables: Φ(2.82) = 0.99760, so 0.0048). Unpooled se = sqrt(0.1 * 0.9 / 500 +
     * 0.16 * 0.84 / 500) = sqrt(0.0004488) = 0.0211849, interval 0.06 ± 1.959964 * 0.0211849.
     * <p>
     * Revenue per visitor with the non-buyers as zeros (each buyer spent 10): control mean 1.0, variance
     * (50 * 9² + 450 * 1²) / 499 = 4500/499; variant mean 1.6, variance (80 * 8.4² + 420 * 1.6²) / 499 = 6720/499;
     * se = sqrt((4500/499 + 6720/499) / 500) = 0.2120612; df = 960.4 (Welch-Satterthwaite), so t(0.975) is
     * between 1.962 and 1.963.
     * Without the zeros both samples would have no spread at all.
     */
    @Test
    public void ratesUseTheTwoProportionZTestAndRevenuePerVisitorCountsNonBuyersAsZeros() {
        ArmSample c = new ArmSample("three", 500, repeat(10, 50), repeat(10, 50), 1000, 30);
        ArmSample v = new ArmSample("five", 500, repeat(10, 80), repeat(10, 80), 1000, 30);
        ExperimentAnalysis.Report r = new ExperimentAnalysis().analyze(c, Collections.singletonList(v), null);
        List<Comparison> five = r.getVsControl().get("five");

        Comparison conversion = metric(five, Comparison.Metric.CONVERSION);
        assertEquals(0.10, conversion.getBaseline(), EPS);
        assertEquals(0.16, conversion.getValue(), EPS);
        double half = 1.959963985 * Math.sqrt(0.1 * 0.9 / 500 + 0.16 * 0.84 / 500);
        assertEquals(0.06 - half, conversion.getLow(), 1e-8);
        assertEquals(0.06 + half, conversion.getHigh(), 1e-8);
        assertEquals(0.0047887, conversion.getPValue(), 1e-6);
        assertEquals(Verdict.BETTER, conversion.getVerdict());

        Comparison acceptance = metric(five, Comparison.Metric.ACCEPTANCE);
        assertEquals(0, acceptance.getDifference(), EPS);
        assertEquals(1.0, acceptance.getPValue(), EPS);
        assertEquals(Verdict.NOT_SIGNIFICANT, acceptance.getVerdict());

        Comparison aov = metric(five, Comparison.Metric.AOV);
        assertEquals("every order is 10 in both arms: nothing to test", Verdict.NO_DATA, aov.getVerdict());

        Comparison rpv = metric(five, Comparison.Metric.REVENUE_PER_VISITOR);
        assertEquals(1.0, rpv.getBaseline(), EPS);
        assertEquals(1.6, rpv.getValue(), EPS);
        double se = Math.sqrt((4500.0 / 499 + 6720.0 / 499) / 500);
        assertEquals(0.2120612, se, 1e-7);
        double tCritical = (rpv.getHigh() - rpv.getLow()) / 2 / se;
        assertTrue("t(0.975, 960.4) = " + tCritical, tCritical > 1.962 && tCritical < 1.963);
        assertEquals(0.6, (rpv.getHigh() + rpv.getLow()) / 2, 1e-9);
        assertEquals(Verdict.BETTER, rpv.getVerdict());
        assertEquals(1.6, v.revenuePerVisitor(), EPS); // 800 / 500
        assertEquals(0.16, v.conversion(), EPS);
        assertEquals(0.03, v.acceptanceRate(), EPS);
        assertEquals(10, v.aov(), EPS);
    }

    @Test
    public void belowTheMinimumSampleThereIsAWarningAndNoVerdict() {
        // 99 visitors in the control: one short of 100
        ArmSample c = new ArmSample("three", 99, repeat(10, 40), repeat(10, 40), 1000, 30);
        ArmSample v = new ArmSample("five", 500, repeat(20, 80), repeat(20, 80), 1000, 90);
        ExperimentAnalysis.Report r = new ExperimentAnalysis().analyze(c, Collections.singletonList(v), null);
        assertTrue(r.isTooSmall());
        assertEquals(Collections.singletonList("sample too small in 'three': 99 visitors and 40 orders (at least 100"
                + " and 30 are needed for a verdict)"), r.getWarnings());
        for (Comparison x : r.getVsControl().get("five")) {
            assertEquals(x.toString(), Verdict.TOO_SMALL, x.getVerdict());
            assertTrue(Double.isNaN(x.getLow()) && Double.isNaN(x.getHigh()) && Double.isNaN(x.getPValue()));
        }
        // the values themselves are shown
        assertEquals(0.16, metric(r.getVsControl().get("five"), Comparison.Metric.CONVERSION).getValue(), EPS);

        // exactly the minimum (100 visitors, 30 orders) is enough; 29 orders is not
        ArmSample atMinimum = new ArmSample("three", 100, repeat(10, 30), repeat(10, 30), 1000, 30);
        assertTrue(new ExperimentAnalysis().analyze(atMinimum, Collections.singletonList(v), null).getWarnings()
                .isEmpty());
        ArmSample fewOrders = new ArmSample("three", 100, repeat(10, 29), repeat(10, 29), 1000, 30);
        assertEquals(Verdict.TOO_SMALL, metric(new ExperimentAnalysis().analyze(fewOrders,
                Collections.singletonList(v), null).getVsControl().get("five"), Comparison.Metric.CONVERSION)
                .getVerdict());
    }

    /**
     * The hold-out against all variants together: hold-out 40 of 500 bought (0.08); the variants 50 + 80 of
     * 500 + 500 (0.13). Pooled 170/1500; the hold-out sees no suggestions, so acceptance cannot be compared.
     */
    @Test
    public void theHoldoutIsComparedWithAllVariantsTogether() {
        ArmSample c = new ArmSample("three", 500, repeat(10, 50), repeat(10, 50), 1000, 30);
        ArmSample v = new ArmSample("five", 500, repeat(10, 80), repeat(10, 80), 1000, 45);
        ArmSample h = new ArmSample(Assignment.HOLDOUT, 500, repeat(10, 40), repeat(10, 40), 0, 0);
        ExperimentAnalysis.Report r = new ExperimentAnalysis().analyze(c, Collections.singletonList(v), h);
        assertEquals(Arrays.asList("three", "five", "holdout"),
                Arrays.asList(r.getArms().get(0).getArm(), r.getArms().get(1).getArm(), r.getArms().get(2).getArm()));
        Comparison lift = metric(r.getVsHoldout(), Comparison.Metric.CONVERSION);
        assertEquals(0.08, lift.getBaseline(), EPS);
        assertEquals(0.13, lift.getValue(), EPS);
        double pooled = 170.0 / 1500;
        double z = 0.05 / Math.sqrt(pooled * (1 - pooled) * (1.0 / 500 + 1.0 / 1000)); // = 2.8797
        assertEquals(2.8797, z, 1e-4);
        assertEquals(0.0039803, lift.getPValue(), 1e-6); // 2 Φ(-2.8797); tables: Φ(2.88) = 0.99801, so 0.0040
        assertEquals(Verdict.BETTER, lift.getVerdict());
        assertEquals(Verdict.NO_DATA, metric(r.getVsHoldout(), Comparison.Metric.ACCEPTANCE).getVerdict());
        assertTrue(new ExperimentAnalysis().analyze(c, Collections.singletonList(v), null).getVsHoldout().isEmpty());
    }

    @Test
    public void inconsistentArmsAreRefusedQuotingTheValues() {
        try {
            new ArmSample("five", 10, repeat(1, 11), repeat(1, 11), 0, 0);
            org.junit.Assert.fail();
        } catch (IllegalArgumentException e) {
            assertEquals("arm 'five': 11 buyers, 11 orders and 10 visitors do not fit (buyers <= visitors, orders >="
                    + " buyers)", e.getMessage());
        }
        try {
            new ArmSample("five", 10, repeat(1, 2), repeat(1, 3), 0, 0);
            org.junit.Assert.fail();
        } catch (IllegalArgumentException e) {
            assertEquals("arm 'five': the buyers' revenue 2.0 is not the sum of the order totals 3.0", e.getMessage());
        }
    }
}
