package io.uplift.broadleaf.event;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.uplift.engine.FailureSink;
import io.uplift.engine.event.BotDetector;
import io.uplift.engine.event.Event;
import io.uplift.engine.event.EventBuffer;
import io.uplift.engine.event.EventType;
import io.uplift.engine.event.ImpressionTally;
import io.uplift.engine.event.SuggestionType;
import io.uplift.engine.event.Today;
import io.uplift.engine.health.HealthCounters;
import io.uplift.engine.health.NodeHealth;
import io.uplift.engine.learn.PeriodicTask;

/**
 * Records events without slowing the page: the request thread only {@link #record offers} them to the engine's
 * {@link EventBuffer} (bounded, never blocks, drops the oldest when full); a background writer drains it every
 * {@code writeMillis} in batches into {@link JdbcEventStore} (duplicates skipped by the unique key). A failed write
 * is counted once per failed batch in the failure sink ({@value #WRITE_FAILURE}) and its events are lost (the page
 * never sees it); the next batches are written as soon as the table works again. {@link #stop()} (Spring's destroy
 * method, i.e. an orderly shutdown) writes everything still waiting; events in memory at a crash are lost, at most
 * the buffer's capacity. A daily purge deletes events older than {@code retentionDays}.
 * <p>
 * Purchases carry an order id and the line's revenue next to the engine event; they wait in a side map keyed by the
 * event's idempotency key until written (bounded like the buffer).
 * <p>
 * Rendered impressions ({@link #recordRendered}) are not events in the buffer: the page increments a counter per day,
 * widget and arm ({@link ImpressionTally}) and the same writer adds the counts to this node's rows of
 * {@code UPLIFT_IMPRESSION_COUNT} on each turn (a few rows per turn instead of one row per widget and page). They
 * count as written and lost like the events.
 */
public class EventRecorder implements HealthCounters {

    public static final String WRITE_FAILURE = "events:write";
    public static final String PURGE_FAILURE = "events:purge";
    private static final long DAY_MILLIS = 24L * 3600 * 1000;

    private final EventBuffer buffer;
    private final JdbcEventStore store;
    private final FailureSink failures;
    private final BotDetector bots;
    private final int retentionDays;
    private final Map<String, StoredEvent> purchases = new ConcurrentHashMap<String, StoredEvent>();
    private final int capacity;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private final PeriodicTask writer;
    private final PeriodicTask purger;
    private final Object writeLock = new Object();
    private final ImpressionTally rendered = new ImpressionTally(MAX_RENDERED_KEYS);
    /** The day a rendered impression counts for, in the store's zone. */
    private final Today today;
    private final AtomicLong renderedLost = new AtomicLong();
    /** The JVM's node name cut to the column, as the health report cuts it (a long host name must not fail writes). */
    private volatile String node = io.uplift.broadleaf.learn.NodeId.fit(io.uplift.broadleaf.learn.NodeId.get(),
            JdbcEventStore.NODE_LENGTH);

    /** The most (day, widget, arm) counts held in memory between two writes. */
    static final int MAX_RENDERED_KEYS = 10000;

    /**
     * @param capacity      events waiting in memory at most (the most a crash can lose)
     * @param flushSize     events per batch insert
     * @param writeMillis   how often the writer looks, and the longest an event waits before it is written
     * @param retentionDays events of days older than this many days are deleted (daily); 0 keeps them forever
     */
    public EventRecorder(JdbcEventStore store, FailureSink failures, BotDetector bots, int capacity, int flushSize,
            long writeMillis, int retentionDays) {
        if (retentionDays < 0) {
            throw new IllegalArgumentException("event retention must be 0 (keep) or more days: " + retentionDays);
        }
        if (writeMillis < 1) {
            throw new IllegalArgumentException("event write interval must be positive: " + writeMillis);
        }
        this.buffer = new EventBuffer(capacity, flushSize, Duration.ofMillis(writeMillis),
                EventBuffer.Overflow.DROP_OLDEST, System::nanoTime);
        this.capacity = capacity;
        this.store = store;
        this.today = Today.in(store.getZone());
        this.failures = failures;
        this.bots = bots;
        this.retentionDays = retentionDays;
        this.writer = new PeriodicTask("uplift-event-writer", writeMillis, new PeriodicTask.Task() {
            @Override
            public void run() {
                // one batch per turn of the lock, so a flush waits for a batch being written
                boolean more = true;
                while (more) {
                    more = writeDue();
                }
                writeRendered();
            }

            @Override
            public void failed(Throwable e) {
                EventRecorder.this.failures.record(WRITE_FAILURE, "the event writer", e);
            }
        });
        this.purger = new PeriodicTask("uplift-event-purge", DAY_MILLIS, new PeriodicTask.Task() {
            @Override
            public void run() {
                purge();
            }

            @Override
            public void failed(Throwable e) {
                EventRecorder.this.failures.record(PURGE_FAILURE, "deleting events older than " + retentionDays
                        + " days", e);
            }
        });
    }

    /** Makes the table's unique key if missing (recorded as {@value #WRITE_FAILURE} when it cannot), then starts. */
    public void start() {
        try {
            store.ensureUniqueKey();
        } catch (Exception e) {
            failures.record(WRITE_FAILURE, "making the unique key of UPLIFT_EVENT (duplicates cannot be told apart)", e);
        }
        writer.start(0);
        if (retentionDays > 0) {
            purger.start(60000);
        }
    }

