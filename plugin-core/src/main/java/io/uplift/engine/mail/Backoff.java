package io.uplift.engine.mail;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential back-off of failed sends: the n-th failure waits {@code first * 2^(n-1)}, never more than {@code max};
 * after {@code maxAttempts} failed attempts the e-mail is given up. Immutable, thread-safe.
 */
public final class Backoff {

    private final Duration first;
    private final Duration max;
    private final int maxAttempts;

    /**
     * @param first       wait after the first failure, positive
     * @param max         longest wait, at least {@code first}
     * @param maxAttempts attempts in all (the first send included), 1 to 100
     * @throws IllegalArgumentException quoting the bad value
     */
    public Backoff(Duration first, Duration max, int maxAttempts) {
        if (first == null || first.isNegative() || first.isZero()) {
            throw new IllegalArgumentException("first back-off must be positive: " + first);
        }
        if (max == null || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("longest back-off must be at least the first (" + first + "): " + max);
        }
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new IllegalArgumentException("attempts must be between 1 and 100: " + maxAttempts);
        }
        this.first = first;
        this.max = max;
        this.maxAttempts = maxAttempts;
    }

    /** Milliseconds variant for Spring wiring. */
    public static Backoff ofMillis(long firstMillis, long maxMillis, int maxAttempts) {
        return new Backoff(Duration.ofMillis(firstMillis), Duration.ofMillis(maxMillis), maxAttempts);
    }

    /** The wait after the {@code failures}-th failed attempt (1 = the first failure). */
    public Duration delayAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1: " + failures);
        }
        Duration d = first;
        for (int i = 1; i < failures; i++) {
            d = d.multipliedBy(2);
            if (d.compareTo(max) >= 0) {
                return max;
            }
        }
        return d.compareTo(max) > 0 ? max : d;
    }

    /**
     * When to try again after the {@code failures}-th failed attempt at {@code now}, or {@code null} when that was the
     * last allowed attempt (give up).
     */
    public Instant nextAttempt(Instant now, int failures) {
        if (failures >= maxAttempts) {
            return null;
        }
        return now.plus(delayAfter(failures));
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    @Override
    public String toString() {
        return "Backoff[first=" + first + ", max=" + max + ", attempts=" + maxAttempts + "]";
    }
}
