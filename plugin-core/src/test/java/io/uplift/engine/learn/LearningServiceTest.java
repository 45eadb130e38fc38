package io.uplift.engine.learn;

import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.copurchase.CoPurchaseModelLearner;
import io.uplift.engine.copurchase.Neighbor;
import io.uplift.engine.copurchase.store.CompactCoPurchaseModel;
import io.uplift.engine.trending.TrendingLearner;
import io.uplift.engine.trending.TrendingModel;
import io.uplift.slot.WidgetFailures;
import org.junit.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * Nodes share one order history, snapshot store and lease, and learn with the real learners (co-purchase and
 * trending), so every test checks the models a page would read. Orders: 1 to 6 over the ten minutes before T0,
 * products 1 and 2 bought together three times.
 */
public class LearningServiceTest {

    /** 2024-03-10T12:00:00Z. */
    private static final long T0 = 1710072000000L;
    private static final long MINUTE = 60 * 1000L;
    private static final long POLL = 100;
    private static final long LEASE_TTL = 1000;
    private static final long[] PRODUCTS = {1, 2, 3, 4, 5, 6};

    private static final byte[] GARBAGE = "this is not an Uplift snapshot at all".getBytes(StandardCharsets.UTF_8);

    private final AtomicLong now = new AtomicLong(T0);
    private final MemoryOrderHistory history = new MemoryOrderHistory()
            .add(1, T0 - 10 * MINUTE, 1, 2)
            .add(2, T0 - 8 * MINUTE, 1, 2, 3)
            .add(3, T0 - 6 * MINUTE, 2, 4)
            .add(4, T0 - 4 * MINUTE, 1, 2)
            .add(5, T0 - 2 * MINUTE, 3, 4)
            .add(6, T0, 1, 5);
    private final MemorySnapshotStore store = new MemorySnapshotStore();
    private final MemoryLease lease = new MemoryLease();
    private final WidgetFailures failures = new WidgetFailures();

    /** One storefront node: its own learners and the models its pages read. */
    private final class Node {
        final ModelHolder<CoPurchaseModel> copurchase =
                new ModelHolder<CoPurchaseModel>(CompactCoPurchaseModel.empty("default", 10));
        final ModelHolder<TrendingModel> trending = new ModelHolder<TrendingModel>(TrendingModel.empty());
        final LearningService service;

        Node(String id, boolean leaderEligible, MemoryOrderHistory orders, MemorySnapshotStore snapshots) {
            service = new LearningService(orders, snapshots, lease, Arrays.<Learner>asList(
                    new CoPurchaseModelLearner(copurchase, "default", 10), new TrendingLearner(trending, 7)),
                    failures, now::get, id, leaderEligible, POLL, LEASE_TTL);
        }

        Node(String id) {
            this(id, true, history, store);
        }

        LearningStatus tick() {
            service.tick();
            return service.status();
        }

        /** What the pages of this node read: every product's co-purchase row, in order, and the trending list. */
        String models() {
            return describe(true);
        }

        /**
         * The figures the pages read, without the co-purchase rows' order: between rebuilds the leader ranks only
         * the rows of the products in new orders again, so the order of other rows may lag behind (see
         * CoPurchaseLearner's staleness guarantee), while a node that loads a snapshot ranks every row afresh.
         */
        String figures() {
            return describe(false);
        }

        private String describe(boolean rowOrder) {
            StringBuilder s = new StringBuilder();
            CoPurchaseModel m = copurchase.get();
            s.append("baskets=").append(m.baskets()).append('\n');
            for (long id : PRODUCTS) {
                Map<Long, String> row = rowOrder ? new LinkedHashMap<Long, String>() : new TreeMap<Long, String>();
                for (Neighbor n : m.forProduct(id, 10)) {
                    row.put(n.getProductId(), n.getTogether() + (rowOrder ? " " + n.getScore() : ""));
                }
                s.append(id).append(" count=").append(m.count(id)).append(": ").append(row).append('\n');
            }
            for (TrendingModel.Entry e : trending.get().top(10)) {
                s.append(e.getProductId()).append('=').append(e.getDecayedOrders()).append('/').append(e.getOrders())
                        .append(' ');
            }
            return s.toString();
        }

