package io.uplift.engine.copurchase.store;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.copurchase.PairFigures;
import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import static io.uplift.engine.copurchase.store.Fixtures.LIFT;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The public encoder a distributed job (the Spark rebuild) writes snapshots with: fed the tables a learner holds,
 * it writes the learner's own bytes; fed inconsistent tables, it refuses with a message naming the problem.
 */
public class CoPurchaseSnapshotEncoderTest {

    /** Orders 1: {10, 20, 30}, 2: {20, 30}, 3: {40}: products by first appearance 10, 20, 30, 40. */
    private static byte[] byHand() throws Exception {
        long w3 = CoPurchaseSnapshot.basketWeight(3);
        long w2 = CoPurchaseSnapshot.basketWeight(2);
        CoPurchaseSnapshot.Encoder e = new CoPurchaseSnapshot.Encoder(1, 3, 3, 4, 3);
        e.product(10, 1, 2);
        e.product(20, 2, 2);
        e.product(30, 2, 2);
        e.product(40, 1, 0);
        e.pairsOf(0, 2);
        e.pair(1, 1, w3);
        e.pair(2, 1, w3);
        e.pairsOf(1, 1);
        e.pair(2, 2, w3 + w2);
        e.pairsOf(2, 0);
        e.pairsOf(3, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        e.finish(out);
        return out.toByteArray();
    }

    @Test
    public void writesWhatTheLearnerWritesForTheSameOrders() throws Exception {
        CoPurchaseLearner learner = CoPurchaseLearner.empty(LIFT, CoPurchaseSettings.defaults());
        learner.apply(new Basket(1, 0, 0, new long[] {10, 20, 30}));
        learner.apply(new Basket(2, 0, 0, new long[] {20, 30}));
        learner.apply(new Basket(3, 0, 0, new long[] {40}));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        learner.writeSnapshot(expected);
        byte[] actual = byHand();
        assertArrayEquals(expected.toByteArray(), actual);

        CoPurchaseLearner loaded = CoPurchaseSnapshot.read(new ByteArrayInputStream(actual))
                .learner(LIFT, CoPurchaseSettings.defaults(), RebuildProgress.NONE);
        PairFigures f = new PairFigures();
        assertTrue(loaded.figures(30, 20, f));
        assertEquals(2, f.together);
        assertEquals(1.0 / 3 + 1.0 / 2, f.weightedTogether, 1e-9);
    }

    @Test
    public void refusesInconsistentTablesNamingTheProblem() throws Exception {
        CoPurchaseSnapshot.Encoder e = new CoPurchaseSnapshot.Encoder(1, 3, 3, 4, 3);
        e.product(10, 1, 2);
        e.product(20, 2, 2);
        e.product(30, 2, 2);
        e.product(40, 1, 0);
        e.pairsOf(0, 2);
        e.pair(2, 1, 5);
        try {
            e.pair(1, 1, 5);
            fail("a partner below the previous one was accepted");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("product indexes 0 and 1 (after 2)"));
        }
        try {
            e.pairsOf(1, 1);
            fail("the next product started with a pair of product 0 missing");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("1 pairs still missing"));
        }
        try {
            new CoPurchaseSnapshot.Encoder(1, 3, 3, 2, 1).product(7, 4, 1);
            fail("a count above the baskets was accepted");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("product 7: count 4"));
        }
        CoPurchaseSnapshot.Encoder short_ = new CoPurchaseSnapshot.Encoder(1, 3, 3, 2, 1);
        short_.product(1, 1, 1);
        short_.product(2, 1, 1);
        short_.pairsOf(0, 1);
        try {
            short_.finish(new ByteArrayOutputStream());
            fail("a snapshot with a declared pair missing was finished");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("1 missing"));
        }
    }
}
