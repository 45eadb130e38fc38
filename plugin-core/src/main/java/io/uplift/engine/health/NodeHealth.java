package io.uplift.engine.health;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one storefront node (or admin application, see {@link #ADMIN_PREFIX}) last reported about itself, read for the
 * admin: its failures by kind, events and exposures
 * written and lost, and its render cache's hit rate, all since the node started. A node is <em>silent</em> when its
 * last report is older than {@code silentAfter} (it stopped, or it cannot write to the database).
 */
public final class NodeHealth {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /**
     * How an admin application's node name starts ({@code admin 1234@host/ab12cd34}): it reports its own failures
     * (parts of admin pages that failed, a rebuild started there), and has no events, exposures or render cache.
     */
    public static final String ADMIN_PREFIX = "admin ";
    /** Prefix of a failure kind's counter: {@code failures.<kind>}. */
    public static final String FAILURES = "failures.";
    /** Reports the node has written (the reporter's own counter). */
    public static final String REPORTS = "node.reports";
    public static final String EVENTS_WRITTEN = "events.written";
    public static final String EVENTS_LOST = "events.lost";
    public static final String EXPOSURES_WRITTEN = "exposures.written";
    public static final String EXPOSURES_DROPPED = "exposures.dropped";
    public static final String CACHE_HITS = "renderCache.hits";
    public static final String CACHE_MISSES = "renderCache.misses";
    public static final String CACHE_UNCACHEABLE = "renderCache.uncacheable";
    public static final String CACHE_ENTRIES = "renderCache.entries";
    /** CPU time the request threads spent in Uplift's slot tags, in nanoseconds. */
    public static final String SLOT_CPU_NANOS = "slots.cpuNanos";
    /** Slot tags measured. */
    public static final String SLOT_TAGS = "slots.tags";
    /** Pages (requests) that ran at least one measured slot tag. */
    public static final String SLOT_PAGES = "slots.pages";

    /** One failure kind and how often it happened. */
    public static final class Failure {
        private final String kind;
        private final long count;

        Failure(String kind, long count) {
            this.kind = kind;
            this.count = count;
        }

        public String getKind() {
            return kind;
        }

        public long getCount() {
            return count;
        }
    }

    private final String node;
    private final Instant startedAt;
    private final Instant reportedAt;
    private final boolean silent;
    private final long reportAgeSeconds;
    private final List<Failure> failures;
    private final long failureTotal;
    private final Map<String, Long> counters;

    private NodeHealth(String node, Instant startedAt, Instant reportedAt, boolean silent, long reportAgeSeconds,
            List<Failure> failures, long failureTotal, Map<String, Long> counters) {
        this.node = node;
        this.startedAt = startedAt;
        this.reportedAt = reportedAt;
        this.silent = silent;
        this.reportAgeSeconds = reportAgeSeconds;
        this.failures = failures;
        this.failureTotal = failureTotal;
        this.counters = counters;
    }

    /**
     * @param counters    the node's counters by name (negative values, which no counter has, are read as 0)
     * @param now         the time of reading
     * @param silentAfter how old the last report may be before the node counts as silent
     */
    public static NodeHealth of(String node, Instant startedAt, Instant reportedAt, Map<String, Long> counters,
            Instant now, Duration silentAfter) {
        if (node == null || startedAt == null || reportedAt == null || counters == null) {
            throw new IllegalArgumentException("a node report needs its node, start, report time and counters: " + node);
        }
        List<Failure> failures = new ArrayList<Failure>();
        long total = 0;
        for (Map.Entry<String, Long> e : counters.entrySet()) {
            if (e.getKey().startsWith(FAILURES) && e.getKey().length() > FAILURES.length()) {
                long n = Math.max(0, e.getValue());
                if (n > 0) {
                    failures.add(new Failure(e.getKey().substring(FAILURES.length()), n));
                    total += n;
                }
            }
        }
        failures.sort((a, b) -> a.count != b.count ? Long.compare(b.count, a.count) : a.kind.compareTo(b.kind));
        Duration age = Duration.between(reportedAt, now);
        boolean silent = age.compareTo(silentAfter) > 0;
        return new NodeHealth(node, startedAt, reportedAt, silent, Math.max(0, age.getSeconds()),
                Collections.unmodifiableList(failures), total, counters);
    }

    private long counter(String name) {
        Long v = counters.get(name);
        return v == null ? 0 : Math.max(0, v);
    }

    public String getNode() {
        return node;
    }

    /** The node is an admin application's ({@link #ADMIN_PREFIX}), not a storefront's. */
    public boolean isAdmin() {
        return node.startsWith(ADMIN_PREFIX);
    }

    /** {@code storefront} or {@code admin}. */
    public String getRole() {
        return isAdmin() ? "admin" : "storefront";
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    /** The start as {@code 2026-11-30 23:05 UTC}. */
    public String getStartedText() {
        return MINUTE.format(startedAt);
    }

    /** How long ago the last report was written, e.g. {@code 12 s ago}, {@code 5 min ago}, {@code 3 h ago}. */
    public String getReportAge() {
        long s = reportAgeSeconds;
        if (s < 120) {
            return s + " s ago";
        }
        if (s < 2 * 3600) {
            return s / 60 + " min ago";
        }
        if (s < 2 * 86400) {
            return s / 3600 + " h ago";
        }
        return s / 86400 + " days ago";
    }

    /** The last report is older than the silence limit. */
    public boolean isSilent() {
        return silent;
    }

    /** Failure kinds with their counts, most frequent first. */
    public List<Failure> getFailures() {
        return failures;
    }

    public long getFailureTotal() {
        return failureTotal;
    }

    public long getEventsWritten() {
        return counter(EVENTS_WRITTEN);
    }

    /** Events lost to a full buffer or a failed write. */
    public long getEventsLost() {
        return counter(EVENTS_LOST);
    }

    public long getExposuresWritten() {
        return counter(EXPOSURES_WRITTEN);
    }

    /** Experiment exposures not recorded because the waiting queue was full (the arm sizes miss them). */
    public long getExposuresDropped() {
        return counter(EXPOSURES_DROPPED);
    }

    public long getRenderCacheHits() {
        return counter(CACHE_HITS);
    }

    public long getRenderCacheMisses() {
        return counter(CACHE_MISSES);
    }

    public long getRenderCacheUncacheable() {
        return counter(CACHE_UNCACHEABLE);
    }

    public long getRenderCacheEntries() {
        return counter(CACHE_ENTRIES);
    }

    /** Hits per lookup as a percentage with one decimal, or {@code -} before the first lookup. */
    public String getRenderCacheHitRate() {
        long lookups = getRenderCacheHits() + getRenderCacheMisses();
        return lookups == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * getRenderCacheHits() / lookups);
    }

    /**
     * Uplift's own CPU time per page on this node since it started (the slot tags, measured in them), e.g.
     * {@code 0.41 ms}; {@code -} before the first measured page or where the JVM has no thread CPU clock.
     */
    public String getSlotCpuPerPage() {
        long pages = counter(SLOT_PAGES);
        return pages == 0 ? "-" : String.format(Locale.ROOT, "%.2f ms", counter(SLOT_CPU_NANOS) / 1e6 / pages);
    }

    /** The status in words for the admin. */
    public String getStatusText() {
        switch (getStatus()) {
            case "silent":
                return "not reporting";
            case "losing":
                return "losing data";
            case "failures":
                return "failures (recovered)";
            default:
                return "OK";
        }
    }

    /** {@code silent}, {@code losing} (events or exposures lost), {@code failures} or {@code ok}, worst first. */
    public String getStatus() {
        if (silent) {
            return "silent";
        }
        if (getEventsLost() > 0 || getExposuresDropped() > 0) {
            return "losing";
        }
        return failureTotal > 0 ? "failures" : "ok";
    }
}
