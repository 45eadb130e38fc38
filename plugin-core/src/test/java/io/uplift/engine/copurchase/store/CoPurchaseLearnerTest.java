package io.uplift.engine.copurchase.store;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.copurchase.Neighbor;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;

import static io.uplift.engine.copurchase.store.Fixtures.CONFIDENCE;
import static io.uplift.engine.copurchase.store.Fixtures.LIFT;
import static io.uplift.engine.copurchase.store.Fixtures.WEIGHTED;
import static io.uplift.engine.copurchase.store.Fixtures.basket;
import static io.uplift.engine.copurchase.store.Fixtures.dump;
import static io.uplift.engine.copurchase.store.Fixtures.history;
import static io.uplift.engine.copurchase.store.Fixtures.incremental;
import static io.uplift.engine.copurchase.store.Fixtures.pairs;
import static io.uplift.engine.copurchase.store.Fixtures.productIds;
import static io.uplift.engine.copurchase.store.Fixtures.random;
import static io.uplift.engine.copurchase.store.Fixtures.rebuild;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

public class CoPurchaseLearnerTest {

    private static final CoPurchaseSettings SETTINGS = CoPurchaseSettings.defaults().withRowLength(8);
    private static final List<Basket> WORKLOAD = random(42, 4000, 1500);
    private static final long[] IDS = productIds(WORKLOAD);

    @Test
    public void incrementalStatisticsEqualAFullRebuild() {
        assertEquals(pairs(rebuild(WORKLOAD, LIFT, SETTINGS), IDS), pairs(incremental(WORKLOAD, LIFT, SETTINGS), IDS));
    }

    @Test
    public void incrementalRowsEqualAFullRebuildAfterRefreshingAll() {
        for (Fixtures.ScorerCase c : Fixtures.ScorerCase.values()) {
            CoPurchaseLearner learner = incremental(WORKLOAD, c.scorer, SETTINGS);
            learner.refreshAll();
            assertEquals(c.name(), dump(rebuild(WORKLOAD, c.scorer, SETTINGS).current(), IDS),
                    dump(learner.current(), IDS));
        }
    }

    @Test
    public void rowsOfAnAppliedOrderAreExactAtTheNextPublish() {
        CoPurchaseLearner learner = rebuild(WORKLOAD.subList(0, 3000), LIFT,
                SETTINGS.withRefreshEveryBaskets(1_000_000));
        List<Basket> applied = new ArrayList<>(WORKLOAD.subList(0, 3000));
        for (Basket b : WORKLOAD.subList(3000, 3050)) {
            learner.apply(b);
            applied.add(b);
            learner.publish();
            CoPurchaseModel exact = rebuild(applied, LIFT, SETTINGS).current();
            for (long id : b.getProductIds()) {
                assertEquals(describe(exact.forProduct(id, 100)), describe(learner.current().forProduct(id, 100)));
            }
        }
    }

    @Test
    public void noRowIsOlderThanTheRefreshInterval() {
        // interval 1: every publish refreshes every row whose figures are a basket old, i.e. all of them
        CoPurchaseLearner learner = rebuild(WORKLOAD.subList(0, 500), LIFT, SETTINGS.withRefreshEveryBaskets(1));
        for (int k = 500; k < 700; k++) {
            learner.apply(WORKLOAD.get(k));
            learner.publish();
        }
        assertEquals(dump(rebuild(WORKLOAD.subList(0, 700), LIFT, SETTINGS).current(), IDS),
                dump(learner.current(), IDS));
    }

    @Test
    public void staleRowsAreRefreshedWithinTheInterval() {
        // after 60 baskets with interval 50 every row was recomputed at least once after basket 10
        CoPurchaseLearner learner = rebuild(WORKLOAD.subList(0, 2000), LIFT, SETTINGS.withRefreshEveryBaskets(50));
        for (int k = 2000; k < 2060; k++) {
            learner.apply(WORKLOAD.get(k));
            learner.publish();
        }
        // a row computed at basket count B uses counts of B; compare each row with the rebuild at some B in range
        CoPurchaseModel model = learner.current();
        List<CoPurchaseModel> candidates = new ArrayList<>();
        for (int b = 2011; b <= 2060; b++) {
            candidates.add(rebuild(WORKLOAD.subList(0, b), LIFT, SETTINGS).current());
        }
        for (long id : IDS) {
            String served = describeScoresAndOrder(model.forProduct(id, 100));
            boolean matched = false;
            for (CoPurchaseModel c : candidates) {
                matched |= served.equals(describeScoresAndOrder(c.forProduct(id, 100)));
            }
            assertTrue("row of " + id + " is older than 50 baskets: " + served, matched);
        }
    }

