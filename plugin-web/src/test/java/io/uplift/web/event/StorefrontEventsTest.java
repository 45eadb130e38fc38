package io.uplift.web.event;

import io.uplift.broadleaf.event.EventRecorder;
import io.uplift.broadleaf.event.JdbcEventStore;
import io.uplift.engine.event.BotDetector;
import io.uplift.slot.WidgetFailures;
import io.uplift.web.AttributeRequests;
import org.junit.Test;

import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javax.servlet.http.HttpServletRequest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class StorefrontEventsTest {

    @Test
    public void pageViewIdsAreAPAndSixteenHexDigits() {
        assertEquals("p0000000000000000", StorefrontEvents.pageViewId(0));
        assertEquals("p00000000000000ff", StorefrontEvents.pageViewId(255));
        assertEquals("pffffffffffffffff", StorefrontEvents.pageViewId(-1));
        assertEquals("p8000000000000000", StorefrontEvents.pageViewId(Long.MIN_VALUE));
        assertEquals(String.format("p%016x", 0x1234abcdL), StorefrontEvents.pageViewId(0x1234abcdL));
    }

    /** A request with a User-Agent that keeps its attributes and counts how often its User-Agent is read. */
    private static HttpServletRequest request(String userAgent, AtomicInteger reads) {
        return AttributeRequests.request((method, args) -> {
            if (!method.equals("getHeader")) {
                throw new UnsupportedOperationException(method);
            }
            reads.incrementAndGet();
            return "User-Agent".equals(args[0]) ? userAgent : null;
        });
    }

    /** Every slot and event of a page asks whether it counts; its User-Agent is read and matched once. */
    @Test
    public void whetherARequestCountsIsDecidedOncePerRequest() {
        EventRecorder recorder = new EventRecorder(new JdbcEventStore(null, ZoneOffset.UTC), new WidgetFailures(),
                new BotDetector(), 10, 10, 3600000L, 0);
        StorefrontEvents events = new StorefrontEvents(recorder, null, null, null, null);
        AtomicInteger reads = new AtomicInteger();
        HttpServletRequest shopper = request("Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0", reads);
        HttpServletRequest bot = request("Mozilla/5.0 (compatible; Googlebot/2.1)", reads);
        for (int i = 0; i < 3; i++) {
            assertTrue(events.counts(shopper));
            assertFalse(events.counts(bot));
        }
        assertEquals(2, reads.get());
        assertFalse(events.counts(null));
    }
}