        /** Plain order counts by product, from the trending model. */
        String orderCounts() {
            List<String> parts = new ArrayList<String>();
            for (long id : PRODUCTS) {
                int orders = 0;
                for (TrendingModel.Entry e : trending.get().top(100)) {
                    if (e.getProductId() == id) {
                        orders = e.getOrders();
                    }
                }
                parts.add(id + ":" + orders);
            }
            return String.join(" ", parts);
        }
    }

    /** A node that made a full rebuild over the shared history (in a store of its own). */
    private Node rebuiltFromScratch() {
        Node fresh = new Node("fresh", true, history, new MemorySnapshotStore());
        fresh.service.rebuildNow();
        return fresh;
    }

    @Test
    public void theFirstTickOfALeaderWithoutASnapshotRebuildsAndSavesGenerationOne() {
        Node a = new Node("node-a");
        LearningStatus status = a.tick();

        assertEquals(Arrays.asList(1L), store.saved);
        assertEquals("node-a", store.latest().getCreatedBy());
        assertEquals(T0, store.latest().getCreatedAtMillis());
        assertEquals(1, status.getGeneration());
        assertTrue(status.isLeader());
        assertEquals(T0, status.getWatermarkMillis());
        assertEquals("idle", status.getPhase());
        assertEquals("rebuilt from 6 orders; published generation 1", status.getLastMessage());
        assertNull(status.getLastError());
        assertEquals(6, a.copurchase.get().baskets());
        assertEquals(2L, a.copurchase.get().forProduct(1, 10).get(0).getProductId());
        assertEquals("1:4 2:4 3:2 4:2 5:1 6:0", a.orderCounts());
    }

    @Test
    public void aFollowerWithoutASnapshotWaitsAndWritesNothing() {
        lease.tryAcquire("node-a", LEASE_TTL, T0);
        Node b = new Node("node-b");
        LearningStatus status = b.tick();

        assertEquals(0, status.getGeneration());
        assertFalse(status.isLeader());
        assertEquals("waiting for the first generation", status.getPhase());
        assertTrue(store.saved.isEmpty());
        assertEquals(0, b.copurchase.get().baskets());
        assertEquals(0, b.trending.get().size());
    }

    @Test
    public void aNodeThatMayNotLeadNeverRebuildsOnItsOwn() {
        Node admin = new Node("admin", false, history, store);
        assertEquals("waiting for the first generation", admin.tick().getPhase());
        assertTrue(store.saved.isEmpty());
        assertEquals(0, history.reads);
    }

    @Test
    public void aFollowerLoadsEachNewerGenerationAndServesTheSameModels() {
        Node a = new Node("node-a");
        Node b = new Node("node-b");
        a.tick();
        LearningStatus loaded = b.tick();

        assertEquals(1, loaded.getGeneration());
        assertFalse(loaded.isLeader());
        assertEquals("loaded generation 1 made by node-a", loaded.getLastMessage());
        assertEquals(T0, loaded.getWatermarkMillis());
        assertEquals(a.models(), b.models());

        history.add(7, T0 + MINUTE, 5, 6).add(8, T0 + 2 * MINUTE, 1, 6);
        now.addAndGet(POLL);
        a.tick();
        assertEquals(2, b.tick().getGeneration());
        assertEquals("a follower never reads the orders", 2, history.reads);
        assertEquals("the same figures", a.figures(), b.figures());
        assertEquals("a loaded generation is ranked afresh, like a rebuild", rebuiltFromScratch().models(), b.models());
    }

    @Test
    public void aFollowerWithTheNewestGenerationIsIdle() {
        Node a = new Node("node-a");
        Node b = new Node("node-b");
        a.tick();
        b.tick();
        LearningStatus status = b.tick();
        assertEquals("idle", status.getPhase());
        assertEquals(1, status.getGeneration());
    }

