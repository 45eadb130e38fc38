package io.uplift.engine.event;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * (nanoseconds). Thread-safe (one lock).
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
    private final ArrayDeque<Event> events = new ArrayDeque<Event>();
    private final ArrayDeque<Long> arrivals = new ArrayDeque<Long>();
    private long dropped;

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
    public synchronized boolean offer(Event event) {
        if (event == null) {
            throw new IllegalArgumentException("event must not be null");
        }
        if (events.size() == capacity) {
            dropped++;
            if (overflow == Overflow.REJECT_NEWEST) {
                return false;
            }
            events.removeFirst();
            arrivals.removeFirst();
        }
        events.addLast(event);
        arrivals.addLast(nanoClock.getAsLong());
        return true;
    }

    /** A batch (oldest first, at most the flush size) when one is due, else an empty list. */
    public synchronized List<Event> drainIfDue() {
        if (events.isEmpty()) {
            return Collections.emptyList();
        }
        boolean due = events.size() >= flushSize || nanoClock.getAsLong() - arrivals.peekFirst() >= flushAfterNanos;
        return due ? take(flushSize) : Collections.<Event>emptyList();
    }

    /** Everything waiting, oldest first (for shutdown). */
    public synchronized List<Event> drainAll() {
        return take(events.size());
    }

    private List<Event> take(int n) {
        List<Event> out = new ArrayList<Event>(Math.min(n, events.size()));
        while (out.size() < n && !events.isEmpty()) {
            out.add(events.removeFirst());
            arrivals.removeFirst();
        }
        return out;
    }

    public synchronized int size() {
        return events.size();
    }

    /** Events lost to a full buffer since it was made. */
    public synchronized long dropped() {
        return dropped;
    }
}
