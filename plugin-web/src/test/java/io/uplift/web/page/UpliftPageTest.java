package io.uplift.web.page;

import io.uplift.broadleaf.event.EventRecorder;
import io.uplift.broadleaf.event.JdbcEventStore;
import io.uplift.engine.event.BotDetector;
import io.uplift.slot.WidgetFailures;
import io.uplift.web.AttributeRequests;
import io.uplift.web.event.StorefrontEvents;
import io.uplift.web.slot.SlotCostMeter;
import org.junit.Assume;
import org.junit.Test;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.servlet.http.HttpServletRequest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

public class UpliftPageTest {

    /** A shopper's request that keeps its attributes and records the name of each one set. */
    private static HttpServletRequest request(List<String> set) {
        HttpServletRequest attributes = AttributeRequests.request((method, args) -> {
            if (method.equals("getHeader")) {
                return "User-Agent".equals(args[0]) ? "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0" : null;
            }
            throw new UnsupportedOperationException(method);
        });
        return (HttpServletRequest) java.lang.reflect.Proxy.newProxyInstance(UpliftPageTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setAttribute")) {
                        set.add((String) args[0]);
                    }
                    return method.invoke(attributes, args);
                });
    }

    @Test
    public void aRequestHasOnePageMadeOnFirstUse() {
        List<String> set = new ArrayList<String>();
        HttpServletRequest request = request(set);
        assertNull(UpliftPage.peek(request));
        assertTrue("peeking adds nothing", set.isEmpty());
        UpliftPage page = UpliftPage.of(request);
        assertSame(page, UpliftPage.of(request));
        assertSame(page, UpliftPage.peek(request));
        assertEquals(Collections.singletonList(UpliftPage.ATTRIBUTE), set);

        assertTrue(page.countCost());
        assertFalse("a page is counted once", page.countCost());
        assertFalse(page.isSlotShown());
        page.setSlotShown();
        assertTrue(page.isSlotShown());
        assertFalse(page.isMessageShown());
        page.setMessageShown();
        assertTrue(page.isMessageShown());
    }

    /**
     * Whether the page counts, its page view id and the cost meter's mark all live in the one attribute: Thymeleaf
     * 2.1 lists a request's attributes for every expression of the page, so each one the plugin added would make
     * the whole page slower.
     */
    @Test
    public void whatThePluginKeepsForAPageTakesOneRequestAttribute() {
        List<String> set = new ArrayList<String>();
        HttpServletRequest request = request(set);
        EventRecorder recorder = new EventRecorder(new JdbcEventStore(null, ZoneOffset.UTC), new WidgetFailures(),
                new BotDetector(), 10, 10, 3600000L, 0);
        StorefrontEvents events = new StorefrontEvents(recorder, null, null, null, null);
        assertTrue(events.counts(request));
        String pageView = events.pageView(request);
        assertEquals(pageView, events.pageView(request));
        SlotCostMeter meter = new SlotCostMeter();
        Assume.assumeTrue("the JVM has a thread CPU clock", meter.isEnabled());
        meter.stop(meter.start(request), request);
        meter.stop(meter.start(request), request);
        assertEquals(1, meter.getPages());
        assertEquals(2, meter.getTags());
        assertEquals(Collections.singletonList(UpliftPage.ATTRIBUTE), set);
        assertEquals(pageView, UpliftPage.peek(request).getPageView());
        assertEquals(Boolean.TRUE, UpliftPage.peek(request).getCounts());
    }
}