    @Test
    public void theLeaderAddsNewOrdersAsTheNextGenerationLikeARebuildWould() {
        Node a = new Node("node-a");
        a.tick();
        history.add(7, T0 + MINUTE, 5, 6).add(8, T0 + 2 * MINUTE, 1, 6);
        now.addAndGet(POLL);
        LearningStatus status = a.tick();

        assertEquals(2, status.getGeneration());
        assertEquals(Arrays.asList(1L, 2L), store.saved);
        assertEquals(T0 + 2 * MINUTE, status.getWatermarkMillis());
        assertEquals("added 2 new orders; published generation 2", status.getLastMessage());
        assertEquals(T0 + POLL, status.getLastUpdateMillis());
        assertEquals("1:5 2:4 3:2 4:2 5:2 6:2", a.orderCounts());
        assertEquals(rebuiltFromScratch().figures(), a.figures());
    }

    @Test
    public void withoutNewOrdersNoGenerationIsMade() {
        Node a = new Node("node-a");
        a.tick();
        now.addAndGet(POLL);
        LearningStatus status = a.tick();
        assertEquals(1, status.getGeneration());
        assertEquals(Arrays.asList(1L), store.saved);
        assertEquals("idle", status.getPhase());
    }

    /** Order 7 was submitted before the watermark but its transaction committed after the last read. */
    @Test
    public void anOrderSubmittedJustBeforeTheWatermarkButCommittedLaterIsApplied() {
        Node a = new Node("node-a");
        a.tick();
        history.add(7, T0 - MINUTE, 5, 6);
        now.addAndGet(POLL);
        LearningStatus status = a.tick();

        assertEquals(2, status.getGeneration());
        assertEquals("the watermark does not go back", T0, status.getWatermarkMillis());
        assertEquals("1:4 2:4 3:2 4:2 5:2 6:1", a.orderCounts());
        assertEquals(rebuiltFromScratch().figures(), a.figures());
    }

    @Test
    public void ordersReadAgainInTheOverlapWindowAreNotAppliedTwice() {
        Node a = new Node("node-a");
        a.tick();
        for (int i = 0; i < 3; i++) {
            history.add(7 + i, T0 + (i + 1) * MINUTE, 5);
            now.addAndGet(POLL);
            a.tick();
        }
        assertEquals(4, a.service.status().getGeneration());
        assertEquals("1:4 2:4 3:2 4:2 5:4 6:0", a.orderCounts());
        assertEquals(rebuiltFromScratch().figures(), a.figures());
    }

    @Test
    public void aNewLeaderContinuesFromTheSnapshotWithoutReapplyingTheOverlap() {
        Node a = new Node("node-a");
        Node b = new Node("node-b");
        a.tick();
        b.tick();
        history.add(7, T0 + MINUTE, 5, 6);
        now.addAndGet(LEASE_TTL);
        LearningStatus status = b.tick();

        assertTrue("a stopped renewing: b takes the lease", status.isLeader());
        assertEquals(2, status.getGeneration());
        assertEquals("node-b", store.latest().getCreatedBy());
        assertEquals("1:4 2:4 3:2 4:2 5:2 6:1", b.orderCounts());
        assertEquals(rebuiltFromScratch().figures(), b.figures());
    }

    @Test
    public void whenAnotherNodeSavesTheGenerationFirstNothingIsPublishedAndTheNextTickLoadsIt() {
        Node a = new Node("node-a");
        a.tick();
        String generation1 = a.models();

        // node c learned from more orders and saves generation 2 just before a does
        MemoryOrderHistory more = new MemoryOrderHistory().add(20, T0 + MINUTE, 3, 6).add(21, T0 + MINUTE, 3, 6);
        MemorySnapshotStore elsewhere = new MemorySnapshotStore();
        Node c = new Node("node-c", true, more, elsewhere);
        c.service.rebuildNow();
        more.add(22, T0 + 2 * MINUTE, 6);
        c.service.rebuildNow();
        assertEquals(2, elsewhere.latestGeneration());
        store.saveFirstOnNextSave(elsewhere.latest());

        history.add(7, T0 + MINUTE, 5, 6);
        now.addAndGet(POLL);
        LearningStatus refused = a.tick();
        assertEquals(Arrays.asList(2L), store.refused);
        assertEquals(1, refused.getGeneration());
        assertEquals("generation 2 was published by another node first", refused.getLastMessage());
        assertEquals("the unsaved generation is not served", generation1, a.models());

        LearningStatus loaded = a.tick();
        assertEquals(2, loaded.getGeneration());
        assertEquals("loaded generation 2 made by node-c", loaded.getLastMessage());
        assertEquals(c.models(), a.models());
    }

