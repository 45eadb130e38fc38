package io.uplift.engine.learn;

import org.junit.After;
import org.junit.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Waits use semaphores with generous timeouts; nothing asserts on how long anything took. */
public class PeriodicTaskTest {

    private static final long HOUR = 60 * 60 * 1000L;
    private static final long GENEROUS_SECONDS = 20;

    private final List<PeriodicTask> created = new CopyOnWriteArrayList<PeriodicTask>();

    @After
    public void stopAll() {
        for (PeriodicTask t : created) {
            t.stop();
        }
    }

    /** Counts runs and failures, each released as a permit to wait on; {@link #body} says what a run does. */
    private static class Recording implements PeriodicTask.Task {
        final AtomicInteger runs = new AtomicInteger();
        final Semaphore ran = new Semaphore(0);
        final Semaphore failed = new Semaphore(0);
        final List<Throwable> failures = new CopyOnWriteArrayList<Throwable>();
        final List<Thread> threads = new CopyOnWriteArrayList<Thread>();

        void body(int run) {
        }

        @Override
        public void run() {
            int n = runs.incrementAndGet();
            threads.add(Thread.currentThread());
            ran.release();
            body(n);
        }

        @Override
        public void failed(Throwable e) {
            failures.add(e);
            failed.release();
        }

        boolean awaitRuns(int n) throws InterruptedException {
            return ran.tryAcquire(n, GENEROUS_SECONDS, TimeUnit.SECONDS);
        }

        boolean awaitFailures(int n) throws InterruptedException {
            return failed.tryAcquire(n, GENEROUS_SECONDS, TimeUnit.SECONDS);
        }
    }

    private PeriodicTask task(long periodMillis, PeriodicTask.Task body) {
        PeriodicTask t = new PeriodicTask("periodic-task-test", periodMillis, body);
        created.add(t);
        return t;
    }

    @Test
    public void runsAgainAndAgainAfterStart() throws InterruptedException {
        Recording r = new Recording();
        task(1, r).start(0);
        assertTrue(r.awaitRuns(3));
    }

    @Test
    public void aThrowingRunIsHandedToFailedAndTheScheduleGoesOn() throws InterruptedException {
        final IllegalStateException boom = new IllegalStateException("database down");
        Recording r = new Recording() {
            @Override
            void body(int run) {
                if (run <= 2) {
                    throw boom;
                }
            }
        };
        task(1, r).start(0);
        assertTrue(r.awaitFailures(2));
        assertTrue("runs after the failures", r.awaitRuns(4));
        assertEquals(boom, r.failures.get(0));
        assertEquals(boom, r.failures.get(1));
    }

    /**
     * Regression: only RuntimeExceptions were caught, so an Error (a class missing at run time, a failed assertion,
     * a stack overflow) escaped into the ScheduledExecutorService, which then never ran the task again: the silent
     * end the class exists to prevent.
     */
    @Test
    public void anErrorIsHandedToFailedAndTheScheduleGoesOn() throws InterruptedException {
        final NoClassDefFoundError missing = new NoClassDefFoundError("com/acme/RemovedPlugin");
        Recording r = new Recording() {
            @Override
            void body(int run) {
                if (run == 1) {
                    throw missing;
                }
            }
        };
        task(1, r).start(0);
        assertTrue(r.awaitFailures(1));
        assertEquals(missing, r.failures.get(0));
        assertTrue("runs after the error", r.awaitRuns(3));
    }

    @Test
    public void aNudgeRunsTheTaskWithoutWaitingForThePeriod() throws InterruptedException {
        Recording r = new Recording();
        PeriodicTask t = task(HOUR, r);
        t.start(HOUR);
        t.nudge();
        assertTrue(r.awaitRuns(1));
    }

    /**
     * Regression: every nudge queued a run of its own, so the nudges of all orders submitted during a long run (a
     * rebuild) piled up in the executor and ran back to back afterwards. Nudges while a run is pending coalesce.
     */
    @Test
    public void nudgesWhileARunIsPendingCoalesceIntoOne() throws InterruptedException {
        final Semaphore gate = new Semaphore(0);
        Recording r = new Recording() {
            @Override
            void body(int run) {
                gate.acquireUninterruptibly();
            }
        };
        PeriodicTask t = task(HOUR, r);
        t.start(HOUR);
        assertTrue(t.nudge());
        assertTrue("the first run is under way", r.awaitRuns(1));
        assertTrue("a nudge during a run queues the next one", t.nudge());
        for (int i = 0; i < 20; i++) {
            assertFalse("already pending", t.nudge());
        }
        gate.release(100);
        assertTrue("the pending run", r.awaitRuns(1));
        assertTrue(t.nudge());
        assertTrue(r.awaitRuns(1));
        assertEquals(3, r.runs.get());
    }

    @Test
    public void aNudgeDroppedByStopDoesNotHoldBackNudgesAfterARestart() throws InterruptedException {
        final Semaphore gate = new Semaphore(0);
        Recording r = new Recording() {
            @Override
            void body(int run) {
                if (run == 1) {
                    gate.acquireUninterruptibly();
                }
            }
        };
        PeriodicTask t = task(HOUR, r);
        t.start(HOUR);
        t.nudge();
        assertTrue(r.awaitRuns(1));
        assertTrue("pending behind the blocked run", t.nudge());
        t.stop();
        gate.release();
        t.start(HOUR);
        assertTrue(t.nudge());
        assertTrue(r.awaitRuns(1));
    }

    @Test
    public void aNudgeBeforeStartDoesNothing() {
        Recording r = new Recording();
        assertFalse(task(HOUR, r).nudge());
        assertEquals(0, r.runs.get());
    }

    @Test
    public void stopIsIdempotentAndAStoppedTaskCanStartAgain() throws InterruptedException {
        Recording r = new Recording();
        PeriodicTask t = task(HOUR, r);
        t.stop();
        t.start(0);
        assertTrue(r.awaitRuns(1));
        t.stop();
        t.stop();
        t.nudge();
        t.start(HOUR);
        t.start(HOUR);
        t.nudge();
        assertTrue("started again and nudged", r.awaitRuns(1));
    }

    @Test
    public void thePeriodMustBeAtLeastOneMillisecond() {
        assertEquals("uplift-x: period must be at least 1 ms: 0", assertThrows(IllegalArgumentException.class,
                () -> new PeriodicTask("uplift-x", 0, new Recording())).getMessage());
        assertEquals(250, new PeriodicTask("uplift-x", 250, new Recording()).getPeriodMillis());
    }

    @Test
    public void theTaskRunsOnADaemonThreadWithItsName() throws InterruptedException {
        Recording r = new Recording();
        task(HOUR, r).start(0);
        assertTrue(r.awaitRuns(1));
        assertEquals("periodic-task-test", r.threads.get(0).getName());
        assertTrue(r.threads.get(0).isDaemon());
    }
}
