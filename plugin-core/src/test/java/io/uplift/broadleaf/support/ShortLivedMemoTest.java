package io.uplift.broadleaf.support;

import org.junit.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** The memo's own edges; one load at a time and stale answers meanwhile are tested in CachingCatalogFactsTest. */
public class ShortLivedMemoTest {

    private static final long MS = 1_000_000L;

    @Test
    public void aValueIsReusedForTheTtlAndLoadedAgainAfter() {
        AtomicLong clock = new AtomicLong();
        AtomicInteger loads = new AtomicInteger();
        Function<Long, String> load = k -> "v" + k + "/" + loads.incrementAndGet();
        ShortLivedMemo<Long, String> memo = new ShortLivedMemo<Long, String>(100, 10, clock::get);
        assertEquals("v1/1", memo.get(1L, load));
        clock.set(99 * MS);
        assertEquals("v1/1", memo.get(1L, load));
        clock.set(100 * MS);
        assertEquals("v1/2", memo.get(1L, load));
        memo.clear();
        assertEquals("v1/3", memo.get(1L, load));
    }

    @Test
    public void nullValuesAreKeptAndATtlOfZeroLoadsEveryTime() {
        AtomicInteger loads = new AtomicInteger();
        Function<Long, String> none = k -> {
            loads.incrementAndGet();
            return null;
        };
        ShortLivedMemo<Long, String> memo = new ShortLivedMemo<Long, String>(100, 10, () -> 0L);
        assertNull(memo.get(7L, none));
        assertNull(memo.get(7L, none));
        assertEquals("an unknown key is not looked up again within the TTL", 1, loads.get());

        ShortLivedMemo<Long, String> never = new ShortLivedMemo<Long, String>(0, 10, () -> 0L);
        never.get(7L, none);
        never.get(7L, none);
        assertEquals(3, loads.get());
    }

    @Test
    public void pastItsBoundTheMemoStartsAfresh() {
        AtomicInteger loads = new AtomicInteger();
        Function<Long, Long> load = k -> {
            loads.incrementAndGet();
            return k;
        };
        ShortLivedMemo<Long, Long> memo = new ShortLivedMemo<Long, Long>(1000, 2, () -> 0L);
        memo.get(1L, load);
        memo.get(2L, load);
        memo.get(3L, load); // full: cleared, then 3 kept
        memo.get(3L, load);
        memo.get(1L, load);
        assertEquals(4, loads.get());
    }

    @Test
    public void badSettingsAreRefusedWithTheirValues() {
        for (long[] bad : new long[][] {{-1, 10}, {100, 0}}) {
            try {
                new ShortLivedMemo<Long, Long>(bad[0], (int) bad[1], () -> 0L);
                fail("accepted " + bad[0] + " ms, " + bad[1] + " entries");
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains(bad[0] + " ms, " + bad[1] + " entries"));
            }
        }
    }
}