    /**
     * Regression: a save that threw (the database briefly down) left the new orders added to the learners and
     * marked as applied, so the next ticks found nothing new and never published them: the pages missed those
     * orders until some other order arrived.
     */
    @Test
    public void ordersWhoseSaveFailedArePublishedOnTheNextTickEvenWithoutNewOrders() {
        Node a = new Node("node-a");
        a.tick();
        history.add(7, T0 + MINUTE, 5, 6);
        store.failNextSave(new IllegalStateException("saving Uplift generation 2 failed: connection refused"));
        assertThrows(IllegalStateException.class, a.service::tick);
        assertEquals(1, a.service.status().getGeneration());

        LearningStatus retried = a.tick();
        assertEquals(2, retried.getGeneration());
        assertEquals("orders added before a failed save; published generation 2", retried.getLastMessage());
        assertEquals(Arrays.asList(1L, 2L), store.saved);
        assertEquals("1:4 2:4 3:2 4:2 5:2 6:1", a.orderCounts());
        assertEquals(rebuiltFromScratch().figures(), a.figures());
    }

    @Test
    public void aRebuildWhoseSaveFailedIsPublishedOnTheNextTick() {
        Node a = new Node("node-a");
        store.failNextSave(new IllegalStateException("saving Uplift generation 1 failed: connection refused"));
        assertThrows(IllegalStateException.class, a.service::tick);

        assertEquals(1, a.tick().getGeneration());
        assertEquals(rebuiltFromScratch().models(), a.models());
    }

    @Test
    public void aCorruptLatestSnapshotIsRecordedAndTheLeaderRebuilds() {
        store.put(new SnapshotStore.Snapshot(1, T0, "node-x", GARBAGE));
        Node a = new Node("node-a");
        LearningStatus status = a.tick();

        assertEquals(1, failures.count("learn:snapshot"));
        assertEquals(2, status.getGeneration());
        assertEquals(Arrays.asList(2L), store.saved);
        assertEquals("rebuilt from 6 orders; published generation 2", status.getLastMessage());
        assertNull("a later success clears the error", status.getLastError());
        assertEquals(rebuiltFromScratch().models(), a.models());
    }

    @Test
    public void aFollowerFacingACorruptSnapshotKeepsServingAndSaysWhy() {
        lease.tryAcquire("node-a", LEASE_TTL, T0);
        store.put(new SnapshotStore.Snapshot(1, T0, "node-x", GARBAGE));
        Node b = new Node("node-b");
        LearningStatus status = b.tick();

        assertEquals(1, failures.count("learn:snapshot"));
        assertEquals(0, status.getGeneration());
        assertEquals("loading snapshot generation 1 (serving the last good generation): IOException: not an Uplift"
                + " snapshot (bad magic bytes)", status.getLastError());
        assertTrue(store.saved.isEmpty());
    }

    @Test
    public void aRequestedRebuildRunsOnTheNextTickAndIsNotRequestedTwice() {
        Node a = new Node("node-a");
        a.tick();
        assertTrue(a.service.requestRebuild());
        assertFalse("already requested", a.service.requestRebuild());

        history.add(7, T0 + MINUTE, 5, 6);
        LearningStatus status = a.tick();
        assertEquals(2, status.getGeneration());
        assertEquals("rebuilt from 7 orders; published generation 2", status.getLastMessage());
        assertEquals(rebuiltFromScratch().models(), a.models());
        assertTrue("done: may be requested again", a.service.requestRebuild());
    }

