package io.uplift.engine.copurchase.store;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.copurchase.Neighbor;
import org.junit.Test;

import java.util.Collections;
import java.util.List;

import static io.uplift.engine.copurchase.store.Fixtures.CONFIDENCE;
import static io.uplift.engine.copurchase.store.Fixtures.baskets;
import static io.uplift.engine.copurchase.store.Fixtures.ids;
import static io.uplift.engine.copurchase.store.Fixtures.rebuild;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class CompactCoPurchaseModelTest {

    /** {1,2,3} {1,2} {2} {1,3} {4,1}: counts 1:4, 2:3, 3:2, 4:1. */
    private static final List<Basket> LITERAL = baskets(ids(1, 2, 3), ids(1, 2), ids(2), ids(1, 3), ids(4, 1));

    /**
     * Row of 10 under confidence: 30, 20 and 50 all 2/7; 50 has the higher count (4), 20 and 30 the same (3), so
     * the id decides; 40 is 1/7. 30 appears before 20 so that first appearance and id order differ.
     */
    private static final List<Basket> TIES = baskets(ids(10, 30), ids(10, 30), ids(30), ids(10, 20), ids(10, 20),
            ids(20), ids(10, 50), ids(10, 50), ids(50), ids(50), ids(10, 40));

    private static CoPurchaseModel model(List<Basket> baskets, int rowLength) {
        return rebuild(baskets, CONFIDENCE, CoPurchaseSettings.defaults().withRowLength(rowLength)).current();
    }

    private static String products(List<Neighbor> neighbors) {
        StringBuilder s = new StringBuilder();
        for (Neighbor n : neighbors) {
            s.append(s.length() == 0 ? "" : " ").append(n.getProductId());
        }
        return s.toString();
    }

    @Test
    public void aRowIsOrderedByScoreThenCountThenProductId() {
        assertEquals("50 20 30 40", products(model(TIES, 50).forProduct(10, 10)));
    }

    @Test
    public void rowsAreTruncatedToTheRowLengthAndListsToMax() {
        CoPurchaseModel model = model(TIES, 2);
        assertEquals("50 20", products(model.forProduct(10, 10)));
        assertEquals("50", products(model.forProduct(10, 1)));
        assertEquals(2, ((CompactCoPurchaseModel) model).neighbors(10));
    }

    @Test
    public void aNeighbourCarriesTheScoreAndFiguresOfItsPair() {
        Neighbor n = model(LITERAL, 50).forProduct(1, 10).get(0);
        assertEquals(2, n.getProductId());
        assertEquals(1, n.getContextProductId());
        assertEquals(0.5, n.getScore(), 1e-6);
        assertEquals(2, n.getTogether());
        assertEquals(4, n.getContextCount());
        assertEquals(3, n.getCount());
        assertEquals(5, n.getBaskets());
        assertEquals("2 3 4", products(model(LITERAL, 50).forProduct(1, 10)));
    }

    @Test
    public void aCartSumsRowScoresOverItsProductsAndKeepsTheStrongestPair() {
        // row 2: 1 (2/3), 3 (1/3); row 4: 1 (1/1)
        List<Neighbor> cart = model(LITERAL, 50).forCart(ids(2, 4), 10);
        assertEquals("1 3", products(cart));
        Neighbor one = cart.get(0);
        assertEquals((double) (float) (2.0 / 3) + 1.0, one.getScore(), 1e-9);
        assertEquals("strongest pair: 4 -> 1 (score 1)", 4, one.getContextProductId());
        assertEquals(1, one.getTogether());
        assertEquals(1, one.getContextCount());
        assertEquals(4, one.getCount());
        assertEquals(2, cart.get(1).getContextProductId());
    }

    @Test
    public void aCartNeverSuggestsItsOwnProducts() {
        // row 2: 1, 3; row 3: 1, 2
        assertEquals("1", products(model(LITERAL, 50).forCart(ids(2, 3), 10)));
    }

    @Test
    public void aCartIgnoresUnknownProductsDuplicatesAndOrder() {
        CoPurchaseModel model = model(LITERAL, 50);
        String expected = Fixtures.describe(model.forCart(ids(2, 4), 10).get(0));
        assertEquals(expected, Fixtures.describe(model.forCart(ids(4, 99, 2, 2), 10).get(0)));
    }

    @Test
    public void onATieTheStrongestPairIsTheCartProductWithTheLowerId() {
        // 20 and 30 each score 10 at 2/3
        Neighbor ten = model(TIES, 50).forCart(ids(30, 20), 10).get(0);
        assertEquals(10, ten.getProductId());
        assertEquals(20, ten.getContextProductId());
    }

    @Test
    public void aCartOnlyAggregatesTheTruncatedRows() {
        // with rows of 1: row 2 = [1], row 4 = [1]; 3 is cut from row 2
        assertEquals("1", products(model(LITERAL, 1).forCart(ids(2, 4), 10)));
    }

    @Test
    public void unknownProductsAndEmptyCartsGiveEmptyLists() {
        CoPurchaseModel model = model(LITERAL, 50);
        assertEquals(Collections.emptyList(), model.forProduct(99, 5));
        assertEquals(Collections.emptyList(), model.forCart(ids(99, 98), 5));
        assertEquals(Collections.emptyList(), model.forCart(ids(), 5));
        assertEquals(0, model.count(99));
    }

    @Test
    public void anEmptyHistoryGivesAnEmptyModel() {
        CoPurchaseModel model = model(Collections.emptyList(), 50);
        assertEquals(0, model.products());
        assertEquals(0, model.baskets());
        assertEquals(0, model.productsWithNeighbors(1));
        assertEquals(Collections.emptyList(), model.forProduct(1, 5));
        assertEquals(Collections.emptyList(), model.forCart(ids(1, 2), 5));
        assertEquals(CONFIDENCE.name(), model.scorerName());
        assertEquals(0, CompactCoPurchaseModel.empty("x", 50).generation());
    }

    @Test
    public void productsWithNeighborsCountsServedRowLengths() {
        CoPurchaseModel model = model(LITERAL, 2);
        assertEquals(4, model.products());
        assertEquals(4, model.productsWithNeighbors(0));
        assertEquals(4, model.productsWithNeighbors(1));
        assertEquals("1, 2 and 3 have two (1 is cut to two), 4 has one", 3, model.productsWithNeighbors(2));
        assertEquals(0, model.productsWithNeighbors(3));
    }

    @Test
    public void badArgumentsAreRefusedWithTheValue() {
        CoPurchaseModel model = model(LITERAL, 50);
        try {
            model.forProduct(1, 0);
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("0"));
        }
        try {
            model.forCart(null, 3);
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("required"));
        }
    }

    @Test
    public void theMemoryEstimateGrowsWithTheRows() {
        CompactCoPurchaseModel small = (CompactCoPurchaseModel) model(LITERAL, 1);
        CompactCoPurchaseModel large = (CompactCoPurchaseModel) model(LITERAL, 50);
        assertTrue(small.memoryBytes() > 0);
        assertTrue(large.memoryBytes() > small.memoryBytes());
    }
}
