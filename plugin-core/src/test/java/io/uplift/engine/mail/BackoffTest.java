package io.uplift.engine.mail;

import org.junit.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(5), 6);

    @Test
    public void waitsDoubleAfterEachFailureUpToTheLongestWait() {
        // 30 s, 60 s, 120 s, 240 s, then capped at 300 s
        assertEquals(Duration.ofSeconds(30), backoff.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), backoff.delayAfter(2));
        assertEquals(Duration.ofSeconds(120), backoff.delayAfter(3));
        assertEquals(Duration.ofSeconds(240), backoff.delayAfter(4));
        assertEquals(Duration.ofSeconds(300), backoff.delayAfter(5));
        assertEquals(Duration.ofSeconds(300), backoff.delayAfter(60));
    }

    @Test
    public void givesUpAfterTheLastAttempt() {
        Instant t = Instant.parse("2026-01-01T10:00:00Z");
        assertEquals(Instant.parse("2026-01-01T10:00:30Z"), backoff.nextAttempt(t, 1));
        assertEquals(Instant.parse("2026-01-01T10:05:00Z"), backoff.nextAttempt(t, 5));
        assertNull("the sixth failed attempt was the last", backoff.nextAttempt(t, 6));
        assertNull(backoff.nextAttempt(t, 7));
    }

    @Test
    public void millisecondsForSpring() {
        Backoff b = Backoff.ofMillis(60000, 3600000, 8);
        assertEquals(Duration.ofMinutes(2), b.delayAfter(2));
        assertEquals(8, b.getMaxAttempts());
    }

    @Test
    public void refusesBadSettingsQuotingThem() {
        expect("first back-off must be positive: PT0S", () -> new Backoff(Duration.ZERO, Duration.ofMinutes(1), 3));
        expect("longest back-off must be at least the first (PT1M): PT30S",
                () -> new Backoff(Duration.ofMinutes(1), Duration.ofSeconds(30), 3));
        expect("attempts must be between 1 and 100: 0", () -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
        expect("failures must be at least 1: 0", () -> backoff.delayAfter(0));
    }

    static void expect(String message, Runnable r) {
        try {
            r.run();
            fail("expected: " + message);
        } catch (IllegalArgumentException e) {
            assertEquals(message, e.getMessage());
        }
    }

    @Test
    public void longWaitsDoNotOverflow() {
        Backoff b = new Backoff(Duration.ofMillis(1), Duration.ofDays(1), 100);
        assertTrue(b.delayAfter(99).compareTo(Duration.ofDays(1)) == 0);
    }
}
