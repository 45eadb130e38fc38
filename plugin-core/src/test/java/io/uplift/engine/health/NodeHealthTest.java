package io.uplift.engine.health;

import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class NodeHealthTest {

    private static final Instant NOW = Instant.parse("2026-11-30T23:30:00Z");
    private static final Duration SILENT = Duration.ofMinutes(3);

    private static NodeHealth of(Map<String, Long> counters, long secondsAgo) {
        return NodeHealth.of("1@web-1/ab", Instant.parse("2026-11-30T22:05:30Z"), NOW.minusSeconds(secondsAgo), counters,
                NOW, SILENT);
    }

    @Test
    public void failuresAreListedMostFrequentFirstAndSummed() {
        Map<String, Long> c = new HashMap<String, Long>();
        c.put("failures.source:copurchase", 2L);
        c.put("failures.render:product", 7L);
        c.put("failures.events:write", 2L);
        c.put("failures.zero", 0L);
        c.put("failures.", 5L); // no kind: not a failure row
        c.put("events.written", 120L);
        NodeHealth h = of(c, 10);
        assertEquals(3, h.getFailures().size());
        assertEquals("render:product", h.getFailures().get(0).getKind());
        assertEquals(7, h.getFailures().get(0).getCount());
        assertEquals("events:write", h.getFailures().get(1).getKind()); // equal counts by name
        assertEquals("source:copurchase", h.getFailures().get(2).getKind());
        assertEquals(11, h.getFailureTotal());
        assertEquals("failures", h.getStatus());
        assertEquals("failures (recovered)", h.getStatusText());
    }

    @Test
    public void statusIsTheWorstOfSilenceLossAndFailures() {
        Map<String, Long> c = new HashMap<String, Long>();
        assertEquals("ok", of(c, 10).getStatus());
        assertEquals("OK", of(c, 10).getStatusText());
        c.put("failures.x", 1L);
        assertEquals("failures", of(c, 10).getStatus());
        c.put("exposures.dropped", 4L);
        assertEquals("losing", of(c, 10).getStatus());
        assertEquals(4, of(c, 10).getExposuresDropped());
        c.put("exposures.dropped", 0L);
        c.put("events.lost", 1L);
        assertEquals("losing", of(c, 10).getStatus());
        assertEquals("losing data", of(c, 10).getStatusText());
        assertFalse(of(c, 180).isSilent());
        assertTrue(of(c, 181).isSilent());
        assertEquals("silent", of(c, 181).getStatus());
        assertEquals("not reporting", of(c, 181).getStatusText());
    }

    @Test
    public void anAdminApplicationIsToldApartByItsNodeName() {
        Map<String, Long> c = new HashMap<String, Long>();
        c.put("failures.admin:dashboard", 1L);
        NodeHealth admin = NodeHealth.of(NodeHealth.ADMIN_PREFIX + "77@admin-1/ab12cd34", NOW.minusSeconds(600),
                NOW.minusSeconds(5), c, NOW, SILENT);
        assertTrue(admin.isAdmin());
        assertEquals("admin", admin.getRole());
        assertEquals("failures", admin.getStatus());
        NodeHealth site = of(c, 5);
        assertFalse(site.isAdmin());
        assertEquals("storefront", site.getRole());
        assertFalse("only the prefix with its space counts", NodeHealth.of("administrator-1", NOW, NOW, c, NOW, SILENT)
                .isAdmin());
    }

    @Test
    public void renderCacheHitRateAndCounters() {
        Map<String, Long> c = new HashMap<String, Long>();
        assertEquals("-", of(c, 0).getRenderCacheHitRate());
        c.put("renderCache.hits", 932L);
        c.put("renderCache.misses", 68L);
        c.put("renderCache.entries", 41L);
        c.put("events.written", -3L); // no counter is negative: read as 0
        NodeHealth h = of(c, 0);
        assertEquals("93.2 %", h.getRenderCacheHitRate());
        assertEquals(41, h.getRenderCacheEntries());
        assertEquals(0, h.getEventsWritten());
        assertEquals(0, h.getRenderCacheUncacheable());
    }

    @Test
    public void slotCpuPerPageIsTheTagsTimeOverTheirPages() {
        Map<String, Long> c = new HashMap<String, Long>();
        assertEquals("no page measured yet", "-", of(c, 0).getSlotCpuPerPage());
        c.put("slots.cpuNanos", 0L);
        c.put("slots.pages", 0L);
        assertEquals("-", of(c, 0).getSlotCpuPerPage());
        c.put("slots.cpuNanos", 1_236_000L);
        c.put("slots.pages", 3L);
        c.put("slots.tags", 6L);
        assertEquals("0.41 ms", of(c, 0).getSlotCpuPerPage());
        c.put("slots.pages", 4L);
        assertEquals("rounded to a hundredth", "0.31 ms", of(c, 0).getSlotCpuPerPage());
        c.put("slots.cpuNanos", 61_496_000L);
        assertEquals("a cold node's first pages", "15.37 ms", of(c, 0).getSlotCpuPerPage());
    }

    @Test
    public void reportAgeAndStartAreWrittenForPeople() {
        Map<String, Long> c = new HashMap<String, Long>();
        assertEquals("0 s ago", of(c, 0).getReportAge());
        assertEquals("119 s ago", of(c, 119).getReportAge());
        assertEquals("2 min ago", of(c, 120).getReportAge());
        assertEquals("119 min ago", of(c, 2 * 3600 - 1).getReportAge());
        assertEquals("47 h ago", of(c, 2 * 86400 - 1).getReportAge());
        assertEquals("8 days ago", of(c, 8 * 86400).getReportAge());
        assertEquals("0 s ago", NodeHealth.of("n", NOW, NOW.plusSeconds(5), c, NOW, SILENT).getReportAge());
        assertEquals("2026-11-30 22:05 UTC", of(c, 0).getStartedText());
    }

    @Test
    public void aReportNeedsItsParts() {
        try {
            NodeHealth.of(null, NOW, NOW, new HashMap<String, Long>(), NOW, SILENT);
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("a node report needs its node, start, report time and counters: null", e.getMessage());
        }
    }
}
