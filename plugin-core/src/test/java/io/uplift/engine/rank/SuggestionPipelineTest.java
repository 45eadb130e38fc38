package io.uplift.engine.rank;

import io.uplift.engine.MapCatalog;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

import static io.uplift.engine.TestLists.rankedIds;
import static io.uplift.engine.TestLists.reasons;
import static io.uplift.engine.TestProducts.buyable;
import static io.uplift.engine.TestProducts.inactive;
import static io.uplift.engine.TestProducts.outOfStock;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * Fixture: viewing product 1; product 4 in the cart. 10, 20, 30, 40 are buyable; 11 inactive; 12 out of stock;
 * 99 is not in the catalog.
 */
public class SuggestionPipelineTest {

    private static final SuggestionContext VIEWING_1_WITH_4_IN_CART =
            new SuggestionContext(1L, new HashSet<Long>(Arrays.asList(4L)));

    private final MapCatalog catalog = MapCatalog.of(buyable(1), buyable(4), buyable(10), buyable(20), buyable(30),
            buyable(40), inactive(11), outOfStock(12));
    private final SuggestionPipeline pipeline = SuggestionPipeline.standard(catalog);

    @Test
    public void dropsInactiveProducts() {
        assertEquals(Arrays.asList(10L), rankedIds(pipeline.apply(candidates(11, 10), VIEWING_1_WITH_4_IN_CART, 5)));
    }

    @Test
    public void dropsOutOfStockProducts() {
        assertEquals(Arrays.asList(10L), rankedIds(pipeline.apply(candidates(12, 10), VIEWING_1_WITH_4_IN_CART, 5)));
    }

    @Test
    public void dropsTheViewedProduct() {
        assertEquals(Arrays.asList(10L), rankedIds(pipeline.apply(candidates(1, 10), VIEWING_1_WITH_4_IN_CART, 5)));
    }

    @Test
    public void dropsProductsAlreadyInTheCart() {
        assertEquals(Arrays.asList(10L), rankedIds(pipeline.apply(candidates(4, 10), VIEWING_1_WITH_4_IN_CART, 5)));
    }

    @Test
    public void dropsProductsUnknownToTheCatalog() {
        assertEquals(Arrays.asList(10L), rankedIds(pipeline.apply(candidates(99, 10), VIEWING_1_WITH_4_IN_CART, 5)));
    }

    @Test
    public void unknownProductsNeverReachAFilter() {
        final List<Long> judged = new ArrayList<Long>();
        SuggestionPipeline recording = new SuggestionPipeline(catalog,
                Collections.<SuggestionFilter>singletonList(new SuggestionFilter() {
                    @Override
                    public String reject(Suggestion c, ProductFacts p, SuggestionContext ctx) {
                        judged.add(p.getId());
                        return null;
                    }
                }));
        recording.apply(candidates(99, 10), VIEWING_1_WITH_4_IN_CART, 5);
        assertEquals(Arrays.asList(10L), judged);
    }

    @Test
    public void dropsDuplicatesKeepingTheFirstOccurrence() {
        List<Suggestion> in = Arrays.asList(new Suggestion(20, 3, "a", "first"), new Suggestion(10, 2, "a", "x"),
                new Suggestion(20, 9, "b", "second"));
        List<SuggestionPipeline.Ranked> out = pipeline.apply(in, VIEWING_1_WITH_4_IN_CART, 5);
        assertEquals(Arrays.asList(20L, 10L), rankedIds(out));
        assertEquals("first", out.get(0).getSuggestion().getReason());
    }

    @Test
    public void keepsTheCandidatesOrder() {
        assertEquals(Arrays.asList(40L, 10L, 30L, 20L),
                rankedIds(pipeline.apply(candidates(40, 10, 30, 20), VIEWING_1_WITH_4_IN_CART, 10)));
    }

    @Test
    public void keptCandidatesCarryTheFactsTheyWereJudgedOn() {
        SuggestionPipeline.Ranked r = pipeline.apply(candidates(10), VIEWING_1_WITH_4_IN_CART, 1).get(0);
        assertEquals(10L, r.getProduct().getId());
        assertEquals("Product 10", r.getProduct().getName());
        assertEquals(10L, r.getSuggestion().getProductId());
    }

    @Test
    public void limitCutsTheSurplus() {
        assertEquals(Arrays.asList(10L, 20L),
                rankedIds(pipeline.apply(candidates(10, 20, 30, 40), VIEWING_1_WITH_4_IN_CART, 2)));
    }

    /** Cutting to the limit before filtering would show only 10 here: the slot would be one short. */
    @Test
    public void limitIsAppliedAfterFilteringSoADroppedItemDoesNotLeaveTheSlotShort() {
        assertEquals(Arrays.asList(10L, 20L, 30L),
                rankedIds(pipeline.apply(candidates(11, 10, 12, 1, 20, 4, 99, 10, 30, 40), VIEWING_1_WITH_4_IN_CART, 3)));
    }

    @Test
    public void fewerSurvivorsThanTheLimitAreAllKept() {
        assertEquals(Arrays.asList(10L), rankedIds(pipeline.apply(candidates(11, 10, 12), VIEWING_1_WITH_4_IN_CART, 5)));
    }

    @Test
    public void noCandidatesGiveAnEmptyListNeverNull() {
        assertTrue(pipeline.apply(Collections.<Suggestion>emptyList(), VIEWING_1_WITH_4_IN_CART, 3).isEmpty());
    }

