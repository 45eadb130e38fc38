package io.uplift.engine.event;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per visitor: each visitor may make {@code capacity} requests at once and then one more every
 * {@code 1 / ratePerSecond} seconds. Pure Java, the clock injected (nanoseconds, e.g. {@code System::nanoTime}).
 * <p>
 * Bounded memory: at most {@code maxVisitors} buckets are kept. A bucket that has been idle long enough to be full
 * again is forgotten without any change in behaviour (a new bucket starts full too); when more than
 * {@code maxVisitors} visitors are active at once, the least recently seen one is forgotten (it gets a full bucket if
 * it comes back, so a flood of distinct visitor keys can only weaken the limit of the visitors it pushes out).
 * Thread-safe (one lock; the work under it is a map lookup and arithmetic).
 */
public final class RateLimiter {

    private final double capacity;
    private final double tokensPerNano;
    private final long refillNanos;
    private final int maxVisitors;
    private final LongSupplier nanoClock;
    private final LinkedHashMap<String, Bucket> buckets = new LinkedHashMap<String, Bucket>(16, 0.75f, true);

    private static final class Bucket {
        double tokens;
        long at;
    }

    /** @throws IllegalArgumentException quoting a bad setting */
    public RateLimiter(int capacity, double ratePerSecond, int maxVisitors, LongSupplier nanoClock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("bucket capacity must be at least 1: " + capacity);
        }
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("refill rate must be positive: " + ratePerSecond);
        }
        if (maxVisitors < 1) {
            throw new IllegalArgumentException("visitors kept must be at least 1: " + maxVisitors);
        }
        if (nanoClock == null) {
            throw new IllegalArgumentException("a clock is required");
        }
        this.capacity = capacity;
        this.tokensPerNano = ratePerSecond / 1e9;
        this.refillNanos = (long) Math.ceil(capacity / this.tokensPerNano);
        this.maxVisitors = maxVisitors;
        this.nanoClock = nanoClock;
    }

    /** Takes one token of this visitor's bucket: true when there was one (the request may go on). */
    public synchronized boolean tryAcquire(String visitorKey) {
        long now = nanoClock.getAsLong();
        Bucket b = buckets.get(visitorKey);
        if (b == null) {
            evictIdle(now);
            if (buckets.size() >= maxVisitors) {
                Iterator<String> eldest = buckets.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
            b = new Bucket();
            b.tokens = capacity;
            b.at = now;
            buckets.put(visitorKey, b);
        } else {
            b.tokens = Math.min(capacity, b.tokens + (now - b.at) * tokensPerNano);
            b.at = now;
        }
        if (b.tokens >= 1) {
            b.tokens -= 1;
            return true;
        }
        return false;
    }

    /** Forgets the buckets that are full again; they are the least recently used ones, at the head of the map. */
    private void evictIdle(long now) {
        Iterator<Map.Entry<String, Bucket>> it = buckets.entrySet().iterator();
        while (it.hasNext()) {
            if (now - it.next().getValue().at < refillNanos) {
                return;
            }
            it.remove();
        }
    }

    /** How many visitors' buckets are kept now. */
    public synchronized int trackedVisitors() {
        return buckets.size();
    }
}
