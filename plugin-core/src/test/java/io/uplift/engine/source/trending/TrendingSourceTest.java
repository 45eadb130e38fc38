package io.uplift.engine.source.trending;

import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.learn.ModelHolder;
import io.uplift.engine.source.Readiness;
import io.uplift.engine.trending.TrendingModel;
import org.junit.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Fixture: product 7 has 3.25 decayed orders (1,234 in all), 8 has 1.5 (2), 9 has 0.04 (1). */
public class TrendingSourceTest {

    private final ModelHolder<TrendingModel> holder = new ModelHolder<TrendingModel>(TrendingModel.empty());
    private final TrendingSource source = new TrendingSource(holder);

    private void publish(double halfLifeDays) {
        holder.set(new TrendingModel(new long[] {7, 8, 9}, new double[] {3.25, 1.5, 0.04}, new int[] {1234, 2, 1},
                halfLifeDays, 1710072000000L));
    }

    @Test
    public void proposesTheBestSellersBestFirstWithTheirDecayedCountAsScore() {
        publish(7);
        List<Suggestion> out = source.candidates(new SuggestionContext(1L, null), 2);
        assertEquals(2, out.size());
        assertEquals(7L, out.get(0).getProductId());
        assertEquals(3.25, out.get(0).getScore(), 0);
        assertEquals(8L, out.get(1).getProductId());
        assertEquals(TrendingSource.NAME, out.get(1).getSource());
    }

    @Test
    public void theReasonQuotesRecentOrdersHalfLifeAndAllOrders() {
        publish(7);
        List<Suggestion> out = source.candidates(new SuggestionContext(null, null), 3);
        assertEquals("trending: 3.3 recent orders (half-life 7 days), 1,234 orders in all", out.get(0).getReason());
        assertEquals("trending: 0.0 recent orders (half-life 7 days), 1 order in all", out.get(2).getReason());
        publish(0.5);
        assertEquals("trending: 1.5 recent orders (half-life 0.5 days), 2 orders in all",
                source.candidates(new SuggestionContext(null, null), 3).get(1).getReason());
    }

    @Test
    public void everyContextGetsTheSameList() {
        publish(7);
        List<Suggestion> home = source.candidates(new SuggestionContext(null, null), 3);
        List<Suggestion> cart = source.candidates(new SuggestionContext(8L, new HashSet<Long>(Arrays.asList(7L))), 3);
        for (int i = 0; i < 3; i++) {
            assertEquals(home.get(i).getProductId(), cart.get(i).getProductId());
        }
    }

    @Test
    public void servesTheNewestPublishedModel() {
        assertTrue(source.candidates(new SuggestionContext(null, null), 3).isEmpty());
        publish(7);
        assertEquals(3, source.candidates(new SuggestionContext(null, null), 5).size());
    }

    @Test
    public void readinessCountsProductsSoldAndDoesNotDependOnTheProduct() {
        Readiness empty = source.readiness();
        assertEquals(0, empty.getReady());
        assertEquals("no orders yet", empty.getDetail());
        assertEquals(0, empty.getShare(), 0);

        publish(7);
        Readiness ready = source.readiness();
        assertEquals(3, ready.getReady());
        assertEquals(-1, ready.getTotal());
        assertEquals(1, ready.getShare(), 0);
        assertEquals("3 products sold; the same list serves every product", ready.getDetail());
    }
}