    /** Stops the background tasks and writes what is still waiting (an orderly shutdown loses nothing). */
    public void stop() {
        writer.stop();
        purger.stop();
        flush();
    }

    /**
     * This node's name in {@code UPLIFT_IMPRESSION_COUNT} (default: the JVM's {@code NodeId}, cut to the column's
     * length); each node adds only to its own rows.
     */
    public void setNode(String node) {
        if (node == null || node.trim().isEmpty() || node.length() > JdbcEventStore.NODE_LENGTH) {
            throw new IllegalArgumentException("the event writer's node name must be 1-" + JdbcEventStore.NODE_LENGTH
                    + " characters: '" + node + "'");
        }
        this.node = node;
    }

    /**
     * Counts a widget rendered into a page (request thread: a map lookup and an increment, never blocks).
     *
     * @param experimentId null outside an experiment, else with its {@code variant}
     */
    public void recordRendered(long widgetId, String widgetType, String slot, String experimentId, String variant) {
        rendered.add(new ImpressionTally.Key(today.get(), widgetId, widgetType, slot, experimentId,
                variant));
    }

    /** Queues an event (request thread: never blocks, never throws for storage reasons). */
    public void record(Event event) {
        buffer.offer(event);
    }

    /** Queues a purchase of an attributed line: the order and the line's revenue go with it. */
    public void recordPurchase(Event event, long orderId, BigDecimal amount) {
        if (event.getType() != EventType.PURCHASE) {
            throw new IllegalArgumentException("not a purchase: " + event);
        }
        if (purchases.size() < capacity) {
            purchases.put(event.idempotencyKey(), new StoredEvent(event, orderId, amount));
        }
        buffer.offer(event);
    }

    /** Whether this User-Agent is a bot's (its events are not recorded). */
    public boolean isBot(String userAgent) {
        return bots.isBot(userAgent);
    }

    /**
     * Writes everything waiting now, on the caller's thread (shutdown; tests); when it returns, every event recorded
     * before the call is stored (or counted as lost), including a batch the writer was writing.
     */
    public void flush() {
        synchronized (writeLock) {
            List<Event> all = buffer.drainAll();
            for (int i = 0; i < all.size(); i += 500) {
                write(all.subList(i, Math.min(all.size(), i + 500)));
            }
            writeRenderedLocked();
        }
    }

    /** Adds the rendered impressions counted since the last turn to this node's rows. */
    private void writeRendered() {
        synchronized (writeLock) {
            writeRenderedLocked();
        }
    }

    private void writeRenderedLocked() {
        List<ImpressionTally.Count> counts = rendered.drain(LocalDate.now(store.getZone()));
        if (counts.isEmpty()) {
            return;
        }
        List<ImpressionTally.Count> valid = new ArrayList<ImpressionTally.Count>(counts.size());
        long total = 0;
        for (ImpressionTally.Count c : counts) {
            try {
                SuggestionType.forWidget(c.getKey().getWidgetType());
                valid.add(c);
                total += c.getCount();
            } catch (IllegalArgumentException e) {
                renderedLost.addAndGet(c.getCount());
                failures.record(WRITE_FAILURE, "rendered impressions of " + c.getKey(), e);
            }
        }
        if (valid.isEmpty()) {
            return;
        }
        try {
            store.writeRendered(node, valid);
            written.addAndGet(total);
        } catch (Exception e) {
            renderedLost.addAndGet(total);
            failures.record(WRITE_FAILURE, "adding " + total + " rendered impressions of " + valid.size()
                    + " widgets and days to UPLIFT_IMPRESSION_COUNT (lost)", e);
        }
    }

    /** Writes one due batch; false when none was due. */
    private boolean writeDue() {
        synchronized (writeLock) {
            List<Event> batch = buffer.drainIfDue();
            if (batch.isEmpty()) {
                return false;
            }
            write(batch);
            return true;
        }
    }

    /** Stores a batch; the caller holds the write lock. */
    private void write(List<Event> batch) {
        List<StoredEvent> rows = new ArrayList<StoredEvent>(batch.size());
        for (Event e : batch) {
            StoredEvent p = e.getType() == EventType.PURCHASE ? purchases.remove(e.idempotencyKey()) : null;
            rows.add(p != null ? p : new StoredEvent(e, null, null));
        }
        try {
            written.addAndGet(store.write(rows));
        } catch (Exception e) {
            lost.addAndGet(rows.size());
            failures.record(WRITE_FAILURE, "writing " + rows.size() + " events (lost)", e);
        }
    }

    /** Deletes the events older than the retention; returns how many. */
    public int purge() {
        if (retentionDays == 0) {
            return 0;
        }
        try {
            return store.purgeBefore(LocalDate.now(store.getZone()).minusDays(retentionDays));
        } catch (Exception e) {
            failures.record(PURGE_FAILURE, "deleting events older than " + retentionDays + " days", e);
            return 0;
        }
    }

    /** Rows inserted since start (duplicates not counted), plus the rendered impressions added to the counts. */
    public long written() {
        return written.get();
    }

    /** Events lost: to a failed write, or dropped by a full buffer; rendered impressions likewise. */
    public long lost() {
        return lost.get() + buffer.dropped() + renderedLost.get() + rendered.dropped();
    }

    public int waiting() {
        return buffer.size();
    }

    @Override
    public void addCounters(Map<String, Long> into) {
        into.put(NodeHealth.EVENTS_WRITTEN, written());
        into.put(NodeHealth.EVENTS_LOST, lost());
    }
}