    /**
     * Regression: the request was cleared before the rebuild began counting the orders, so a second click (a
     * double-click) arriving during the count was accepted and a second full rebuild ran right after the first.
     */
    @Test
    public void aRebuildRequestedWhileTheRequestedRebuildCountsTheOrdersIsRefused() {
        Node a = new Node("node-a");
        a.tick();
        final List<Boolean> secondClick = new ArrayList<Boolean>();
        history.onCount(() -> secondClick.add(a.service.requestRebuild()));
        assertTrue(a.service.requestRebuild());
        a.tick();

        assertEquals(Arrays.asList(false), secondClick);
        history.onCount(null);
        a.tick();
        assertEquals("no second rebuild", 2, a.service.status().getGeneration());
    }

    @Test
    public void theStatusReportsRebuildProgress() {
        MemoryOrderHistory many = new MemoryOrderHistory();
        for (int i = 1; i <= 2500; i++) {
            many.add(i, T0 - 2500 + i, i % 7, 10 + i % 5);
        }
        Node a = new Node("node-a", true, many, store);
        final List<LearningStatus> seen = new ArrayList<LearningStatus>();
        many.spy(b -> {
            if (b.getOrderId() == 1 || b.getOrderId() == 1500) {
                seen.add(a.service.status());
            }
        });
        LearningStatus done = a.tick();

        LearningStatus first = seen.get(0);
        assertEquals("reading orders", first.getPhase());
        assertTrue(first.isRebuilding());
        assertEquals(0, first.getDone());
        assertEquals(2500, first.getTotal());
        assertEquals(0, first.getPercent());
        LearningStatus middle = seen.get(1);
        assertEquals(1000, middle.getDone());
        assertEquals(40, middle.getPercent());

        assertFalse(done.isRebuilding());
        assertEquals("idle", done.getPhase());
        assertEquals(100, done.getPercent());
        assertEquals(T0, done.getLastUpdateMillis());
    }

    @Test
    public void aRebuildThatFailsHalfwayPublishesNothingAndTheNextTickReloads() {
        Node a = new Node("node-a");
        a.tick();
        String generation1 = a.models();
        a.service.requestRebuild();
        history.failAfter(3);
        LearningStatus failed = a.tick();

        assertEquals(1, failures.count("learn:rebuild"));
        assertFalse(failed.isRebuilding());
        assertTrue(failed.getLastError(), failed.getLastError().startsWith(
                "rebuilding from the orders after 3 orders (serving the last generation): IllegalStateException"));
        assertEquals(generation1, a.models());
        assertEquals(Arrays.asList(1L), store.saved);

        history.failAfter(-1);
        assertEquals(1, a.tick().getGeneration());
        assertEquals(generation1, a.models());
        history.add(7, T0 + MINUTE, 5, 6);
        assertEquals(2, a.tick().getGeneration());
        assertEquals(rebuiltFromScratch().figures(), a.figures());
    }

    @Test
    public void onlyTheNewestGenerationsAreKept() {
        Node a = new Node("node-a");
        a.tick();
        for (int i = 0; i < 4; i++) {
            history.add(7 + i, T0 + (i + 1) * MINUTE, 5);
            a.tick();
        }
        assertEquals(Arrays.asList(3L, 4L, 5L), store.generations());
    }

    @Test
    public void stopReleasesTheLease() {
        Node a = new Node("node-a");
        a.tick();
        assertEquals("node-a", lease.owner());
        a.service.stop();
        assertNull(lease.owner());
    }

    @Test
    public void pollAndLeasePeriodsAreCheckedQuotingTheBadValue() {
        assertEquals("uplift.learn.pollMillis must be at least 100: 99", assertThrows(IllegalArgumentException.class,
                () -> new LearningService(history, store, lease, new ArrayList<Learner>(), failures, now::get, "n",
                        true, 99, 1000)).getMessage());
        assertEquals("uplift.learn.leaseMillis must be at least twice the poll period (400): 399",
                assertThrows(IllegalArgumentException.class, () -> new LearningService(history, store, lease,
                        new ArrayList<Learner>(), failures, now::get, "n", true, 200, 399)).getMessage());
    }
}
