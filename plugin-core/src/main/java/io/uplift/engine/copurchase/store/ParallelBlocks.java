package io.uplift.engine.copurchase.store;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a task over products 0..n-1 in blocks on the calling thread plus {@code threads - 1} short-lived helper
 * threads (blocks handed out dynamically, so a few very popular products do not leave one thread alone at the
 * end). The calling thread reports progress. Used by the rebuild and the snapshot load, off the request path.
 */
final class ParallelBlocks {

    /** Works on blocks of products; one instance per thread, so it may keep scratch arrays. */
    interface Worker {
        void run(int from, int to);
    }

    interface WorkerFactory {
        Worker create();
    }

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private ParallelBlocks() {
    }

    static void run(int threads, int n, int blockSize, WorkerFactory workers, RebuildProgress progress,
            RebuildProgress.Phase phase) {
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int helpers = Math.max(0, Math.min(threads, (n + blockSize - 1) / blockSize) - 1);
        Thread[] started = new Thread[helpers];
        for (int t = 0; t < helpers; t++) {
            Worker worker = workers.create();
            started[t] = new Thread(() -> {
                try {
                    work(worker, next, done, n, blockSize, null, phase);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    next.set(n);
                }
            }, "uplift-copurchase-" + THREAD_NUMBER.incrementAndGet());
            started[t].setDaemon(true);
            started[t].start();
        }
        try {
            work(workers.create(), next, done, n, blockSize, progress, phase);
        } catch (RuntimeException | Error e) {
            next.set(n);
            joinAll(started);
            throw e;
        }
        joinAll(started);
        Throwable e = failure.get();
        if (e instanceof RuntimeException) {
            throw (RuntimeException) e;
        }
        if (e instanceof Error) {
            throw (Error) e;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
        // only the calling thread reports while working, and a helper may do the last block: end each phase with a
        // report of its own, so a listener always sees every phase complete
        if (progress != null) {
            progress.onProgress(phase, n, n);
        }
    }

    private static void work(Worker worker, AtomicInteger next, AtomicLong done, int n, int blockSize,
            RebuildProgress progress, RebuildProgress.Phase phase) {
        long reportEvery = Math.max(blockSize, n / 100);
        long reported = 0;
        while (true) {
            int from = next.getAndAdd(blockSize);
            if (from >= n) {
                return;
            }
            int to = Math.min(n, from + blockSize);
            worker.run(from, to);
            long d = done.addAndGet(to - from);
            if (progress != null && d - reported >= reportEvery) {
                reported = d;
                progress.onProgress(phase, d, n);
            }
        }
    }

    private static void joinAll(Thread[] threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    // the helpers stop after their current block; keep the interrupt for the caller
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
