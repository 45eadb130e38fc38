package io.uplift.demo.bench;

import org.junit.Test;

import java.time.Instant;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The load test's reading of the site's own slot-tag CPU: per phase from the node's reports, and its line. */
public class SlotCostTest {

    private static final Instant T = Instant.parse("2026-12-01T18:00:00Z");

    private static SlotCost.Report report(String node, int second, long nanos, long pages) {
        return new SlotCost.Report(node, T.plusSeconds(second), nanos, pages);
    }

    @Test
    public void aPhaseCountsBetweenItsFirstAndLastReport() {
        SlotCost cost = new SlotCost();
        cost.add(report("site", 0, 1_000_000, 10)); // before the phase
        cost.add(report("site", 5, 2_000_000, 20));
        cost.add(report("site", 5, 9_999_999, 99)); // the same report read again: kept once
        cost.add(report("site", 10, 5_000_000, 30));
        cost.add(report("site", 15, 8_000_000, 40));
        cost.add(report("site", 20, 99_000_000, 900)); // after the phase
        SlotCost.Sum sum = new SlotCost.Sum();
        cost.phase(T.plusSeconds(3), T.plusSeconds(17), sum);
        assertEquals(6_000_000, sum.nanos);
        assertEquals(20, sum.pages);
        assertEquals(0.3, sum.msPerPage(), 1e-9);
        assertEquals(1, sum.phases);
        assertEquals(0, sum.phasesWithout);

        cost.phase(T.plusSeconds(18), T.plusSeconds(22), sum);
        assertEquals("one report within it: no figure, nothing added", 1, sum.phasesWithout);
        assertEquals(6_000_000, sum.nanos);
        assertEquals(2, sum.phases);
    }

    @Test
    public void aRestartedNodeOrAnotherNodeGivesNoFigure() {
        SlotCost cost = new SlotCost();
        cost.add(report("site-a", 1, 5_000_000, 50));
        cost.add(report("site-a", 6, 100, 1)); // restarted: its counters began again
        SlotCost.Sum sum = new SlotCost.Sum();
        cost.phase(T, T.plusSeconds(10), sum);
        assertEquals(1, sum.phasesWithout);
        assertEquals(0, sum.pages);

        SlotCost other = new SlotCost();
        other.add(report("site-a", 1, 5_000_000, 50));
        other.add(report("site-b", 6, 6_000_000, 60));
        SlotCost.Sum none = new SlotCost.Sum();
        other.phase(T, T.plusSeconds(10), none);
        assertEquals("reports of two nodes are not subtracted", 1, none.phasesWithout);
        assertTrue(Double.isNaN(none.msPerPage()));
    }

    @Test
    public void theLineGivesTheTagsShareAndWhereTheRestOfTheGapIs() {
        SlotCost.Sum on = new SlotCost.Sum();
        on.nanos = 800_000_000L; // 0.8 ms per page
        on.pages = 1000;
        SlotCost.Sum off = new SlotCost.Sum();
        off.nanos = 100_000_000L; // 0.1 ms per page
        off.pages = 1000;
        CpuMeter.Spent onCpu = new CpuMeter.Spent();
        onCpu.siteRequest = 5_000_000_000L; // 5 ms per request over 1000
        CpuMeter.Spent offCpu = new CpuMeter.Spent();
        offCpu.siteRequest = 4_000_000_000L; // 4 ms per request over 1000
        String line = SlotCost.line(on, off, onCpu, 1000, offCpu, 1000);
        assertTrue(line, line.contains("widgets on / off: 0.800 / 0.100 (1000 / 1000 pages)"));
        assertTrue(line, line.contains("of the site request threads' CPU per request 16.0 % / 2.5 %"));
        assertTrue(line, line.contains("extra per \"on\" page 1.000 ms, of which in the tags 0.700 ms and elsewhere"
                + " (writing the bigger page, the rest of the request) 0.300 ms"));

        String unmeasured = SlotCost.line(new SlotCost.Sum(), off, onCpu, 1000, offCpu, 1000);
        assertTrue(unmeasured, unmeasured.contains("not measured"));
    }

    @Test
    public void aPhasesLineGivesItsRateAndCosts() {
        SlotCost.Sum tags = new SlotCost.Sum();
        tags.nanos = 300_000_000L;
        tags.pages = 1000;
        CpuMeter.Reading from = new CpuMeter.Reading(1_000_000_000L, 2_000_000_000L, 0, 0);
        CpuMeter.Reading to = new CpuMeter.Reading(49_750_000_000L, 60_000_000_000L, 0, 0);
        assertEquals("500.0 req/s, site request threads 3.250 ms CPU per request, slot tags 0.300 ms per page",
                LoadTest.phaseFigures(15_000, 30_000_000_000L, from, to, tags));
        CpuMeter.Reading unknown = new CpuMeter.Reading(-1, -1, 0, 0);
        assertEquals("the site's CPU unknown, no tag figure", "500.0 req/s",
                LoadTest.phaseFigures(15_000, 30_000_000_000L, unknown, unknown, new SlotCost.Sum()));
    }
}
