package io.uplift.web.slot;

import io.uplift.engine.health.HealthCounters;
import io.uplift.engine.health.NodeHealth;
import io.uplift.web.page.UpliftPage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
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
 * admin shows "-". Reading it costs well under a microsecond on Linux, twice per tag.</p>
 */
public class SlotCostMeter implements HealthCounters {

    /** {@link #start()} when the clock is not available. */
    public static final long OFF = Long.MIN_VALUE;

    private final LongSupplier clock;
    private final LongAdder nanos = new LongAdder();
    private final LongAdder tags = new LongAdder();
    private final LongAdder pages = new LongAdder();

    /** Measures with the JVM's thread CPU clock, or counts nothing when the JVM does not offer one. */
    public SlotCostMeter() {
        this(threadCpuClock());
    }

    /** @param clock the current thread's CPU time in nanoseconds, or null for none (nothing is counted) */
    SlotCostMeter(LongSupplier clock) {
        this.clock = clock;
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

    /** The current thread's CPU time, to hand to {@link #stop}; {@link #OFF} when nothing is measured. */
    public long start() {
        if (clock == null) {
            return OFF;
        }
        long now = clock.getAsLong();
        return now < 0 ? OFF : now;
    }

    /**
     * Counts one tag of {@code page} that started at {@code start} (from {@link #start()}), and the page when this is
     * its first tag counted (the page is marked in its {@link UpliftPage}).
     */
    public void stop(long start, ServletRequest page) {
        if (start == OFF || page == null) {
            return;
        }
        long now = clock.getAsLong();
        if (now < start) {
            return; // the clock failed (-1) or went back: nothing sensible to count
        }
        nanos.add(now - start);
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
