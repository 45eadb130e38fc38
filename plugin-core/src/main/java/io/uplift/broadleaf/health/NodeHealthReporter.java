package io.uplift.broadleaf.health;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import io.uplift.engine.FailureSink;
import io.uplift.engine.health.HealthCounters;
import io.uplift.engine.health.NodeHealth;
import io.uplift.engine.learn.PeriodicTask;

/**
 * Writes this storefront node's counters ({@link HealthCounters}: failures by kind, events and exposures written or
 * lost, render cache hits) to {@code UPLIFT_NODE_HEALTH} every {@code reportSeconds}, so the admin, which runs in
 * another application and often on another machine, can show them (README, "Storefront health"). A report replaces
 * the node's rows in one transaction and deletes the rows of nodes silent for more than {@code keepDays}. A failed
 * report is counted ({@value #REPORT_FAILURE}) and the next turn tries again; the counters themselves live in memory
 * and are never lost to it. {@link #stop()} writes a last report.
 */
public class NodeHealthReporter {

    public static final String REPORT_FAILURE = "health:report";
    static final int NODE_LENGTH = 120;
    static final int COUNTER_LENGTH = 160;
    static final String DELETE_NODE = "DELETE FROM UPLIFT_NODE_HEALTH WHERE NODE_ID = ?";
    static final String DELETE_GONE = "DELETE FROM UPLIFT_NODE_HEALTH WHERE REPORTED_AT < ?";
    static final String INSERT = "INSERT INTO UPLIFT_NODE_HEALTH (HEALTH_KEY, NODE_ID, COUNTER_NAME, COUNTER_VALUE,"
            + " STARTED_AT, REPORTED_AT) VALUES (?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final FailureSink failures;
    private final List<HealthCounters> sources;
    private final String node;
    private final Duration keep;
    private final Clock clock;
    private final Instant startedAt;
    private final PeriodicTask task;
    private final Object reportLock = new Object();
    private long reports;

    /**
     * @param node          this node's name (truncated to {@value #NODE_LENGTH} characters)
     * @param reportSeconds how often the node reports, 5 to 3600
     * @param keepDays      rows of nodes that have not reported for this many days are deleted, 1 to 365
     */
    public NodeHealthReporter(DataSource dataSource, FailureSink failures, List<HealthCounters> sources, String node,
            int reportSeconds, int keepDays) {
        this(dataSource, failures, sources, node, reportSeconds, keepDays, Clock.systemUTC());
    }

    NodeHealthReporter(DataSource dataSource, FailureSink failures, List<HealthCounters> sources, String node,
            int reportSeconds, int keepDays, Clock clock) {
        if (reportSeconds < 5 || reportSeconds > 3600) {
            throw new IllegalArgumentException("uplift.health.reportSeconds must be from 5 to 3600: '" + reportSeconds
                    + "'");
        }
        if (keepDays < 1 || keepDays > 365) {
            throw new IllegalArgumentException("uplift.health.keepDays must be from 1 to 365: '" + keepDays + "'");
        }
        if (node == null || node.trim().isEmpty()) {
            throw new IllegalArgumentException("a node name is needed for the health report: '" + node + "'");
        }
        this.dataSource = dataSource;
        this.failures = failures;
        this.sources = sources;
        this.node = io.uplift.broadleaf.learn.NodeId.fit(node, NODE_LENGTH);
        this.keep = Duration.ofDays(keepDays);
        this.clock = clock;
        this.startedAt = clock.instant();
        this.task = new PeriodicTask("uplift-health-reporter", reportSeconds * 1000L, new PeriodicTask.Task() {
            @Override
            public void run() {
                report();
            }

            @Override
            public void failed(Throwable e) {
                NodeHealthReporter.this.failures.record(REPORT_FAILURE, "the health reporter of " + NodeHealthReporter.this.node, e);
            }
        });
    }

    public void start() {
        task.start(Math.min(task.getPeriodMillis(), 5000));
    }

    public void stop() {
        task.stop();
        report();
    }

    public String getNode() {
        return node;
    }

    /** The counters of every source now, by name (a source that throws is counted and left out). */
    public Map<String, Long> counters() {
        Map<String, Long> all = new TreeMap<String, Long>();
        for (HealthCounters source : sources) {
            try {
                source.addCounters(all);
            } catch (RuntimeException e) {
                failures.record(REPORT_FAILURE, "the counters of " + source.getClass().getSimpleName(), e);
            }
        }
        return all;
    }

    /** Writes a report now (the reporter's turn; shutdown; tests). Returns whether it was written. */
    public boolean report() {
        Map<String, Long> counters = counters();
        Instant now = clock.instant();
        synchronized (reportLock) {
            // always one row at least, so that a node without any counter still shows as reporting
            counters.put(NodeHealth.REPORTS, reports + 1);
            try (Connection c = dataSource.getConnection()) {
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    write(c, counters, now);
                    c.commit();
                    reports++;
                    return true;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(auto);
                }
            } catch (SQLException | RuntimeException e) {
                failures.record(REPORT_FAILURE, "the health report of " + node + " to UPLIFT_NODE_HEALTH", e);
                return false;
            }
        }
    }

    private void write(Connection c, Map<String, Long> counters, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(DELETE_NODE)) {
            s.setString(1, node);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(DELETE_GONE)) {
            s.setTimestamp(1, Timestamp.from(now.minus(keep)));
            s.executeUpdate();
        }
        Map<String, Long> rows = new TreeMap<String, Long>();
        for (Map.Entry<String, Long> e : counters.entrySet()) {
            String name = e.getKey().length() > COUNTER_LENGTH ? e.getKey().substring(0, COUNTER_LENGTH) : e.getKey();
            Long v = e.getValue();
            rows.merge(name, v == null ? 0L : v, Long::sum);
        }
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            for (Map.Entry<String, Long> e : rows.entrySet()) {
                s.setString(1, node + "|" + e.getKey());
                s.setString(2, node);
                s.setString(3, e.getKey());
                s.setLong(4, e.getValue());
                s.setTimestamp(5, Timestamp.from(startedAt));
                s.setTimestamp(6, Timestamp.from(now));
                s.addBatch();
            }
            if (!rows.isEmpty()) {
                s.executeBatch();
            }
        }
    }
}
