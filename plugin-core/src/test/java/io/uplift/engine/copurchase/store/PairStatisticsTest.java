package io.uplift.engine.copurchase.store;

import io.uplift.engine.copurchase.PairFigures;
import org.junit.Test;

import static io.uplift.engine.copurchase.store.Fixtures.basket;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class PairStatisticsTest {

    /** {1,2,3} {1,2} {2} {1,3,3} {4,1} */
    private static PairStatistics literal() {
        PairStatistics stats = new PairStatistics();
        stats.add(basket(11, 1, 2, 3));
        stats.add(basket(12, 1, 2));
        stats.add(basket(13, 2));
        stats.add(basket(14, 1, 3, 3));
        stats.add(basket(10, 4, 1));
        return stats;
    }

    @Test
    public void countsBasketsProductsAndPairsOfLiteralBaskets() {
        PairStatistics stats = literal();
        assertEquals(5, stats.baskets());
        assertEquals(4, stats.products());
        assertEquals(4, stats.count(1));
        assertEquals(3, stats.count(2));
        assertEquals(2, stats.count(3));
        assertEquals(1, stats.count(4));
        assertEquals(0, stats.count(99));
        assertEquals("pairs 1-2, 1-3, 2-3, 1-4", 4, stats.pairs());
        assertEquals(3, stats.partners(1));
        assertEquals(0, stats.partners(99));
        assertEquals("highest order id, not the last one", 14, stats.watermark());
    }

    @Test
    public void figuresOfAPairIncludeTheWeightedSumOverBasketSizes() {
        PairFigures f = new PairFigures();
        assertTrue(literal().figures(1, 2, f));
        assertEquals(2, f.together);
        assertEquals(1.0 / 3 + 1.0 / 2, f.weightedTogether, 1e-9);
        assertEquals(4, f.countA);
        assertEquals(3, f.countB);
        assertEquals(5, f.baskets);

        assertTrue(literal().figures(3, 1, f));
        assertEquals("a duplicate line counts once: {1,3,3} is a basket of two", 1.0 / 3 + 1.0 / 2,
                f.weightedTogether, 1e-9);
        assertEquals(2, f.countA);
        assertEquals(4, f.countB);
    }

    @Test
    public void aSingleProductBasketCountsButMakesNoPair() {
        PairStatistics stats = new PairStatistics();
        stats.add(basket(1, 7));
        assertEquals(1, stats.baskets());
        assertEquals(1, stats.count(7));
        assertEquals(0, stats.pairs());
        assertEquals(0, stats.partners(7));
    }

    @Test
    public void pairsNeverBoughtTogetherOrUnknownHaveNoFigures() {
        PairFigures f = new PairFigures().set(9, 9, 9, 9, 9);
        PairStatistics stats = literal();
        assertFalse(stats.figures(2, 4, f));
        assertFalse(stats.figures(1, 99, f));
        assertFalse(stats.figures(1, 1, f));
        assertEquals("left untouched", 9, f.together);
    }

    @Test
    public void manyNewPartnersOfOneProductMergeIntoItsRowWithoutLosingCounts() {
        PairStatistics stats = new PairStatistics();
        for (int k = 0; k < 3000; k++) {
            stats.add(basket(k, 1, 10_000 + (k * 7919L) % 2000));
        }
        PairFigures f = new PairFigures();
        assertEquals(2000, stats.partners(1));
        int together = 0;
        for (long b = 10_000; b < 12_000; b++) {
            assertTrue(stats.figures(1, b, f));
            together += f.together;
        }
        assertEquals(3000, together);
        assertTrue("the delta was merged into the row several times", stats.growthEvents() > 5);
    }

    @Test(expected = IllegalArgumentException.class)
    public void aNullBasketIsRefused() {
        new PairStatistics().add(null);
    }
}
