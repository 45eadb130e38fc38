package io.uplift.slot;

import io.uplift.engine.FailureSink;
import io.uplift.engine.health.HealthCounters;
import io.uplift.engine.health.NodeHealth;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one failure policy of every widget: a failure is counted, logged once per kind with its context (later
 * repeats of the same kind go to DEBUG so a broken widget cannot flood the log), and the page goes on without
 * the widget. Thread-safe.
 */
public class WidgetFailures implements FailureSink, HealthCounters {

    private static final Log LOG = LogFactory.getLog(WidgetFailures.class);

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<String, AtomicLong>();

    /**
     * Records one failure.
     *
     * @param kind    a stable key for the kind of failure, e.g. {@code render:product:RELATED_PRODUCTS}
     * @param context what was being done, for the log line (slot, product, template)
     * @param cause   the exception, or {@code null} for a rejected value
     */
    @Override
    public void record(String kind, String context, Throwable cause) {
        AtomicLong count = counts.get(kind);
        if (count == null) {
            AtomicLong fresh = new AtomicLong();
            AtomicLong prior = ((ConcurrentHashMap<String, AtomicLong>) counts).putIfAbsent(kind, fresh);
            count = prior == null ? fresh : prior;
        }
        long n = count.incrementAndGet();
        String message = "Uplift failure [" + kind + "] " + context
                + (cause == null ? "" : ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
        if (n == 1) {
            if (cause == null) {
                LOG.warn(message + " (carried on without it; further failures of this kind are logged at DEBUG)");
            } else {
                LOG.warn(message + " (carried on without it; further failures of this kind are logged at DEBUG)",
                        cause);
            }
        } else if (LOG.isDebugEnabled()) {
            LOG.debug(message + " (#" + n + ")");
        }
    }

    /** Failures so far per kind, sorted by kind. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<String, Long>();
        for (Map.Entry<String, AtomicLong> e : counts.entrySet()) {
            copy.put(e.getKey(), e.getValue().get());
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Each kind's count as {@code failures.<kind>} (the storefront health report). */
    @Override
    public void addCounters(Map<String, Long> into) {
        for (Map.Entry<String, AtomicLong> e : counts.entrySet()) {
            into.put(NodeHealth.FAILURES + e.getKey(), e.getValue().get());
        }
    }

    /** Failures so far of one kind. */
    public long count(String kind) {
        AtomicLong c = counts.get(kind);
        return c == null ? 0 : c.get();
    }

    /** Failures so far of every kind. */
    public long total() {
        long sum = 0;
        for (AtomicLong c : counts.values()) {
            sum += c.get();
        }
        return sum;
    }
}
