package io.uplift.slot;

import org.junit.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class WidgetFailuresTest {

    private final WidgetFailures failures = new WidgetFailures();

    @Test
    public void countsPerKindAndInTotal() {
        failures.record("render:product:A", "ctx", new IllegalStateException("boom"));
        failures.record("render:product:A", "ctx", new IllegalStateException("boom"));
        failures.record("settings:invalid-row", "widget 3: bad", null);
        assertEquals(2, failures.count("render:product:A"));
        assertEquals(1, failures.count("settings:invalid-row"));
        assertEquals(3, failures.total());
    }

    @Test
    public void nothingRecordedCountsZero() {
        assertEquals(0, failures.count("render:cart:A"));
        assertEquals(0, failures.total());
        assertTrue(failures.snapshot().isEmpty());
    }

    @Test
    public void snapshotIsSortedByKindAndUnmodifiable() {
        failures.record("b", "ctx", null);
        failures.record("a", "ctx", null);
        Map<String, Long> snapshot = failures.snapshot();
        assertEquals(Arrays.asList("a", "b"), new java.util.ArrayList<String>(snapshot.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> snapshot.put("c", 1L));
    }

    @Test
    public void concurrentFailuresAreAllCounted() throws InterruptedException {
        final int threads = 4;
        final int each = 500;
        final CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int t = 0; t < threads; t++) {
                pool.execute(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    for (int i = 0; i < each; i++) {
                        failures.record("render:product:A", "ctx", null);
                    }
                });
            }
            start.countDown();
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads * each, failures.count("render:product:A"));
    }

    @Test
    public void theHealthReportCarriesEachKindsCount() {
        WidgetFailures failures = new WidgetFailures();
        failures.record("source:copurchase", "ctx", null);
        failures.record("source:copurchase", "ctx", null);
        failures.record("events:write", "ctx", new IllegalStateException("down"));
        Map<String, Long> counters = new java.util.TreeMap<String, Long>();
        failures.addCounters(counters);
        assertEquals("{failures.events:write=1, failures.source:copurchase=2}", counters.toString());
    }
}
