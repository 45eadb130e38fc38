package io.uplift.engine.event;

import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class TodayTest {

    /** A clock whose instant the test sets. */
    private static final class SetClock extends Clock {
        final AtomicLong millis = new AtomicLong();
        final ZoneId zone;

        SetClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }

        void set(String instant) {
            millis.set(Instant.parse(instant).toEpochMilli());
        }
    }

    @Test
    public void theDayTurnsAtTheZonesMidnightInBothDirections() {
        SetClock clock = new SetClock(ZoneId.of("America/New_York"));
        Today today = new Today(clock);
        clock.set("2026-12-01T12:00:00Z");
        assertEquals(LocalDate.of(2026, 12, 1), today.get());
        clock.set("2026-12-02T04:59:59.999Z"); // 23:59:59.999 in New York
        assertEquals(LocalDate.of(2026, 12, 1), today.get());
        clock.set("2026-12-02T05:00:00Z"); // midnight in New York
        assertEquals(LocalDate.of(2026, 12, 2), today.get());
        clock.set("2026-12-01T23:00:00Z"); // set back
        assertEquals(LocalDate.of(2026, 12, 1), today.get());
    }

    @Test
    public void aDayOfTwentyThreeHoursEndsAtItsOwnMidnight() {
        SetClock clock = new SetClock(ZoneId.of("Europe/Berlin"));
        Today today = new Today(clock);
        clock.set("2026-03-28T23:30:00Z"); // 00:30 on the 29th, the day clocks go forward
        assertEquals(LocalDate.of(2026, 3, 29), today.get());
        clock.set("2026-03-29T21:59:59Z"); // 23:59:59 summer time
        assertEquals(LocalDate.of(2026, 3, 29), today.get());
        clock.set("2026-03-29T22:00:00Z");
        assertEquals(LocalDate.of(2026, 3, 30), today.get());
    }

    @Test
    public void agreesWithLocalDateNowOnTheSystemClock() {
        assertEquals(LocalDate.now(ZoneOffset.UTC), Today.in(ZoneOffset.UTC).get());
        assertThrows(IllegalArgumentException.class, () -> new Today(null));
    }
}
