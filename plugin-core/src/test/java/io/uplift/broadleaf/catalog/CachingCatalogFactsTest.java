package io.uplift.broadleaf.catalog;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import org.junit.Test;

import java.math.BigDecimal;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class CachingCatalogFactsTest {

    private static final long MS = 1_000_000L;

    private final AtomicLong clock = new AtomicLong(1_000 * MS);
    private final AtomicInteger loads = new AtomicInteger();

    /** Facts whose price is the number of the load that made them. */
    private ProductFacts load(long id) {
        int n = loads.incrementAndGet();
        return new ProductFacts(id, "P" + id, "/p" + id, BigDecimal.valueOf(n), "USD", null, true, true, null);
    }

    /** Loads, but the second load signals {@code loading} and waits until the test counts {@code release} down. */
    private CatalogFacts secondLoadWaits(AtomicInteger calls, CountDownLatch loading, CountDownLatch release) {
        return id -> {
            if (calls.incrementAndGet() == 2) {
                loading.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return load(id);
        };
    }

    private CachingCatalogFacts cache(CatalogFacts delegate) {
        return new CachingCatalogFacts(delegate, 2000, 100, clock::get);
    }

    @Test
    public void factsAreReusedForTheTtlThenLoadedAgain() {
        CachingCatalogFacts facts = cache(this::load);
        ProductFacts first = facts.find(7);
        clock.addAndGet(1999 * MS);
        assertSame(first, facts.find(7));
        clock.addAndGet(1 * MS);
        assertEquals(BigDecimal.valueOf(2), facts.find(7).getPrice());
        assertEquals(2, loads.get());
    }

    /** While one page loads a product's facts again, the others are answered with the facts being replaced. */
    @Test
    public void oneLoadPerProductAtATimeTheOthersGetTheFactsItReplaces() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        CachingCatalogFacts facts = cache(secondLoadWaits(calls, loading, release));
        ProductFacts old = facts.find(7);
        clock.addAndGet(2500 * MS);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<ProductFacts> reload = pool.submit(() -> facts.find(7));
            assertTrue(loading.await(10, TimeUnit.SECONDS));
            for (int i = 0; i < 5; i++) {
                assertSame(old, facts.find(7)); // no second load of the same product meanwhile
            }
            assertEquals(BigDecimal.valueOf(2), facts.find(8).getPrice()); // another product is loaded meanwhile
            release.countDown();
            assertEquals(BigDecimal.valueOf(3), reload.get(10, TimeUnit.SECONDS).getPrice());
            assertEquals(BigDecimal.valueOf(3), facts.find(7).getPrice());
            assertEquals(3, calls.get());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    /** Facts more than twice the TTL old are never served, even while another load is said to be running. */
    @Test
    public void factsTwiceTheTtlOldAreLoadedByWhoeverAsks() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        CachingCatalogFacts facts = cache(secondLoadWaits(calls, loading, release));
        facts.find(7);
        clock.addAndGet(2500 * MS);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<ProductFacts> stuck = pool.submit(() -> facts.find(7));
            assertTrue(loading.await(10, TimeUnit.SECONDS));
            clock.addAndGet(1500 * MS); // 4 s old: twice the TTL
            assertEquals(BigDecimal.valueOf(2), facts.find(7).getPrice()); // loaded by this page, not the 4 s old ones
            release.countDown();
            stuck.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    /** A load that fails fails its page only; the next page to ask loads again. */
    @Test
    public void aFailedLoadLetsTheNextPageLoad() {
        AtomicInteger calls = new AtomicInteger();
        CachingCatalogFacts facts = cache(id -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("database down");
            }
            return load(id);
        });
        ProductFacts old = facts.find(7);
        clock.addAndGet(2500 * MS);
        assertThrows(IllegalStateException.class, () -> facts.find(7));
        ProductFacts again = facts.find(7);
        assertEquals(BigDecimal.valueOf(2), again.getPrice());
        assertTrue(again != old);
    }

    @Test
    public void aTtlOfZeroLoadsEveryTimeAndBadSettingsAreRefusedWithTheirValue() {
        CachingCatalogFacts facts = new CachingCatalogFacts(this::load, 0, 10);
        facts.find(1);
        facts.find(1);
        assertEquals(2, loads.get());
        assertEquals("uplift.catalog.factsTtlMillis must be between 0 and 60000: 60001",
                assertThrows(IllegalArgumentException.class, () -> new CachingCatalogFacts(this::load, 60001, 10))
                        .getMessage());
        assertEquals("uplift.catalog.factsCacheSize must be at least 1: 0",
                assertThrows(IllegalArgumentException.class, () -> new CachingCatalogFacts(this::load, 10, 0))
                        .getMessage());
    }
}
