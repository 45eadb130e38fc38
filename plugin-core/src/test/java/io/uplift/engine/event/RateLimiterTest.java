package io.uplift.engine.event;

import org.junit.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong clock = new AtomicLong(5 * SECOND);

    @Test
    public void aVisitorGetsTheBurstThenOneRequestPerRefillInterval() {
        RateLimiter limiter = new RateLimiter(3, 2.0, 100, clock::get); // 3 at once, then one every 0.5 s
        assertTrue(limiter.tryAcquire("v1"));
        assertTrue(limiter.tryAcquire("v1"));
        assertTrue(limiter.tryAcquire("v1"));
        assertFalse(limiter.tryAcquire("v1"));
        assertTrue("another visitor has its own bucket", limiter.tryAcquire("v2"));
        clock.addAndGet(SECOND / 2 - 1);
        assertFalse("just under half a second: no token yet", limiter.tryAcquire("v1"));
        clock.addAndGet(1);
        assertTrue(limiter.tryAcquire("v1"));
        assertFalse(limiter.tryAcquire("v1"));
        clock.addAndGet(60 * SECOND);
        // a long pause refills to the capacity, not beyond
        assertTrue(limiter.tryAcquire("v1"));
        assertTrue(limiter.tryAcquire("v1"));
        assertTrue(limiter.tryAcquire("v1"));
        assertFalse(limiter.tryAcquire("v1"));
    }

    @Test
    public void idleVisitorsAreForgottenAndTheMemoryIsBounded() {
        RateLimiter limiter = new RateLimiter(2, 1.0, 3, clock::get); // full again after 2 s
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");
        assertEquals(2, limiter.trackedVisitors());
        clock.addAndGet(2 * SECOND);
        limiter.tryAcquire("c");
        assertEquals("a and b were full again: forgotten when c came", 1, limiter.trackedVisitors());

        limiter.tryAcquire("d");
        limiter.tryAcquire("e");
        assertTrue(limiter.tryAcquire("c")); // c is now the most recently seen; d the least
        assertFalse(limiter.tryAcquire("c"));
        limiter.tryAcquire("f");
        assertEquals(3, limiter.trackedVisitors());
        // d was pushed out (least recently seen); c kept its empty bucket
        assertFalse(limiter.tryAcquire("c"));
    }

    @Test
    public void badSettingsAreRefusedQuotingTheValue() {
        try {
            new RateLimiter(0, 1, 10, clock::get);
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("bucket capacity must be at least 1: 0", e.getMessage());
        }
        try {
            new RateLimiter(1, -2, 10, clock::get);
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("refill rate must be positive: -2.0", e.getMessage());
        }
    }
}
