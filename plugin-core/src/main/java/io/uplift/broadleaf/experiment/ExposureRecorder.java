package io.uplift.broadleaf.experiment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;

import io.uplift.broadleaf.event.JdbcEventStore;
import io.uplift.engine.FailureSink;
import io.uplift.engine.experiment.VisitorArm;
import io.uplift.engine.health.HealthCounters;
import io.uplift.engine.health.NodeHealth;
import io.uplift.engine.learn.PeriodicTask;

/**
 * Records which visitors an experiment reached and in which arm ({@code UPLIFT_EXPERIMENT_VISITOR}), without I/O on the
 * request thread: a render {@link #record offers} the exposure to a bounded map; a background writer inserts the new
 * ones every {@code writeMillis}. A visitor is written once per experiment: the table's key refuses a second row (a
 * second node, a restart) and a bounded in-memory set of written keys skips the database for returning visitors. A
 * failed write is counted ({@value #WRITE_FAILURE}) and retried at the next turn (the waiting exposures are kept, at
 * most {@code capacity}); {@link #stop()} writes what is waiting.
 */
public class ExposureRecorder implements HealthCounters {

    public static final String WRITE_FAILURE = "experiments:exposure";
    static final String INSERT = "INSERT INTO UPLIFT_EXPERIMENT_VISITOR (EXPOSURE_KEY, EXPERIMENT_ID, CUSTOMER_ID, ARM,"
            + " FIRST_SEEN) VALUES (?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final FailureSink failures;
    private final int capacity;
    private final Map<String, Pending> waiting = new ConcurrentHashMap<String, Pending>();
    private final Cache<String, Boolean> written;
    private final AtomicLong inserted = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final PeriodicTask writer;
    private final Object writeLock = new Object();

    public ExposureRecorder(DataSource dataSource, FailureSink failures, int capacity, long writeMillis) {
        if (capacity < 1) {
            throw new IllegalArgumentException("exposures waiting must be at least 1: " + capacity);
        }
        this.dataSource = dataSource;
        this.failures = failures;
        this.capacity = capacity;
        this.written = CacheBuilder.newBuilder().maximumSize(Math.max(1000, capacity * 10L)).build();
        this.writer = new PeriodicTask("uplift-exposure-writer", writeMillis, new PeriodicTask.Task() {
            @Override
            public void run() {
                flush();
            }

            @Override
            public void failed(Throwable e) {
                ExposureRecorder.this.failures.record(WRITE_FAILURE, "the exposure writer", e);
            }
        });
    }

    public void start() {
        writer.start(0);
    }

    public void stop() {
        writer.stop();
        flush();
    }

    /** Queues the exposure of a customer to an arm (request thread: never blocks, never throws for storage). */
    public void record(VisitorArm arm, long customerId, Instant at) {
        String key = key(arm.getExperimentId(), customerId);
        if (written.getIfPresent(key) != null || waiting.containsKey(key)) {
            return;
        }
        if (waiting.size() >= capacity) {
            dropped.incrementAndGet();
            return;
        }
        waiting.putIfAbsent(key, new Pending(arm, customerId, at));
    }

    static String key(String experimentId, long customerId) {
        return experimentId + ":" + customerId;
    }

    /** Writes what is waiting now (the writer's turn; shutdown; tests). Failures are counted, rows kept. */
    public void flush() {
        synchronized (writeLock) {
            if (waiting.isEmpty()) {
                return;
            }
            List<Map.Entry<String, Pending>> batch = new ArrayList<Map.Entry<String, Pending>>(waiting.entrySet());
            try (Connection c = dataSource.getConnection()) {
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(true); // one row, one transaction: a refused duplicate leaves the others alone
                try {
                    insert(c, batch);
                } finally {
                    c.setAutoCommit(auto);
                }
            } catch (SQLException e) {
                failures.record(WRITE_FAILURE, waiting.size() + " exposures waiting for UPLIFT_EXPERIMENT_VISITOR", e);
            }
        }
    }

    private void insert(Connection c, List<Map.Entry<String, Pending>> batch) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            for (Map.Entry<String, Pending> e : batch) {
                Pending p = e.getValue();
                s.setString(1, e.getKey());
                s.setString(2, p.arm.getExperimentId());
                s.setLong(3, p.customerId);
                s.setString(4, p.arm.getArm());
                s.setTimestamp(5, Timestamp.from(p.at));
                try {
                    inserted.addAndGet(s.executeUpdate());
                } catch (SQLException ex) {
                    if (!JdbcEventStore.isDuplicate(ex)) {
                        throw ex;
                    }
                }
                written.put(e.getKey(), Boolean.TRUE);
                waiting.remove(e.getKey());
            }
        }
    }

    /** Rows inserted since start (not counting duplicates). */
    public long getInserted() {
        return inserted.get();
    }

    /** Exposures not queued because the waiting map was full. */
    public long getDropped() {
        return dropped.get();
    }

    @Override
    public void addCounters(Map<String, Long> into) {
        into.put(NodeHealth.EXPOSURES_WRITTEN, inserted.get());
        into.put(NodeHealth.EXPOSURES_DROPPED, dropped.get());
    }

    private static final class Pending {
        final VisitorArm arm;
        final long customerId;
        final Instant at;

        Pending(VisitorArm arm, long customerId, Instant at) {
            this.arm = arm;
            this.customerId = customerId;
            this.at = at;
        }
    }
}
