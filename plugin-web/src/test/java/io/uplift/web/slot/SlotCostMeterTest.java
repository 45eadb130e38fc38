package io.uplift.web.slot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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
        SlotCostMeter meter = new SlotCostMeter(cpu::get);
        ServletRequest product = request();
        ServletRequest cart = request();

        long s = meter.start();
        cpu.addAndGet(300_000);
        meter.stop(s, product);
        s = meter.start();
        cpu.addAndGet(50_000);
        meter.stop(s, product); // the page's second slot (the mini-cart)
        cpu.addAndGet(7_000_000); // the rest of the page and other pages: not in a tag, not counted
        s = meter.start();
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
        SlotCostMeter none = new SlotCostMeter(null);
        assertFalse(none.isEnabled());
        assertEquals(SlotCostMeter.OFF, none.start());
        none.stop(none.start(), request());
        assertEquals(0, none.getTags());
        assertEquals(0, none.getPages());

        // ThreadMXBean answers -1 when it cannot measure the thread
        AtomicLong cpu = new AtomicLong(-1);
        SlotCostMeter failing = new SlotCostMeter(cpu::get);
        assertTrue(failing.isEnabled());
        failing.stop(failing.start(), request());
        cpu.set(5_000);
        long s = failing.start();
        cpu.set(-1);
        failing.stop(s, request());
        assertEquals(0, failing.getNanos());
        assertEquals(0, failing.getTags());
    }

    @Test
    public void aTagWithoutAPageIsNotCounted() {
        AtomicLong cpu = new AtomicLong();
        SlotCostMeter meter = new SlotCostMeter(cpu::get);
        long s = meter.start();
        cpu.addAndGet(1_000);
        meter.stop(s, null);
        assertEquals(0, meter.getTags());
        assertEquals(0, meter.getNanos());
    }

    @Test
    public void theJvmClockMeasuresThisThread() {
        SlotCostMeter meter = new SlotCostMeter();
        Assume.assumeTrue("a JVM without thread CPU time (the admin then shows \"-\")", meter.isEnabled());
        long s = meter.start();
        long spin = 0;
        for (int i = 0; i < 5_000_000; i++) {
            spin += i ^ (spin >>> 3);
        }
        meter.stop(s, request());
        assertTrue("spun " + spin, meter.getNanos() > 0);
        assertEquals(1, meter.getPages());
    }
}