    @Test
    public void stopsLookingUpProductsOnceTheLimitIsReached() {
        pipeline.apply(candidates(10, 20, 30, 40), VIEWING_1_WITH_4_IN_CART, 2);
        assertFalse(catalog.lookups().toString(), catalog.lookups().contains(30L));
    }

    @Test
    public void limitBelowOneIsRejectedQuotingTheValue() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> pipeline.apply(candidates(10), VIEWING_1_WITH_4_IN_CART, 0));
        assertEquals("limit must be at least 1: 0", zero.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> pipeline.apply(candidates(10), VIEWING_1_WITH_4_IN_CART, -3));
        assertEquals("limit must be at least 1: -3", negative.getMessage());
    }

    @Test
    public void withoutAViewedProductOrCartOnlyStockAndActivityFilter() {
        assertEquals(Arrays.asList(1L, 4L, 10L),
                rankedIds(pipeline.apply(candidates(1, 11, 4, 12, 10), new SuggestionContext(null, null), 5)));
    }

    /** Multiplies the score of one product, leaving the others alone. */
    private static SuggestionRescorer boost(final long productId, final double factor) {
        return new SuggestionRescorer() {
            @Override
            public String name() {
                return "boost " + productId;
            }

            @Override
            public double rescore(Suggestion c, ProductFacts p, SuggestionContext ctx, double score) {
                return p.getId() == productId ? score * factor : score;
            }
        };
    }

    private SuggestionPipeline rescoring(SuggestionRescorer... rescorers) {
        return new SuggestionPipeline(catalog, SuggestionPipeline.standardFilters(), Arrays.asList(rescorers));
    }

    @Test
    public void rescoringReSortsTheKeptCandidates() {
        // scores 4, 3, 2, 1; 30 becomes 2 * 10 = 20
        List<SuggestionPipeline.Ranked> out = rescoring(boost(30, 10))
                .apply(candidates(10, 20, 30, 40), VIEWING_1_WITH_4_IN_CART, 4);
        assertEquals(Arrays.asList(30L, 10L, 20L, 40L), rankedIds(out));
        assertEquals(20, out.get(0).getFinalScore(), 0);
        assertEquals("the source's score is kept", 2, out.get(0).getSuggestion().getScore(), 0);
    }

    @Test
    public void rescorersApplyInTurnEachOnTheScoreSoFar() {
        List<SuggestionPipeline.Ranked> out = rescoring(boost(40, 3), boost(40, 2))
                .apply(candidates(10, 40), VIEWING_1_WITH_4_IN_CART, 2);
        assertEquals(Arrays.asList(40L, 10L), rankedIds(out));
        assertEquals(6, out.get(0).getFinalScore(), 0);
    }

    @Test
    public void theLimitComesAfterRescoringSoABoostedLateCandidateMakesIt() {
        assertEquals(Arrays.asList(40L, 10L),
                rankedIds(rescoring(boost(40, 10)).apply(candidates(10, 20, 30, 40), VIEWING_1_WITH_4_IN_CART, 2)));
    }

    @Test
    public void equalFinalScoresKeepTheCandidatesOrder() {
        // 10 has 2, 20 has 1 doubled to 2
        assertEquals(Arrays.asList(10L, 20L),
                rankedIds(rescoring(boost(20, 2)).apply(candidates(10, 20), VIEWING_1_WITH_4_IN_CART, 2)));
    }

    @Test
    public void withoutRescorersTheFinalScoreIsTheSourcesScore() {
        assertEquals(2, pipeline.apply(candidates(10, 20), VIEWING_1_WITH_4_IN_CART, 1).get(0).getFinalScore(), 0);
    }

    @Test
    public void explainKeepsWhatApplyKeepsAndGivesEveryDroppedCandidateItsReason() {
        List<Suggestion> in = candidates(11, 10, 12, 1, 20, 4, 99, 30, 40);
        List<SuggestionPipeline.Rejected> rejected = new ArrayList<SuggestionPipeline.Rejected>();
        List<SuggestionPipeline.Ranked> kept = pipeline.explain(in, VIEWING_1_WITH_4_IN_CART, 2, rejected);

        assertEquals(rankedIds(pipeline.apply(in, VIEWING_1_WITH_4_IN_CART, 2)), rankedIds(kept));
        assertEquals(Arrays.asList("11: inactive", "12: out of stock", "1: the viewed product",
                "4: already in the cart", "99: unknown product", "30: beyond the widget's limit of 2",
                "40: beyond the widget's limit of 2"), reasons(rejected));
        assertNull(rejected.get(4).getProduct());
        assertEquals("Product 30", rejected.get(5).getProduct().getName());
    }

    @Test
    public void explainReportsWhatRescoringPushedBeyondTheLimit() {
        List<SuggestionPipeline.Rejected> rejected = new ArrayList<SuggestionPipeline.Rejected>();
        List<SuggestionPipeline.Ranked> kept = rescoring(boost(30, 10))
                .explain(candidates(10, 20, 30), VIEWING_1_WITH_4_IN_CART, 1, rejected);
        assertEquals(Arrays.asList(30L), rankedIds(kept));
        assertEquals(Arrays.asList("10: beyond the widget's limit of 1", "20: beyond the widget's limit of 1"),
                reasons(rejected));
    }


    static List<Suggestion> candidates(long... ids) {
        List<Suggestion> out = new ArrayList<Suggestion>();
        for (int i = 0; i < ids.length; i++) {
            out.add(new Suggestion(ids[i], ids.length - i, "test", "candidate " + (i + 1)));
        }
        return out;
    }

}
