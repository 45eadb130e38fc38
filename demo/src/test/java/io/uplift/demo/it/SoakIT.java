package io.uplift.demo.it;

import io.uplift.demo.DemoStore;
import io.uplift.demo.bench.Soak;
import io.uplift.engine.learn.LearningService;
import org.junit.Before;
import org.junit.Test;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The soak harness of {@code bin/uplift soak}, short (50 s of traffic, a sample every 10 s) against the test store's
 * in-process site: the site learns the simulator's orders incrementally and ends equal, pair by pair, to a full
 * rebuild of the same orders; no request fails; the site can be sampled throughout (heap after GC, threads, pool);
 * no connection stays in use and no threads pile up once the traffic is over.
 */
public class SoakIT {

    @Before
    public void setUp() {
        DemoStoreHarness.store(); // the store's start is not part of the time limit below
    }

    /**
     * The demo's second-level cache regions that grow with traffic are bounded in memory and keep nothing on disk
     * ({@code demo-ehcache.xml}, merged over Broadleaf's); Broadleaf's own bounds (100,000 per region, unbounded disk
     * overflow) let the soak's heap rise for an hour.
     */
    @Test
    public void theRegionsThatGrowWithTrafficAreBounded() {
        net.sf.ehcache.CacheManager caches = DemoStoreHarness.siteContext()
                .getBean("blCacheManager", net.sf.ehcache.CacheManager.class);
        for (String region : new String[] {"blOrderElements", "blCustomerElements", "blStandardElements",
                "blInventoryElements"}) {
            net.sf.ehcache.config.CacheConfiguration c = caches.getCache(region).getCacheConfiguration();
            assertEquals(region, 10_000, c.getMaxEntriesLocalHeap());
            assertTrue(region + " overflows to disk", !c.isOverflowToDisk());
        }
        assertEquals("Broadleaf's own product region is kept", 100_000,
                caches.getCache("blProducts").getCacheConfiguration().getMaxEntriesLocalHeap());
        assertEquals("unnamed regions", 10_000, caches.getConfiguration().getDefaultCacheConfiguration()
                .getMaxEntriesLocalHeap());
    }

    @Test(timeout = 300_000)
    public void incrementalStatisticsEqualAFullRebuildAfterSimulatedTraffic() throws Exception {
        DemoStore store = DemoStoreHarness.store();
        // other tests insert back-dated orders by SQL, which the incremental path rightly never sees (they are older
        // than its overlap window): start from a full rebuild, so what is compared is what this traffic added
        LearningService learning = DemoStoreHarness.siteContext().getBean("blUpliftLearningService", LearningService.class);
        long before = learning.status().getGeneration();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!learning.requestRebuild()) {
            assertTrue("a rebuild is already running for a minute", System.nanoTime() < until);
            Thread.sleep(200);
        }
        while (learning.status().isRebuilding() || learning.status().getGeneration() <= before) {
            assertTrue("the rebuild did not publish in time: " + learning.status().getLastMessage(),
                    System.nanoTime() < until);
            Thread.sleep(200);
        }

        Soak.Result r = new Soak(URI.create(DemoStoreHarness.site("")), store.getDatabase(),
                ManagementFactory.getPlatformMBeanServer(), 50, 10, 3, 11).run(System.out);

        assertTrue(r.statsDetail, r.statsEqual);
        assertEquals(r.errorSamples.toString(), 0, r.simulatorErrors);
        assertTrue("sampling failed: " + r.samplingFailures, r.samplingFailures.isEmpty());
        assertTrue("samples under traffic: " + r.during.size(), r.during.size() >= 3);
        assertTrue("the traffic placed orders: " + r.orders, r.orders > 0);
        assertTrue("the site learned them in new generations: " + r.before.generation + " -> " + r.after.generation,
                r.after.generation > r.before.generation);
        assertEquals("orders in the database", r.before.orders + r.orders, r.after.orders);
        assertEquals("connections in use after the traffic", 0, r.after.poolActive);
        assertTrue("threads before " + r.before.threads + ", after " + r.after.threads,
                r.after.threads <= r.before.threads + 20);
    }
}
