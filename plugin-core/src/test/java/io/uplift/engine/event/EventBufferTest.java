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

    @Test
    public void concurrentOffersAndDrainsLoseNothingUncountedAndStayBounded() throws Exception {
        for (EventBuffer.Overflow overflow : EventBuffer.Overflow.values()) {
            EventBuffer buffer = new EventBuffer(64, 16, Duration.ofMillis(1), overflow, System::nanoTime);
            int threads = 4;
            int each = 20_000;
            java.util.concurrent.atomic.AtomicLong accepted = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicLong drained = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicInteger maxSize = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicBoolean offering = new java.util.concurrent.atomic.AtomicBoolean(true);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads + 1);
            try {
                java.util.concurrent.Future<?> drainer = pool.submit(() -> {
                    while (offering.get() || buffer.size() > 0) {
                        maxSize.accumulateAndGet(buffer.size(), Math::max);
                        drained.addAndGet(buffer.drainIfDue().size());
                    }
                });
                List<java.util.concurrent.Future<?>> offers = new ArrayList<java.util.concurrent.Future<?>>();
                for (int t = 0; t < threads; t++) {
                    offers.add(pool.submit(() -> {
                        for (int i = 0; i < each; i++) {
                            if (buffer.offer(click(i + 1))) {
                                accepted.incrementAndGet();
                            }
                        }
                    }));
                }
                for (java.util.concurrent.Future<?> f : offers) {
                    f.get(30, java.util.concurrent.TimeUnit.SECONDS);
                }
                offering.set(false);
                drainer.get(30, java.util.concurrent.TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            drained.addAndGet(buffer.drainAll().size());
            long offered = (long) threads * each;
            assertTrue(overflow + ": never above the capacity: " + maxSize.get(), maxSize.get() <= 64);
            assertEquals(overflow + ": every offered event is drained or counted as dropped", offered,
                    drained.get() + buffer.dropped());
            if (overflow == EventBuffer.Overflow.REJECT_NEWEST) {
                assertEquals(overflow + ": refused ones are the dropped ones", offered - accepted.get(), buffer.dropped());
            }
            assertEquals(0, buffer.size());
        }
    }
}
