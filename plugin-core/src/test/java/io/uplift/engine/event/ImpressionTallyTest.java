package io.uplift.engine.event;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.Test;

public class ImpressionTallyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static ImpressionTally.Key key(LocalDate day, long widget, String experiment, String arm) {
        return new ImpressionTally.Key(day, widget, "ALSO_BOUGHT", "product", experiment, arm);
    }

    private static Map<ImpressionTally.Key, Long> asMap(List<ImpressionTally.Count> counts) {
        Map<ImpressionTally.Key, Long> m = new HashMap<ImpressionTally.Key, Long>();
        for (ImpressionTally.Count c : counts) {
            assertEquals("one count per key in a drain", null, m.put(c.getKey(), c.getCount()));
        }
        return m;
    }

    @Test
    public void countsPerDayWidgetAndArmAndADrainResetsThem() {
        ImpressionTally t = new ImpressionTally(100);
        t.add(key(DAY, 1, null, null));
        t.add(key(DAY, 1, null, null));
        t.add(key(DAY, 1, "exp-1", "b"));
        t.add(key(DAY.plusDays(1), 1, null, null));
        t.add(key(DAY, 2, null, null));
        Map<ImpressionTally.Key, Long> first = asMap(t.drain(DAY));
        assertEquals(4, first.size());
        assertEquals(Long.valueOf(2), first.get(key(DAY, 1, null, null)));
        assertEquals(Long.valueOf(1), first.get(key(DAY, 1, "exp-1", "b")));
        assertEquals(Long.valueOf(1), first.get(key(DAY.plusDays(1), 1, null, null)));
        assertTrue("nothing new: nothing to write", t.drain(DAY).isEmpty());
        t.add(key(DAY, 1, null, null));
        assertEquals(Long.valueOf(1), asMap(t.drain(DAY)).get(key(DAY, 1, null, null)));
    }

    @Test
    public void keysOfDaysBeforeYesterdayAreForgottenOnceDrained() {
        ImpressionTally t = new ImpressionTally(100);
        t.add(key(DAY, 1, null, null));
        t.add(key(DAY.plusDays(1), 1, null, null));
        assertEquals(2, t.drain(DAY.plusDays(2)).size());
        assertEquals("still held: the day before yesterday's key went out with this drain", 2, t.size());
        assertTrue(t.drain(DAY.plusDays(2)).isEmpty());
        assertEquals("the key of two days ago is forgotten, yesterday's kept", 1, t.size());
    }

    @Test
    public void aFullTallyDropsNewKeysAndCountsThemButKeepsCountingKnownOnes() {
        ImpressionTally t = new ImpressionTally(2);
        assertTrue(t.add(key(DAY, 1, null, null)));
        assertTrue(t.add(key(DAY, 2, null, null)));
        assertFalse(t.add(key(DAY, 3, null, null)));
        assertTrue(t.add(key(DAY, 1, null, null)));
        assertEquals(1, t.dropped());
        Map<ImpressionTally.Key, Long> m = asMap(t.drain(DAY));
        assertEquals(Long.valueOf(2), m.get(key(DAY, 1, null, null)));
        assertFalse(m.containsKey(key(DAY, 3, null, null)));
    }

    @Test
    public void noImpressionIsLostOrCountedTwiceWhileDrainsRunBesidePages() throws Exception {
        final ImpressionTally t = new ImpressionTally(100);
        final int threads = 4;
        final int perThread = 50000;
        final CountDownLatch start = new CountDownLatch(1);
        final CountDownLatch done = new CountDownLatch(threads);
        for (int i = 0; i < threads; i++) {
            final long widget = 1 + i % 2;
            new Thread(new Runnable() {
                @Override
                public void run() {
                    try {
                        start.await();
                        for (int n = 0; n < perThread; n++) {
                            t.add(key(DAY, widget, null, null));
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                }
            }).start();
        }
        long total = 0;
        int drains = 0;
        start.countDown();
        AtomicBoolean finished = new AtomicBoolean();
        while (!finished.get()) {
            finished.set(done.getCount() == 0);
            for (ImpressionTally.Count c : t.drain(DAY)) {
                total += c.getCount();
            }
            drains++;
        }
        for (ImpressionTally.Count c : t.drain(DAY)) {
            total += c.getCount();
        }
        assertTrue("drains ran beside the pages: " + drains, drains > 1);
        assertEquals((long) threads * perThread, total);
    }

    @Test(expected = IllegalArgumentException.class)
    public void aKeyWithoutItsDayIsRefused() {
        new ImpressionTally.Key(null, 1, "ALSO_BOUGHT", "product", null, null);
    }

    @Test(expected = IllegalArgumentException.class)
    public void aTallyWithoutRoomIsRefused() {
        new ImpressionTally(0);
    }
}
