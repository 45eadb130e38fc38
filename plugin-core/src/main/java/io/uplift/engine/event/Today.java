package io.uplift.engine.event;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today's date on a clock in its zone, worked out again only when the clock leaves the day it was worked out for
 * (forwards at midnight, or backwards when the clock is set back): asked for every rendered widget of every page,
 * where {@code LocalDate.now(zone)} would convert the instant each time. Thread-safe.
 */
public final class Today {

    private final Clock clock;
    private volatile Day day;

    /** @param clock the clock, in the zone whose days count */
    public Today(Clock clock) {
        if (clock == null) {
            throw new IllegalArgumentException("a day needs a clock: null");
        }
        this.clock = clock;
    }

    /** Today on the system clock in {@code zone}. */
    public static Today in(ZoneId zone) {
        return new Today(Clock.system(zone));
    }

    public LocalDate get() {
        long now = clock.millis();
        Day d = day;
        if (d == null || now < d.startMillis || now >= d.endMillis) {
            ZoneId zone = clock.getZone();
            LocalDate date = LocalDate.now(clock);
            d = new Day(date, date.atStartOfDay(zone).toInstant().toEpochMilli(),
                    date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
            day = d;
        }
        return d.date;
    }

    private static final class Day {
        final LocalDate date;
        final long startMillis;
        final long endMillis;

        Day(LocalDate date, long startMillis, long endMillis) {
            this.date = date;
            this.startMillis = startMillis;
            this.endMillis = endMillis;
        }
    }
}
