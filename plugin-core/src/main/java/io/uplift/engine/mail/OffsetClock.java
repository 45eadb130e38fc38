package io.uplift.engine.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that runs with a base clock (normally the system's) plus an offset that can only be moved forward. The
 * e-mail scheduler reads the time from it, so a test (or an operator rehearsing) can let hours pass in a second; in
 * production the offset stays zero. Thread-safe.
 */
public final class OffsetClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    public OffsetClock(Clock base) {
        if (base == null) {
            throw new IllegalArgumentException("base clock is required");
        }
        this.base = base;
    }

    /** The system clock in UTC, without offset. */
    public static OffsetClock system() {
        return new OffsetClock(Clock.systemUTC());
    }

    /** Moves this clock forward; a negative or null amount is refused (time does not go back). */
    public synchronized void advance(Duration amount) {
        if (amount == null || amount.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward: " + amount);
        }
        offset = offset.plus(amount);
    }

    public Duration getOffset() {
        return offset;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        OffsetClock c = new OffsetClock(base.withZone(zone));
        c.offset = offset;
        return c;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }
}
