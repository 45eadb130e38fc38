package io.uplift.engine.copurchase.ease;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.copurchase.Neighbor;
import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.PairScorer;
import io.uplift.engine.copurchase.store.CoPurchaseLearner;
import io.uplift.engine.copurchase.store.CoPurchaseSettings;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The served blend with a head smaller than the catalogue: a cart's list is the sum of its products' rows (head
 * rows: EASE weights for head partners, the tail score for the others; other rows: the tail score), never a cart
 * product, ordered by score, then basket count, then id. Checked against that definition computed the slow way.
 */
public class EaseBlendModelTest {

    private static final EaseBlendSettings SETTINGS = EaseBlendSettings.defaults().withHeadSize(8);

    @Test
    public void cartListsAreTheSumOfTheRowsOfTheCartProducts() {
        Random random = new Random(3);
        final PairScorer tail = SETTINGS.tailScorer();
        PairScorer scaled = new PairScorer() {
            @Override
            public String name() {
                return "tail";
            }

            @Override
            public double score(PairFigures f) {
                return SETTINGS.tailWeight() * tail.score(f);
            }
        };
        CoPurchaseLearner learner = CoPurchaseLearner.empty(scaled, CoPurchaseSettings.defaults().withRowLength(50));
        for (int b = 0; b < 600; b++) {
            int size = 2 + random.nextInt(4);
            long[] ids = new long[size];
            for (int i = 0; i < size; i++) {
                // skewed popularity: low ids are bought most
                ids[i] = 1 + (long) (30 * Math.pow(random.nextDouble(), 2));
            }
            learner.apply(new Basket(b + 1, Basket.ANONYMOUS, 0, ids));
        }
        EaseBlendModel model = EaseBlendModel.of(learner.refreshAll(), EaseBlendModel.fitHead(learner, SETTINGS));
        assertEquals(8, model.getHead().size());
        int compared = 0;
        for (int t = 0; t < 300; t++) {
            int size = 1 + random.nextInt(4);
            Set<Long> cart = new LinkedHashSet<Long>();
            while (cart.size() < size) {
                cart.add(1 + (long) random.nextInt(30));
            }
            long[] ids = new long[cart.size()];
            int i = 0;
            for (Long id : cart) {
                ids[i++] = id;
            }
            List<Long> expected = slowCart(model, cart, 10);
            List<Long> actual = new ArrayList<Long>();
            for (Neighbor n : model.forCart(ids, 10)) {
                actual.add(n.getProductId());
                assertFalse("never a cart product", cart.contains(n.getProductId()));
                assertTrue("the strongest pair's cart product", cart.contains(n.getContextProductId()));
            }
            assertEquals("cart " + cart, expected, actual);
            compared++;
        }
        assertEquals(300, compared);
    }

    private static List<Long> slowCart(final EaseBlendModel model, Set<Long> cart, int max) {
        final Map<Long, Double> sums = new HashMap<Long, Double>();
        for (Long a : cart) {
            for (Neighbor n : model.row(a)) {
                if (!cart.contains(n.getProductId())) {
                    Double prior = sums.get(n.getProductId());
                    sums.put(n.getProductId(), (prior == null ? 0 : prior) + n.getScore());
                }
            }
        }
        List<Long> ids = new ArrayList<Long>(sums.keySet());
        Collections.sort(ids, (x, y) -> {
            int c = Double.compare(sums.get(y), sums.get(x));
            if (c != 0) {
                return c;
            }
            c = Integer.compare(model.count(y), model.count(x));
            return c != 0 ? c : Long.compare(x, y);
        });
        return ids.size() <= max ? ids : ids.subList(0, max);
    }

    @Test
    public void theEmptyModelAnswersEmptyLists() {
        EaseBlendModel empty = EaseBlendModel.of(
                io.uplift.engine.copurchase.store.CompactCoPurchaseModel.empty("ease+noisy-or", 50), null);
        assertTrue(empty.forProduct(1, 5).isEmpty());
        assertTrue(empty.forCart(new long[] {1, 2}, 5).isEmpty());
    }
}
