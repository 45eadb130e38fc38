package io.uplift.engine.rank;

import io.uplift.engine.ProductFacts;
import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.uplift.engine.TestLists.rankedIds;
import static io.uplift.engine.TestProducts.buyable;
import static io.uplift.engine.TestProducts.costing;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class RescorersTest {

    /** 2024-03-10T12:00:00Z. */
    private static final long NOON = 1710072000000L;
    private static final Rescorers.Clock AT_NOON = () -> NOON;

    private static final SuggestionContext NOTHING = new SuggestionContext(null, null);
    private static final double EPS = 1e-9;

    private final SuggestionRescorer marginOnly = Rescorers.stockAndMargin(0.5, 0, 1);
    private final SuggestionRescorer stockOnly = Rescorers.stockAndMargin(0, 5, 0.8);

    @Test
    public void aKnownMarginBoostsTheScoreByWeightTimesMargin() {
        // margin (100 - 60) / 100 = 0.4; 1 + 0.5 * 0.4 = 1.2
        assertEquals(12, rescore(marginOnly, costing(1, "100.00", "60.00", null), 10), EPS);
    }

    @Test
    public void aZeroCostIsAFullMarginAndTheBoostStopsThere() {
        assertEquals(15, rescore(marginOnly, costing(1, "100.00", "0", null), 10), EPS);
    }

    @Test
    public void sellingBelowCostIsNeverRewardedNorPunishedBelowTheSourceScore() {
        assertEquals(10, rescore(marginOnly, costing(1, "100.00", "150.00", null), 10), EPS);
    }

    @Test
    public void anUnknownMarginLeavesTheScoreUnchanged() {
        assertEquals(10, rescore(marginOnly, costing(1, "100.00", null, null), 10), EPS);
        assertEquals("no price: no margin", 10, rescore(marginOnly, costing(1, null, "5.00", null), 10), EPS);
        assertEquals("free product: no margin", 10, rescore(marginOnly, costing(1, "0", "5.00", null), 10), EPS);
    }

    @Test
    public void aLowStockIsDemotedAtAndBelowTheThreshold() {
        assertEquals(8, rescore(stockOnly, costing(1, "10.00", null, 5), 10), EPS);
        assertEquals(8, rescore(stockOnly, costing(1, "10.00", null, 1), 10), EPS);
        assertEquals(10, rescore(stockOnly, costing(1, "10.00", null, 6), 10), EPS);
    }

    @Test
    public void untrackedStockIsNeverLow() {
        assertEquals(10, rescore(stockOnly, costing(1, "10.00", null, null), 10), EPS);
    }

    /**
     * Regression: {@code lowStock} 0 is documented as "never", but {@code qty <= 0} demoted every buyable product
     * with no (or a negative) tracked quantity, e.g. one sold on backorder.
     */
    @Test
    public void lowStockZeroNeverDemotesEvenWithNoTrackedUnitsLeft() {
        SuggestionRescorer never = Rescorers.stockAndMargin(0, 0, 0.8);
        assertEquals(10, rescore(never, costing(1, "10.00", null, 0), 10), EPS);
        assertEquals(10, rescore(never, costing(1, "10.00", null, -3), 10), EPS);
        assertEquals(10, rescore(never, costing(1, "10.00", null, 1), 10), EPS);
    }

    @Test
    public void marginAndLowStockMultiply() {
        SuggestionRescorer both = Rescorers.stockAndMargin(0.5, 5, 0.8);
        assertEquals(10 * 1.2 * 0.8, rescore(both, costing(1, "100.00", "60.00", 2), 10), EPS);
    }

    @Test
    public void stockAndMarginGuardsQuoteTheBadValue() {
        assertEquals("margin weight must be between 0 and 10: -0.1", assertThrows(IllegalArgumentException.class,
                () -> Rescorers.stockAndMargin(-0.1, 5, 0.8)).getMessage());
        assertEquals("margin weight must be between 0 and 10: 10.5", assertThrows(IllegalArgumentException.class,
                () -> Rescorers.stockAndMargin(10.5, 5, 0.8)).getMessage());
        assertEquals("low-stock factor must be in (0, 1]: 0.0", assertThrows(IllegalArgumentException.class,
                () -> Rescorers.stockAndMargin(0.5, 5, 0)).getMessage());
        assertEquals("low-stock factor must be in (0, 1]: 1.5", assertThrows(IllegalArgumentException.class,
                () -> Rescorers.stockAndMargin(0.5, 5, 1.5)).getMessage());
    }

    @Test
    public void rotationIsStableForOneVisitorProductAndDay() {
        SuggestionRescorer rotation = Rescorers.rotation(0.15, AT_NOON);
        SuggestionRescorer later = Rescorers.rotation(0.15, () -> NOON + 11 * 60 * 60 * 1000L);
        SuggestionContext anna = visitor("anna");
        for (long id = 1; id <= 20; id++) {
            double s = rescore(rotation, buyable(id), anna, 10);
            assertEquals(s, rescore(rotation, buyable(id), anna, 10), 0);
            assertEquals("same day, later hour", s, rescore(later, buyable(id), anna, 10), 0);
        }
    }

    @Test
    public void rotationStaysWithinTheAmplitude() {
        SuggestionRescorer rotation = Rescorers.rotation(0.15, AT_NOON);
        for (String v : new String[] {"", "anna", "bob", "session-7f3a"}) {
            for (long id = 1; id <= 200; id++) {
                double s = rescore(rotation, buyable(id), visitor(v), 10);
                assertTrue(v + "/" + id + ": " + s, s >= 8.5 - EPS && s <= 11.5 + EPS);
            }
        }
    }

    @Test
    public void rotationMovesOnTheNextDay() {
        SuggestionRescorer today = Rescorers.rotation(0.15, AT_NOON);
        SuggestionRescorer tomorrow = Rescorers.rotation(0.15, () -> NOON + Rescorers.DAY_MILLIS);
        assertNotEquals(order(today, visitor("anna"), 1, 2, 3, 4, 5, 6),
                order(tomorrow, visitor("anna"), 1, 2, 3, 4, 5, 6));
    }

    @Test
    public void differentVisitorsSeeNearEqualCandidatesInDifferentOrders() {
        SuggestionRescorer rotation = Rescorers.rotation(0.15, AT_NOON);
        Set<List<Long>> orders = new HashSet<List<Long>>();
        for (int v = 0; v < 20; v++) {
            orders.add(order(rotation, visitor("visitor-" + v), 1, 2, 3, 4, 5));
        }
        assertTrue("orders seen: " + orders, orders.size() >= 5);
    }

    @Test
    public void rotationNeverReordersScoresFurtherApartThanTheAmplitudeAllows() {
        // (1 + 0.15) / (1 - 0.15) = 1.35...: scores 10, 7, 5, 3.5 differ by more at every step
        SuggestionRescorer rotation = Rescorers.rotation(0.15, AT_NOON);
        double[] scores = {10, 7, 5, 3.5};
        for (int v = 0; v < 200; v++) {
            SuggestionContext ctx = visitor("visitor-" + v);
            for (int i = 1; i < scores.length; i++) {
                assertTrue(rescore(rotation, buyable(i), ctx, scores[i - 1])
                        > rescore(rotation, buyable(i + 1), ctx, scores[i]));
            }
        }
    }

    @Test
    public void zeroAmplitudeLeavesScoresUnchanged() {
        SuggestionRescorer off = Rescorers.rotation(0, AT_NOON);
        assertEquals(10, rescore(off, buyable(7), visitor("anna"), 10), 0);
    }

    @Test
    public void rotationGuardQuotesTheBadAmplitude() {
        assertEquals("rotation amplitude must be between 0 and 0.5: -0.01", assertThrows(IllegalArgumentException.class,
                () -> Rescorers.rotation(-0.01, AT_NOON)).getMessage());
        assertEquals("rotation amplitude must be between 0 and 0.5: 0.6", assertThrows(IllegalArgumentException.class,
                () -> Rescorers.rotation(0.6, AT_NOON)).getMessage());
    }

    @Test
    public void rescorersNameThemselvesForThePreview() {
        assertEquals("stock-and-margin", marginOnly.name());
        assertEquals("rotation", Rescorers.rotation(0.1, AT_NOON).name());
    }

    /** Products {@code ids}, all with score 1, in the order the rescorer puts them. */
    private static List<Long> order(SuggestionRescorer rotation, SuggestionContext ctx, long... ids) {
        List<Suggestion> candidates = new ArrayList<Suggestion>();
        List<ProductFacts> products = new ArrayList<ProductFacts>();
        for (long id : ids) {
            candidates.add(new Suggestion(id, 1, "test", "equal"));
            products.add(buyable(id));
        }
        SuggestionPipeline pipeline = new SuggestionPipeline(io.uplift.engine.MapCatalog.of(
                products.toArray(new ProductFacts[0])), Collections.<SuggestionFilter>emptyList(),
                Arrays.asList(rotation));
        return rankedIds(pipeline.apply(candidates, ctx, ids.length));
    }

    private static SuggestionContext visitor(String key) {
        return SuggestionContext.builder().visitor(key).build();
    }

    private static double rescore(SuggestionRescorer r, ProductFacts p, double score) {
        return rescore(r, p, NOTHING, score);
    }

    private static double rescore(SuggestionRescorer r, ProductFacts p, SuggestionContext ctx, double score) {
        return r.rescore(new Suggestion(p.getId(), score, "test", "test"), p, ctx, score);
    }
}
