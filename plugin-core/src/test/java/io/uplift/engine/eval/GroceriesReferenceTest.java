package io.uplift.engine.eval;

import io.uplift.engine.copurchase.ease.EaseBlendSettings;
import org.junit.BeforeClass;
import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

/**
 * Quality regression on groceries.csv (seed 42): the classic scorers reproduce the reference figures of
 * {@code shared/eval-protocol.md} to the printed decimals (which proves the protocol is implemented as specified),
 * and the default scorer keeps its HR@5 target. Not a timing test.
 *
 * <p>The file is not committed: it is read from {@code -Duplift.groceries=FILE}, else from the shared folder
 * beside the checkout ({@code ../shared/data/groceries.csv} from the repository root). Skipped, with the paths
 * tried, when absent.
 */
public class GroceriesReferenceTest {

    private static Evaluation evaluation;

    @BeforeClass
    public static void readGroceries() throws Exception {
        String property = System.getProperty("uplift.groceries");
        Path[] candidates = property != null ? new Path[] {Paths.get(property)}
                : new Path[] {Paths.get("../../shared/data/groceries.csv"), Paths.get("../shared/data/groceries.csv")};
        Path found = null;
        for (Path candidate : candidates) {
            if (Files.isReadable(candidate)) {
                found = candidate;
                break;
            }
        }
        assumeTrue("groceries.csv not found (tried " + java.util.Arrays.toString(candidates)
                + "; set -Duplift.groceries=FILE)", found != null);
        List<List<String>> lines = BasketFile.read(found);
        evaluation = Evaluation.of(lines, Split.of(lines.size(), 42));
    }

    @Test
    public void popularity() {
        assertReference(evaluation.run(new Popularity()), 0.1802, 0.2544, 0.3760, 0.1393, 0.089, 0.2582, 0.2189);
    }

    @Test
    public void classicPairScorers() {
        List<RecommenderBuilder> classic = EvalCommand.classicScorers();
        assertReference(evaluation.run(classic.get(1)), 0.1957, 0.2664, 0.3912, 0.1478, 0.172, 0.2634, 0.2244);
        assertReference(evaluation.run(classic.get(2)), 0.1978, 0.2670, 0.3963, 0.1493, 0.183, 0.2634, 0.2244);
        assertReference(evaluation.run(classic.get(3)), 0.1967, 0.2674, 0.3908, 0.1515, 0.698, 0.2345, 0.2009);
    }

    @Test
    public void theDefaultScorerReachesItsHitRateTarget() {
        EvalResult result = evaluation.run(new EaseBlendRecommender(EaseBlendSettings.defaults()));
        assertTrue("HR@5 " + result.value(Metric.HR5), result.value(Metric.HR5) >= 0.276);
    }

    /** Equal when rounded as the reference table prints them: four decimals, three for coverage. */
    private static void assertReference(EvalResult r, double hr3, double hr5, double hr10, double mrr5,
            double coverage5, double p5, double r5) {
        assertEquals(r.name() + " HR@3", hr3, round(r.value(Metric.HR3), 4), 0);
        assertEquals(r.name() + " HR@5", hr5, round(r.value(Metric.HR5), 4), 0);
        assertEquals(r.name() + " HR@10", hr10, round(r.value(Metric.HR10), 4), 0);
        assertEquals(r.name() + " MRR@5", mrr5, round(r.value(Metric.MRR5), 4), 0);
        assertEquals(r.name() + " coverage@5", coverage5, round(r.coverage5(), 3), 0);
        assertEquals(r.name() + " P@5", p5, round(r.value(Metric.P5), 4), 0);
        assertEquals(r.name() + " R@5", r5, round(r.value(Metric.R5), 4), 0);
    }

    private static double round(double value, int decimals) {
        return new java.math.BigDecimal(value).setScale(decimals, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }
}
