package io.uplift.admin.experiment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.uplift.engine.experiment.ArmSample;
import io.uplift.engine.experiment.Experiment;
import io.uplift.engine.experiment.ExperimentAnalysis;
import io.uplift.engine.experiment.Variant;
import io.uplift.engine.experiment.VariantOverrides;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.Test;

public class ExperimentResultsViewTest {

    static final Experiment E = new Experiment("7", "s", "product", 3L, Arrays.asList(
            new Variant("three", 50, new VariantOverrides(3, null, null, null)),
            new Variant("five", 50, new VariantOverrides(5, null, null, null))), 10)
            .start(Instant.parse("2026-11-30T09:00:00Z"));

    @Test
    public void armsComparisonsAndChartDataFromTheEnginesReport() {
        // hand-made arms: three has 4 visitors, 2 buyers (orders 10 + 30, and 20); five 4 visitors, 1 buyer (40)
        List<ArmSample> arms = Arrays.asList(
                new ArmSample("three", 4, new double[] {40, 20}, new double[] {10, 30, 20}, 10, 2),
                new ArmSample("five", 4, new double[] {40}, new double[] {40}, 10, 1),
                new ArmSample("holdout", 2, new double[0], new double[0], 0, 0));
        ExperimentResultsView v = ExperimentResultsView.of(E, "Related: 3 vs 5", arms, new ExperimentAnalysis(2, 2));
        assertEquals("Related: 3 vs 5", v.getName());
        assertEquals("slot product, widget 3, hold-out 10 %", v.getScope());
        assertEquals(Arrays.asList("three", "4", "2", "3", "50.00 %", "10", "2", "20.00 %", "$20.00", "$60.00",
                "$15.00"), v.getArms().get(0));
        assertEquals(Arrays.asList("holdout", "2", "0", "0", "0.00 %", "0", "0", "-", "-", "$0.00", "$0.00"),
                v.getArms().get(2));
        // five vs three: 4 metrics; all variants vs holdout: 4 more
        assertEquals(8, v.getComparisons().size());
        ExperimentResultsView.ComparisonRow conversion = v.getComparisons().get(0);
        assertEquals("five vs three", conversion.getLabel());
        assertEquals("conversion", conversion.getMetric());
        assertEquals("-25.00 pp", conversion.getDifference());
        ExperimentResultsView.ComparisonRow aov = v.getComparisons().get(2);
        assertEquals("AOV", aov.getMetric());
        assertEquals("$20.00", aov.getBaseline());
        assertEquals("+$20.00", aov.getDifference());
        // five has one order: its variance is undefined, so no interval and a warning about the sample
        assertTrue(v.getWarnings().toString(), v.getWarnings().toString().contains("'five'"));
        assertEquals("sample too small", aov.getVerdict());
        assertEquals("-", aov.getInterval());
        Map<String, Object> chart = v.getChart();
        assertEquals(4, ((List<?>) chart.get("moneyLabels")).size());
        assertEquals("five vs three: AOV", ((List<?>) chart.get("moneyLabels")).get(0));
        assertEquals(Arrays.asList(20.0, null, null), ((List<?>) chart.get("money")).get(0));
        assertEquals(Arrays.asList(-25.0, null, null), ((List<?>) chart.get("rates")).get(0));
    }
}
