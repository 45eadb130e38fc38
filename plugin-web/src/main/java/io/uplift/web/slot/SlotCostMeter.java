package io.uplift.web.slot;

import io.uplift.engine.health.HealthCounters;
import io.uplift.engine.health.NodeHealth;
import io.uplift.web.page.UpliftPage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import javax.servlet.ServletRequest;

/**
 * What Uplift's slot tags cost this node's pages in CPU time: the request thread's CPU time spent inside the tags
 * (the shopper's context, building the views, the render cache, rendering on a miss, the page's events), summed, with
 * the number of tags and of pages that ran at least one. Reported with the node's health (README, "Storefront
 * health"), so a shop owner can read the plugin's own cost per page in the admin, and the load test can tell the
 * plugin's share of a page from the rest of the page's cost in the same requests.
 *
 * <p>The clock is the thread's CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime()}), so time the thread spent
 * waiting for a core on a busy machine does not count. Where the JVM cannot give it, nothing is counted and the
 * admin shows "-". Reading it is a system call (the thread CPU clocks have no fast path), twice per tag: in the load
 * test's profile the meter itself was 8 % of the tags' CPU. So only one page in {@code every}
 * ({@code uplift.storefront.costMeterEvery}, default 8) is timed, every tag of it, and its time counts {@code every}
 * times; tags and pages are all counted. The CPU time per page is then an estimate from every eighth page, which
 * over the thousands of pages of a report interval is as good as timing all of them.</p>
 */
public class SlotCostMeter implements HealthCounters {

    /** {@link #start} when the clock is not available. */
    public static final long OFF = Long.MIN_VALUE;
    /** {@link #start} for a tag of a page that is counted but not timed. */
    static final long SKIPPED = Long.MIN_VALUE + 1;
    /** One page in this many is timed by default. */
    public static final int DEFAULT_EVERY = 8;

    private final LongSupplier clock;
    private final int every;
    private final AtomicLong seen = new AtomicLong();
    private final LongAdder nanos = new LongAdder();
    private final LongAdder tags = new LongAdder();
    private final LongAdder pages = new LongAdder();

    /** Times one page in {@value #DEFAULT_EVERY} with the JVM's thread CPU clock (nothing without one). */
    public SlotCostMeter() {
        this(DEFAULT_EVERY);
    }

    /** Times one page in {@code every} with the JVM's thread CPU clock, or counts nothing without one. */
    public SlotCostMeter(int every) {
        this(threadCpuClock(), every);
    }

    /**
     * @param clock the current thread's CPU time in nanoseconds, or null for none (nothing is counted)
     * @param every one page in this many is timed (1: every page), 1 to 1000
     */
    SlotCostMeter(LongSupplier clock, int every) {
        if (every < 1 || every > 1000) {
            throw new IllegalArgumentException("uplift.storefront.costMeterEvery must be 1 (every page) to 1000: '"
                    + every + "'");
        }
        this.clock = clock;
        this.every = every;
    }

    /** One page in this many is timed. */
    public int getEvery() {
        return every;
    }

    private static LongSupplier threadCpuClock() {
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try {
            if (!threads.isCurrentThreadCpuTimeSupported()) {
                return null;
            }
            if (!threads.isThreadCpuTimeEnabled()) {
                threads.setThreadCpuTimeEnabled(true);
            }
        } catch (UnsupportedOperationException | SecurityException e) {
            return null;
        }
        return threads::getCurrentThreadCpuTime;
    }

    /** True when tags are measured (the JVM has a thread CPU clock). */
    public boolean isEnabled() {
        return clock != null;
    }

    /**
     * Starts a tag of {@code page}: the current thread's CPU time, to hand to {@link #stop}, when the page is timed;
     * {@link #OFF} when nothing is measured. The page's first tag decides whether it is timed (kept in its
     * {@link UpliftPage}): one page in {@link #getEvery()}, in the order pages start.
     */
    public long start(ServletRequest page) {
        if (clock == null || page == null) {
            return OFF;
        }
        if (every > 1) {
            UpliftPage p = UpliftPage.of(page);
            Boolean timed = p.getCostMeasured();
            if (timed == null) {
                timed = seen.getAndIncrement() % every == 0;
                p.setCostMeasured(timed);
            }
            if (!timed) {
                return SKIPPED;
            }
        }
        long now = clock.getAsLong();
        return now < 0 ? OFF : now;
    }

    /**
     * Counts one tag of {@code page} that started at {@code start} (from {@link #start}), its CPU time {@code every}
     * times when the page is timed, and the page when this is its first tag counted (the page is marked in its
     * {@link UpliftPage}).
     */
    public void stop(long start, ServletRequest page) {
        if (start == OFF || page == null) {
            return;
        }
        if (start != SKIPPED) {
            long now = clock.getAsLong();
            if (now < start) {
                return; // the clock failed (-1) or went back: nothing sensible to count
            }
            nanos.add((now - start) * every);
        }
        tags.increment();
        if (UpliftPage.of(page).countCost()) {
            pages.increment();
        }
    }

    public long getNanos() {
        return nanos.sum();
    }

    public long getTags() {
        return tags.sum();
    }

    public long getPages() {
        return pages.sum();
    }

    @Override
    public void addCounters(Map<String, Long> into) {
        into.put(NodeHealth.SLOT_CPU_NANOS, getNanos());
        into.put(NodeHealth.SLOT_TAGS, getTags());
        into.put(NodeHealth.SLOT_PAGES, getPages());
    }
}
