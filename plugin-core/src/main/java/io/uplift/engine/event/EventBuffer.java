package io.uplift.engine.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * The bounded queue between recording an event (on the request thread: {@link #offer(Event)} never blocks and never
 * writes) and the writer that stores events in batches (a background task calling {@link #drainIfDue()} every few
 * hundred milliseconds, and {@link #drainAll()} on shutdown).
 * <p>
 * Full queue: with {@link Overflow#DROP_OLDEST} the oldest waiting event is dropped to make room (the newest
 * behaviour is kept when storage is slow); with {@link Overflow#REJECT_NEWEST} the new event is refused. Either way
 * {@link #dropped()} counts the loss and the page is never slowed or broken.
 * <p>
 * Flush: {@link #drainIfDue()} hands out a batch of at most {@code flushSize} events when that many are waiting, or
 * when the oldest waiting one has waited {@code flushAfter} or longer; otherwise an empty list. Clock injected
 * (nanoseconds). Thread-safe without a lock: under a load test with 50 request threads on two cores, a synchronized
 * buffer kept about one request thread waiting at any time (JFR monitor events), because the thread holding the
 * lock was often taken off its core. Several drains at once are safe (each event goes to one of them).
 */
public final class EventBuffer {

    /** What a full buffer does with a new event. */
    public enum Overflow {
        DROP_OLDEST, REJECT_NEWEST
    }

    private final int capacity;
    private final int flushSize;
    private final long flushAfterNanos;
    private final Overflow overflow;
    private final LongSupplier nanoClock;
    /** Oldest first; lock-free, so a request thread never waits for another that the scheduler took off a core. */
    private final ConcurrentLinkedQueue<Entry> queue = new ConcurrentLinkedQueue<Entry>();
    /** Places taken: events in the queue plus offers adding theirs just now; never above the capacity. */
    private final AtomicInteger size = new AtomicInteger();
    private final LongAdder dropped = new LongAdder();

    /** @throws IllegalArgumentException quoting a bad setting */
    public EventBuffer(int capacity, int flushSize, Duration flushAfter, Overflow overflow, LongSupplier nanoClock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("buffer capacity must be at least 1: " + capacity);
        }
        if (flushSize < 1 || flushSize > capacity) {
            throw new IllegalArgumentException("flush size must be 1 to the capacity " + capacity + ": " + flushSize);
        }
        if (flushAfter == null || flushAfter.isNegative() || flushAfter.isZero()) {
            throw new IllegalArgumentException("flush interval must be positive: " + flushAfter);
        }
        if (overflow == null || nanoClock == null) {
            throw new IllegalArgumentException("overflow policy and clock are required: " + overflow);
        }
        this.capacity = capacity;
        this.flushSize = flushSize;
        this.flushAfterNanos = flushAfter.toNanos();
        this.overflow = overflow;
        this.nanoClock = nanoClock;
    }

    /** Queues the event; false when it was refused (full, {@link Overflow#REJECT_NEWEST}). Never blocks. */
    public boolean offer(Event event) {
        if (event == null) {
            throw new IllegalArgumentException("event must not be null");
        }
        Entry entry = new Entry(event, nanoClock.getAsLong());
        while (true) {
            int n = size.get();
            if (n < capacity) {
                if (size.compareAndSet(n, n + 1)) {
                    queue.add(entry);
                    return true;
                }
                continue;
            }
            if (overflow == Overflow.REJECT_NEWEST) {
                dropped.increment();
                return false;
            }
            if (queue.poll() != null) {
                // the oldest goes, the new one takes its place: the count stays
                dropped.increment();
                queue.add(entry);
                return true;
            }
            // full by count but nothing to take yet: another offer reserved a place and is adding its event, or a
            // drain is taking them; look again after letting them run
            Thread.yield();
        }
    }

    /** A batch (oldest first, at most the flush size) when one is due, else an empty list. */
    public List<Event> drainIfDue() {
        Entry oldest = queue.peek();
        if (oldest == null) {
            return Collections.emptyList();
        }
        boolean due = size.get() >= flushSize || nanoClock.getAsLong() - oldest.arrival >= flushAfterNanos;
        return due ? take(flushSize) : Collections.<Event>emptyList();
    }

    /** Everything waiting, oldest first (for shutdown). */
    public List<Event> drainAll() {
        return take(Integer.MAX_VALUE);
    }

    private List<Event> take(int n) {
        List<Event> out = new ArrayList<Event>(Math.min(n, Math.max(0, size.get())));
        while (out.size() < n) {
            Entry e = queue.poll();
            if (e == null) {
                break;
            }
            size.decrementAndGet();
            out.add(e.event);
        }
        return out;
    }

    /** Events waiting (including places an offer has taken and is filling just now). */
    public int size() {
        return Math.max(0, size.get());
    }

    /** Events lost to a full buffer since it was made. */
    public long dropped() {
        return dropped.sum();
    }

    private static final class Entry {
        final Event event;
        final long arrival;

        Entry(Event event, long arrival) {
            this.event = event;
            this.arrival = arrival;
        }
    }
}
