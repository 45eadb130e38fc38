package io.uplift.engine.learn;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a task on one daemon thread of its own, every {@code periodMillis} after the previous run ended. The task
 * must not throw: a task of a {@link ScheduledExecutorService} that throws is never run again, so one bad run would
 * silently end it for the life of the application; this class therefore catches and hands anything thrown to the
 * task's own {@link Task#failed}. Start and stop are idempotent.
 */
public final class PeriodicTask {

    private final String threadName;
    private final long periodMillis;
    private final Task task;
    private ScheduledExecutorService executor;
    /** A nudged run is queued and has not started yet: further nudges join it. */
    private final AtomicBoolean nudged = new AtomicBoolean();

    /** What runs. */
    public interface Task {
        void run();

        /** Called with anything {@link #run()} threw, errors included; must not throw itself. */
        void failed(Throwable e);
    }

    public PeriodicTask(String threadName, long periodMillis, Task task) {
        if (periodMillis < 1) {
            throw new IllegalArgumentException(threadName + ": period must be at least 1 ms: " + periodMillis);
        }
        this.threadName = threadName;
        this.periodMillis = periodMillis;
        this.task = task;
    }

    /** Starts the schedule; the first run comes after {@code initialDelayMillis}. */
    public synchronized void start(long initialDelayMillis) {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(new ThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, threadName);
                t.setDaemon(true);
                return t;
            }
        });
        executor.scheduleWithFixedDelay(new Runnable() {
            @Override
            public void run() {
                runOnce();
            }
        }, initialDelayMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs the task on its own thread as soon as it is free (e.g. an order was submitted); no-op when stopped.
     * Nudges while a nudged run is still queued join that run, so a burst of nudges during a long run (a rebuild)
     * makes one more run, not one each.
     *
     * @return whether a run was queued (false when stopped or when a nudged run is already pending)
     */
    public synchronized boolean nudge() {
        if (executor == null || !nudged.compareAndSet(false, true)) {
            return false;
        }
        executor.execute(new Runnable() {
            @Override
            public void run() {
                // cleared before the run: a nudge during this run asks for another one
                nudged.set(false);
                runOnce();
            }
        });
        return true;
    }

    /** Runs the task once after a delay (e.g. when a commit is still to come); no-op when stopped. */
    public synchronized void nudgeAfter(long delayMillis) {
        if (executor != null) {
            executor.schedule(new Runnable() {
                @Override
                public void run() {
                    runOnce();
                }
            }, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void runOnce() {
        try {
            task.run();
        } catch (Throwable e) {
            // an Error too: escaping into the executor would end the schedule silently
            task.failed(e);
        }
    }

    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
            nudged.set(false); // a queued nudge was dropped with the executor
        }
    }

    public long getPeriodMillis() {
        return periodMillis;
    }
}
