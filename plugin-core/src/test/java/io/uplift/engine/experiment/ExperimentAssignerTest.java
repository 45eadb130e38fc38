package io.uplift.engine.experiment;

import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ExperimentAssignerTest {

    private final ExperimentAssigner assigner = new ExperimentAssigner();
    private final Experiment running = ExperimentTest.threeVsFive(10).start(ExperimentTest.T0);

    @Test
    public void assignmentIsStickyAcrossCallsAndInstances() {
        for (int i = 0; i < 1000; i++) {
            String visitor = "visitor-" + i;
            Assignment a = assigner.assign(running, visitor);
            Assignment b = new ExperimentAssigner().assign(running, visitor);
            assertTrue(a.isInExperiment());
            assertEquals(visitor, a.getArm(), b.getArm());
            assertEquals(a.getBucket(), b.getBucket());
        }
    }

    /**
     * Regression: these buckets and arms were worked out outside Java, with the reference MurmurHash3_x86_32 (seed 0)
     * over the UTF-8 bytes of {@code "also-bought-count:s1:" + visitor}, unsigned, modulo 10000; hold-out below 1000,
     * then {@code three} while {@code (bucket - 1000) * 100 < 50 * 9000}, else {@code five}. A change of the hash
     * input or of the bucket arithmetic would move visitors of running experiments to other arms: it fails here.
     */
    @Test
    public void theHashingSchemeDoesNotChangeSilently() {
        Map<String, String> arms = new LinkedHashMap<String, String>();
        for (String v : new String[] {"c:1001", "c:1004", "c:1008", "c:1017", "visitor-42"}) {
            arms.put(v, assigner.assign(running, v).toString());
        }
        assertEquals("{c:1001=also-bought-count:three@4681, c:1004=also-bought-count:five@8445,"
                + " c:1008=also-bought-count:holdout@768, c:1017=also-bought-count:five@5578,"
                + " visitor-42=also-bought-count:three@1077}", arms.toString());
    }

    @Test
    public void overAHundredThousandVisitorsTheSplitFitsTheWeights() {
        long[] observed = new long[3];
        for (int i = 0; i < 100_000; i++) {
            Assignment a = assigner.assign(running, "visitor-" + i);
            observed[a.isHoldout() ? 0 : "three".equals(a.getArm()) ? 1 : 2]++;
        }
        // hold-out 10 %, then 50/50 of the other 90 %
        double[] expected = {10_000, 45_000, 45_000};
        double p = new ChiSquareTest().chiSquareTest(expected, observed);
        assertTrue("p = " + p + " for " + Arrays.toString(observed), p > 0.001);

        Experiment uneven = new Experiment("uneven", "s2", "cart", null, Arrays.asList(
                new Variant("a", 20, null), new Variant("b", 30, null), new Variant("c", 50, null)), 0)
                .start(ExperimentTest.T0);
        long[] split = new long[3];
        for (int i = 0; i < 100_000; i++) {
            split[assigner.assign(uneven, "c:" + i).getArm().charAt(0) - 'a']++;
        }
        double pUneven = new ChiSquareTest().chiSquareTest(new double[] {20_000, 30_000, 50_000}, split);
        assertTrue("p = " + pUneven + " for " + Arrays.toString(split), pUneven > 0.001);
    }

    @Test
    public void anotherSaltShufflesVisitorsIndependently() {
        Experiment resalted = new Experiment("also-bought-count", "s2", "product", 7L,
                Arrays.asList(ExperimentTest.THREE, ExperimentTest.FIVE), 0).start(ExperimentTest.T0);
        Experiment unsalted = new Experiment("also-bought-count", "s1", "product", 7L,
                Arrays.asList(ExperimentTest.THREE, ExperimentTest.FIVE), 0).start(ExperimentTest.T0);
        int changed = 0;
        for (int i = 0; i < 10_000; i++) {
            String v = "visitor-" + i;
            if (!assigner.assign(resalted, v).getArm().equals(assigner.assign(unsalted, v).getArm())) {
                changed++;
            }
        }
        // independent 50/50 arms: half the visitors change, 5000 +- 3 sd (sd = 50)
        assertTrue("changed " + changed, changed > 4850 && changed < 5150);
    }

    @Test
    public void draftsAndStoppedExperimentsAssignNobody() {
        Experiment draft = ExperimentTest.threeVsFive(10);
        assertFalse(assigner.assign(draft, "c:1").isInExperiment());
        assertFalse(assigner.assign(running.stop(ExperimentTest.T0.plusSeconds(60)), "c:1").isInExperiment());
        assertEquals(null, assigner.assign(draft, "c:1").getArm());
    }

    @Test
    public void theHoldoutIsTheLowBucketsAndSeesNoVariant() {
        for (int i = 0; i < 2000; i++) {
            Assignment a = assigner.assign(running, "visitor-" + i);
            assertEquals(a.getBucket() < 1000, a.isHoldout());
            assertEquals(a.isHoldout(), a.getVariant() == null);
            assertEquals(a.isHoldout() ? Assignment.HOLDOUT : a.getVariant().getName(), a.getArm());
        }
    }
}
