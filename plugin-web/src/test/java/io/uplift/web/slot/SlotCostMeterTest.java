package io.uplift.web.slot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.servlet.ServletRequest;

import io.uplift.web.AttributeRequests;
import org.junit.Assume;
import org.junit.Test;

public class SlotCostMeterTest {

    private static ServletRequest request() {
        return AttributeRequests.request();
    }

    @Test
    public void countsEachTagsTimeAndEachPageOnce() {
        AtomicLong cpu = new AtomicLong(1_000);
        SlotCostMeter meter = new SlotCostMeter(cpu::get, 1);
        ServletRequest product = request();
        ServletRequest cart = request();

        long s = meter.start(product);
        cpu.addAndGet(300_000);
        meter.stop(s, product);
        s = meter.start(product);
        cpu.addAndGet(50_000);
        meter.stop(s, product); // the page's second slot (the mini-cart)
        cpu.addAndGet(7_000_000); // the rest of the page and other pages: not in a tag, not counted
        s = meter.start(cart);
        cpu.addAndGet(120_000);
        meter.stop(s, cart);

        assertEquals(470_000, meter.getNanos());
        assertEquals(3, meter.getTags());
        assertEquals(2, meter.getPages());
        Map<String, Long> counters = new TreeMap<String, Long>();
        meter.addCounters(counters);
        assertEquals("{slots.cpuNanos=470000, slots.pages=2, slots.tags=3}", counters.toString());
    }

    @Test
    public void withoutAClockOrWithAFailingOneNothingIsCounted() {
        SlotCostMeter none = new SlotCostMeter(null, 1);
        assertFalse(none.isEnabled());
        assertEquals(SlotCostMeter.OFF, none.start(request()));
        ServletRequest page = request();
        none.stop(none.start(page), page);
        assertEquals(0, none.getTags());
        assertEquals(0, none.getPages());

        // ThreadMXBean answers -1 when it cannot measure the thread
        AtomicLong cpu = new AtomicLong(-1);
        SlotCostMeter failing = new SlotCostMeter(cpu::get, 1);
        assertTrue(failing.isEnabled());
        ServletRequest first = request();
        failing.stop(failing.start(first), first);
        cpu.set(5_000);
        ServletRequest second = request();
        long s = failing.start(second);
        cpu.set(-1);
        failing.stop(s, second);
        assertEquals(0, failing.getNanos());
        assertEquals(0, failing.getTags());
    }

    @Test
    public void aTagWithoutAPageIsNotCounted() {
        AtomicLong cpu = new AtomicLong();
        SlotCostMeter meter = new SlotCostMeter(cpu::get, 1);
        assertEquals(SlotCostMeter.OFF, meter.start(null));
        long s = meter.start(request());
        cpu.addAndGet(1_000);
        meter.stop(s, null);
        assertEquals(0, meter.getTags());
        assertEquals(0, meter.getNanos());
    }

    @Test
    public void theJvmClockMeasuresThisThread() {
        SlotCostMeter meter = new SlotCostMeter(1);
        Assume.assumeTrue("a JVM without thread CPU time (the admin then shows \"-\")", meter.isEnabled());
        ServletRequest page = request();
        long s = meter.start(page);
        long spin = 0;
        for (int i = 0; i < 5_000_000; i++) {
            spin += i ^ (spin >>> 3);
        }
        meter.stop(s, page);
        assertTrue("spun " + spin, meter.getNanos() > 0);
        assertEquals(1, meter.getPages());
    }

    @Test
    public void onePageInEveryIsTimedWithAllItsTagsAndCountsThatManyTimes() {
        AtomicLong cpu = new AtomicLong(1_000);
        SlotCostMeter meter = new SlotCostMeter(cpu::get, 4);
        assertEquals(4, meter.getEvery());
        for (int p = 0; p < 8; p++) {
            ServletRequest page = request();
            for (int tag = 0; tag < 2; tag++) { // the body's slot and the mini-cart
                long s = meter.start(page);
                assertEquals("page " + p + ": the first of every four is timed", p % 4 == 0,
                        s != SlotCostMeter.SKIPPED);
                cpu.addAndGet(100_000);
                meter.stop(s, page);
            }
        }
        assertEquals("two timed pages of two tags, each counted four times", 2 * 2 * 4 * 100_000, meter.getNanos());
        assertEquals(16, meter.getTags());
        assertEquals(8, meter.getPages());
    }

    @Test
    public void theNumberOfPagesPerTimedOneIsChecked() {
        for (int bad : new int[] {0, -1, 1001}) {
            try {
                new SlotCostMeter(() -> 0L, bad);
                fail("accepted " + bad);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("'" + bad + "'"));
            }
        }
    }
}