    @Test
    public void rebuildOfAPrefixThenIncrementalEqualsRebuildOfAll() {
        CoPurchaseLearner learner = rebuild(WORKLOAD.subList(0, 2500), WEIGHTED, SETTINGS);
        long applied = learner.catchUp(WORKLOAD);
        assertEquals(1500, applied);
        learner.refreshAll();
        CoPurchaseLearner full = rebuild(WORKLOAD, WEIGHTED, SETTINGS);
        assertEquals(pairs(full, IDS), pairs(learner, IDS));
        assertEquals(dump(full.current(), IDS), dump(learner.current(), IDS));
        assertEquals(4000, learner.watermark());
    }

    @Test
    public void oneAndTwoRebuildThreadsGiveTheSameModel() {
        assertEquals(dump(rebuild(WORKLOAD, LIFT, SETTINGS.withThreads(1)).current(), IDS),
                dump(rebuild(WORKLOAD, LIFT, SETTINGS.withThreads(3)).current(), IDS));
    }

    @Test
    public void aPublishedGenerationNeverChangesAfterwards() {
        // more than 1,024 products so several pages and id segments are shared and copied on write
        CoPurchaseLearner learner = rebuild(WORKLOAD.subList(0, 1000), LIFT, SETTINGS.withRefreshEveryBaskets(100));
        CompactCoPurchaseModel first = learner.current();
        String before = dump(first, IDS);
        for (Basket b : WORKLOAD.subList(1000, 2500)) {
            learner.apply(b);
            learner.apply(basket(100_000 + b.getOrderId(), 5_000_000 + b.getOrderId(), b.productId(0)));
            learner.publish();
        }
        assertEquals(before, dump(first, IDS));
        assertEquals(0, first.count(5_000_000 + 2000));
        assertTrue(learner.current().products() > first.products() + 1400);
        assertEquals(first.generation() + 1500, learner.current().generation());
    }

    @Test
    public void publishWithoutNewOrdersKeepsTheGeneration() {
        CoPurchaseLearner learner = rebuild(WORKLOAD.subList(0, 10), LIFT, SETTINGS);
        CompactCoPurchaseModel model = learner.current();
        assertEquals(1, model.generation());
        assertSame(model, learner.publish());
        learner.apply(WORKLOAD.get(10));
        assertEquals("applied but not yet published", 10, learner.current().baskets());
        assertEquals(2, learner.publish().generation());
        assertEquals(11, learner.current().baskets());
    }

    @Test
    public void anEmptyLearnerServesNothingUntilItLearns() {
        CoPurchaseLearner learner = CoPurchaseLearner.empty(LIFT, SETTINGS);
        assertEquals(0, learner.current().generation());
        assertEquals(0, learner.current().products());
        assertEquals(Long.MIN_VALUE, learner.watermark());
        learner.apply(basket(5, 1, 2));
        learner.publish();
        assertEquals(1, learner.current().generation());
        assertEquals(2, learner.current().forProduct(1, 3).get(0).getProductId());
    }

    @Test
    public void progressIsReportedPhaseByPhase() {
        List<String> phases = new ArrayList<>();
        CoPurchaseRebuild.rebuild(history(WORKLOAD), LIFT, SETTINGS, 7, (phase, done, total) -> {
            if (phases.isEmpty() || !phases.get(phases.size() - 1).startsWith(phase.name())) {
                phases.add(phase.name() + " total=" + total);
            }
            assertTrue(done >= 0);
            assertTrue(total == -1 || done <= total);
        });
        assertEquals("[READ total=4000, RANK total=" + IDS.length + ", DONE total=" + IDS.length + "]",
                phases.toString());
    }

    @Test
    public void theRebuildUsesTheGivenGeneration() {
        assertEquals(7, CoPurchaseRebuild.rebuild(history(WORKLOAD), LIFT, SETTINGS, 7, null).current().generation());
    }

    @Test
    public void settingsRefuseBadValuesQuotingThem() {
        try {
            CoPurchaseSettings.defaults().withRowLength(0);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().endsWith(": 0"));
        }
        try {
            CoPurchaseSettings.defaults().withRefreshEveryBaskets(-3);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().endsWith(": -3"));
        }
        assertNotEquals(CoPurchaseSettings.defaults().toString(), "");
    }

    private static String describe(List<Neighbor> neighbors) {
        StringBuilder s = new StringBuilder();
        for (Neighbor n : neighbors) {
            s.append(Fixtures.describe(n)).append(' ');
        }
        return s.toString();
    }

    /** Order and scores only: the counts in the figures are always current, the scores may lag. */
    private static String describeScoresAndOrder(List<Neighbor> neighbors) {
        StringBuilder s = new StringBuilder();
        for (Neighbor n : neighbors) {
            s.append(n.getProductId()).append(':').append(n.getScore()).append(' ');
        }
        return s.toString();
    }
}
