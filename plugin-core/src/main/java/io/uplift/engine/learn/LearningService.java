package io.uplift.engine.learn;

import io.uplift.engine.FailureSink;
import io.uplift.engine.basket.Basket;
import io.uplift.engine.basket.OrderHistory;
import io.uplift.engine.rank.Rescorers;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The learning path: keeps the learned models ({@link Learner}s) up to date from the shop's orders, off the request
 * thread, and shares every generation through the {@link SnapshotStore}.
 *
 * <ul>
 *   <li><b>Start</b>: loads the newest snapshot, so a restart serves immediately; when there is none, the leader
 *       runs a full rebuild from all orders.</li>
 *   <li><b>Incremental</b>: every poll period (and at once when {@link #nudge()}d, e.g. by the checkout) the
 *       leader reads the orders submitted since its watermark, adds them, publishes generation n+1 and saves it.
 *       Orders are read by submit time with an overlap window and de-duplicated by order id, so an order whose
 *       transaction commits a little after its submit time is not lost.</li>
 *   <li><b>Several nodes</b>: one node holds the {@link Lease} and publishes; the others load each newer generation
 *       from the store, so all nodes serve the same generation. A node without the lease never writes.</li>
 *   <li><b>Rebuild</b> on demand ({@link #requestRebuild()}, the admin button and {@code bin/uplift rebuild}):
 *       rereads every order with progress, then publishes and saves a new generation. This is the one write a
 *       node without the lease makes (the admin is such a node); the leader loads that generation on its next
 *       tick and goes on from it.</li>
 * </ul>
 *
 * <p>All work runs on one thread, so learners need no locks. Failures are recorded in the {@link FailureSink} and
 * never stop the schedule; the page-render path keeps serving the last published generation.</p>
 */
public class LearningService {

    /** How far before the watermark new orders are looked for (commit lag tolerated). */
    public static final long OVERLAP_MILLIS = 5 * 60 * 1000L;
    /** Generations kept in the store. */
    static final int KEEP_GENERATIONS = 3;

    private final OrderHistory history;
    private final SnapshotStore store;
    private final Lease lease;
    private final List<Learner> learners;
    private final FailureSink failures;
    private final Rescorers.Clock clock;
    private final String nodeId;
    private final boolean leaderEligible;
    private final long leaseTtlMillis;
    private final PeriodicTask task;

    // learner-thread state
    private long generation;
    private long watermarkMillis = Long.MIN_VALUE;
    private final Long2LongOpenHashMap recent = new Long2LongOpenHashMap();
    /** The learners hold orders not yet published and saved (the save failed): the next tick publishes them. */
    private boolean unpublished;
    /** Set by a request, cleared when the rebuild it asked for has ended. */
    private final AtomicBoolean rebuildRequested = new AtomicBoolean();

    // status for other threads
    private volatile LearningStatus status = new LearningStatus(0, 0, false, "starting", 0, -1, false, 0, "", null);

    /**
     * @param lease          the election, or {@code null} when this is the only node that learns
     * @param leaderEligible false for nodes that must only load generations (e.g. the admin)
     * @param pollMillis     how often new orders are looked for, at least 100
     */
    public LearningService(OrderHistory history, SnapshotStore store, Lease lease, List<Learner> learners,
            FailureSink failures, Rescorers.Clock clock, String nodeId, boolean leaderEligible, long pollMillis,
            long leaseTtlMillis) {
        if (pollMillis < 100) {
            throw new IllegalArgumentException("uplift.learn.pollMillis must be at least 100: " + pollMillis);
        }
        if (leaseTtlMillis < 2 * pollMillis) {
            throw new IllegalArgumentException("uplift.learn.leaseMillis must be at least twice the poll period ("
                    + 2 * pollMillis + "): " + leaseTtlMillis);
        }
        this.history = history;
        this.store = store;
        this.lease = lease;
        this.learners = Collections.unmodifiableList(new ArrayList<Learner>(learners));
        this.failures = failures;
        this.clock = clock;
        this.nodeId = nodeId;
        this.leaderEligible = leaderEligible;
        this.leaseTtlMillis = leaseTtlMillis;
        this.task = new PeriodicTask("uplift-learner", pollMillis, new PeriodicTask.Task() {
            @Override
            public void run() {
                tick();
            }

            @Override
            public void failed(Throwable e) {
                fail("learn:tick", "learning from new orders (serving the last generation)", e);
            }
        });
    }

    /** Starts learning in the background; the first tick (snapshot load or rebuild) runs at once. */
    public void start() {
        task.start(0);
    }

    public void stop() {
        task.stop();
        if (lease != null && leaderEligible) {
            try {
                lease.release(nodeId);
            } catch (RuntimeException e) {
                fail("learn:lease", "releasing the learner lease", e);
            }
        }
    }

    /** Looks for new orders now; returns at once. */
    public void nudge() {
        task.nudge();
    }

    /**
     * An order is being submitted: looks for new orders shortly (at 0.3 s and again at 1.5 s), when the checkout
     * has saved it. Broadleaf 3.1 saves the submitted order after its checkout workflow, so a look right away
     * would miss it; the regular poll remains the safety net. Returns at once.
     */
    public void orderSubmitted() {
        task.nudgeAfter(300);
        task.nudgeAfter(1500);
    }

    /**
     * Asks for a full rebuild on the learner thread; progress shows in {@link #status()}.
     *
     * @return false when a rebuild is already requested or running
     */
    public boolean requestRebuild() {
        if (status.isRebuilding() || !rebuildRequested.compareAndSet(false, true)) {
            return false;
        }
        task.nudge();
        return true;
    }

    public LearningStatus status() {
        return status;
    }

    /** One round of work; runs on the learner thread (or a test's). Public for tests and the command line. */
    public synchronized void tick() {
        long now = clock.millis();
        boolean leader = leaderEligible && (lease == null || lease.tryAcquire(nodeId, leaseTtlMillis, now));
        long latest = store.latestGeneration();
        if (rebuildRequested.get()) {
            try {
                rebuild(leader);
            } finally {
                // cleared only now, so a request while this one runs (before its status says so) is refused
                rebuildRequested.set(false);
            }
            return;
        }
        if (latest > generation) {
            if (load(leader)) {
                return;
            }
            if (!leader) {
                return;
            }
            // the stored generation cannot be read: the leader rebuilds
            rebuild(true);
            return;
        }
        if (generation == 0) {
            if (leader) {
                rebuild(true);
            } else {
                setStatus(leader, "waiting for the first generation", 0, -1, false, null);
            }
            return;
        }
        if (leader) {
            applyNewOrders();
        } else {
            setStatus(false, "idle", 0, -1, false, null);
        }
    }

    /** A full rebuild from every order, now, on the caller's thread (the command line). */
    public synchronized void rebuildNow() {
        rebuild(true);
    }

    private boolean load(boolean leader) {
        SnapshotStore.Snapshot snapshot = store.latest();
        if (snapshot == null) {
            return false;
        }
        try {
            SnapshotCodec.Decoded decoded = SnapshotCodec.decode(snapshot.getData());
            Map<String, byte[]> sections = decoded.getSections();
            for (Learner l : learners) {
                byte[] section = sections.get(l.name());
                if (section == null) {
                    throw new IOException("snapshot " + snapshot.getGeneration() + " has no section '" + l.name()
                            + "' (has " + sections.keySet() + ")");
                }
            }
            for (Learner l : learners) {
                l.read(new DataInputStream(new ByteArrayInputStream(sections.get(l.name()))));
            }
            generation = snapshot.getGeneration();
            unpublished = false;
            watermarkMillis = decoded.getWatermarkMillis();
            recent.clear();
            long[] ids = decoded.getRecentOrderIds();
            long[] times = decoded.getRecentOrderTimes();
            for (int i = 0; i < ids.length; i++) {
                recent.put(ids[i], times[i]);
            }
            for (Learner l : learners) {
                l.publish(generation);
            }
            setStatus(leader, "idle", 0, -1, false, "loaded generation " + generation + " made by "
                    + snapshot.getCreatedBy());
            status = withUpdate(status, clock.millis());
            return true;
        } catch (IOException | RuntimeException e) {
            fail("learn:snapshot", "loading snapshot generation " + snapshot.getGeneration()
                    + (leader ? " (rebuilding from the orders)" : " (serving the last good generation)"), e);
            return false;
        }
    }

    private void applyNewOrders() {
        final long since = watermarkMillis == Long.MIN_VALUE ? Long.MIN_VALUE : watermarkMillis - OVERLAP_MILLIS;
        final long[] newest = {watermarkMillis};
        final int[] applied = {0};
        history.forEachSince(since, new OrderHistory.BasketVisitor() {
            @Override
            public void visit(Basket b) {
                if (recent.containsKey(b.getOrderId())) {
                    return;
                }
                for (Learner l : learners) {
                    l.add(b);
                }
                recent.put(b.getOrderId(), b.getSubmittedAtMillis());
                newest[0] = Math.max(newest[0], b.getSubmittedAtMillis());
                applied[0]++;
            }
        });
        if (applied[0] == 0) {
            if (unpublished) {
                // these orders are marked applied, so no later read brings them back: publish them now
                publishAndSave("orders added before a failed save");
            } else {
                setStatus(true, "idle", 0, -1, false, null);
            }
            return;
        }
        watermarkMillis = newest[0];
        forgetOldRecent();
        unpublished = true;
        publishAndSave("added " + applied[0] + " new order" + (applied[0] == 1 ? "" : "s"));
    }

    private void rebuild(boolean leader) {
        long total = history.countSince(Long.MIN_VALUE);
        setStatus(leader, "reading orders", 0, total, true, null);
        for (Learner l : learners) {
            l.clear();
        }
        recent.clear();
        final long[] newest = {Long.MIN_VALUE};
        final long[] done = {0};
        final long totalFinal = total;
        final boolean leaderFinal = leader;
        try {
            history.forEachSince(Long.MIN_VALUE, new OrderHistory.BasketVisitor() {
                @Override
                public void visit(Basket b) {
                    for (Learner l : learners) {
                        l.add(b);
                    }
                    recent.put(b.getOrderId(), b.getSubmittedAtMillis());
                    newest[0] = Math.max(newest[0], b.getSubmittedAtMillis());
                    if (++done[0] % 1000 == 0) {
                        renewLease(leaderFinal);
                        setStatus(leaderFinal, "reading orders", done[0], totalFinal, true, null);
                    }
                }
            });
        } catch (RuntimeException e) {
            // the learners hold a partial state: never publish it; the next tick reloads or rebuilds
            generation = 0;
            unpublished = false;
            setStatus(leader, "idle", done[0], total, false, null);
            fail("learn:rebuild", "rebuilding from the orders after " + done[0] + " orders (serving the last generation)", e);
            return;
        }
        watermarkMillis = newest[0];
        forgetOldRecent();
        unpublished = true;
        setStatus(leader, "publishing", done[0], total, true, null);
        publishAndSave("rebuilt from " + done[0] + " orders");
    }

    /** A long rebuild keeps the lease, so no other node starts a rebuild of its own meanwhile. */
    private void renewLease(boolean leader) {
        if (leader && lease != null && leaderEligible) {
            lease.tryAcquire(nodeId, leaseTtlMillis, clock.millis());
        }
    }

    private void forgetOldRecent() {
        long cutoff = watermarkMillis - OVERLAP_MILLIS;
        List<Long> old = new ArrayList<Long>();
        for (Long2LongOpenHashMap.Entry e : recent.long2LongEntrySet()) {
            if (e.getLongValue() < cutoff) {
                old.add(e.getLongKey());
            }
        }
        for (Long id : old) {
            recent.remove(id.longValue());
        }
    }

    private void publishAndSave(String what) {
        long next = Math.max(generation, store.latestGeneration()) + 1;
        long[] ids = recent.keySet().toLongArray();
        long[] times = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            times[i] = recent.get(ids[i]);
        }
        byte[] data;
        try {
            data = SnapshotCodec.encode(next, watermarkMillis, ids, times, learners);
        } catch (IOException e) {
            fail("learn:encode", "encoding generation " + next, e);
            return;
        }
        if (!store.save(new SnapshotStore.Snapshot(next, clock.millis(), nodeId, data))) {
            // another node published this number first: take its generation on the next tick
            setStatus(true, "idle", 0, -1, false, "generation " + next + " was published by another node first");
            return;
        }
        generation = next;
        unpublished = false;
        for (Learner l : learners) {
            l.publish(next);
        }
        try {
            store.prune(KEEP_GENERATIONS);
        } catch (RuntimeException e) {
            fail("learn:prune", "deleting old generations", e);
        }
        setStatus(true, "idle", 0, -1, false, what + "; published generation " + next);
        status = withUpdate(status, clock.millis());
    }

    private void setStatus(boolean leader, String phase, long done, long total, boolean rebuilding, String message) {
        LearningStatus s = status;
        status = new LearningStatus(generation, watermarkMillis == Long.MIN_VALUE ? 0 : watermarkMillis, leader, phase,
                done, total, rebuilding, s.getLastUpdateMillis(), message == null ? s.getLastMessage() : message,
                s.getLastError());
    }

    /** The status after a success: the update time moves on and an earlier failure is no longer current. */
    private static LearningStatus withUpdate(LearningStatus s, long millis) {
        return new LearningStatus(s.getGeneration(), s.getWatermarkMillis(), s.isLeader(), s.getPhase(), s.getDone(),
                s.getTotal(), s.isRebuilding(), millis, s.getLastMessage(), null);
    }

    private void fail(String kind, String context, Throwable e) {
        failures.record(kind, context, e);
        LearningStatus s = status;
        status = new LearningStatus(s.getGeneration(), s.getWatermarkMillis(), s.isLeader(), s.getPhase(), s.getDone(),
                s.getTotal(), false, s.getLastUpdateMillis(), s.getLastMessage(),
                context + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
}
