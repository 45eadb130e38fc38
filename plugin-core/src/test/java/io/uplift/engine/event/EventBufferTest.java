package io.uplift.engine.event;

import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class EventBufferTest {

    private static final long MS = 1_000_000L;
    private final AtomicLong clock = new AtomicLong(0);

    static Event click(long product) {
        return new Event(EventType.CLICK, "v1", "pv-1", AttributionTest.ALSO_BOUGHT, product,
                Instant.parse("2026-11-30T10:00:00Z"));
    }

    static List<Long> products(List<Event> events) {
        List<Long> ids = new ArrayList<Long>();
        for (Event e : events) {
            ids.add(e.getProductId());
        }
        return ids;
    }

    @Test
    public void flushesBySizeOrByTheOldestEventsAge() {
        EventBuffer buffer = new EventBuffer(10, 3, Duration.ofMillis(500), EventBuffer.Overflow.DROP_OLDEST,
                clock::get);
        buffer.offer(click(1));
        buffer.offer(click(2));
        assertTrue("2 < 3 and fresh: not due", buffer.drainIfDue().isEmpty());
        buffer.offer(click(3));
        buffer.offer(click(4));
        assertEquals("size reached: a batch of the flush size, oldest first", Arrays.asList(1L, 2L, 3L),
                products(buffer.drainIfDue()));
        assertEquals(1, buffer.size());
        clock.addAndGet(499 * MS);
        assertTrue(buffer.drainIfDue().isEmpty());
        clock.addAndGet(MS);
        assertEquals("the oldest waited 500 ms", Arrays.asList(4L), products(buffer.drainIfDue()));
        assertTrue(buffer.drainIfDue().isEmpty());
    }

    @Test
    public void aFullBufferDropsTheOldestOrRejectsTheNewestAndCountsTheLoss() {
        EventBuffer dropOldest = new EventBuffer(2, 2, Duration.ofSeconds(1), EventBuffer.Overflow.DROP_OLDEST,
                clock::get);
        assertTrue(dropOldest.offer(click(1)));
        assertTrue(dropOldest.offer(click(2)));
        assertTrue(dropOldest.offer(click(3)));
        assertEquals(1, dropOldest.dropped());
        assertEquals(Arrays.asList(2L, 3L), products(dropOldest.drainAll()));

        EventBuffer rejectNewest = new EventBuffer(2, 2, Duration.ofSeconds(1), EventBuffer.Overflow.REJECT_NEWEST,
                clock::get);
        rejectNewest.offer(click(1));
        rejectNewest.offer(click(2));
        assertFalse(rejectNewest.offer(click(3)));
        assertEquals(1, rejectNewest.dropped());
        assertEquals(Arrays.asList(1L, 2L), products(rejectNewest.drainAll()));
        assertTrue(rejectNewest.drainAll().isEmpty());
    }

    @Test
    public void badSettingsAreRefusedQuotingTheValue() {
        try {
            new EventBuffer(10, 11, Duration.ofSeconds(1), EventBuffer.Overflow.DROP_OLDEST, clock::get);
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("flush size must be 1 to the capacity 10: 11", e.getMessage());
        }
        try {
            new EventBuffer(10, 5, Duration.ZERO, EventBuffer.Overflow.DROP_OLDEST, clock::get);
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("flush interval must be positive: PT0S", e.getMessage());
        }
    }
}
