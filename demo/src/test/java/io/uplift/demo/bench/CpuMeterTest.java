package io.uplift.demo.bench;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** The load test's CPU accounting: reading Linux's stat lines, and the per-request line it prints. */
public class CpuMeterTest {

    /** A thread's stat line whose name holds a space and a parenthesis, as Java's thread names may. */
    private static final String STAT = "4242 (qtp12) (x 7) S 1 4242 4242 0 -1 4194368 1520 0 0 0 731 129 0 0 20 0 93 0"
            + " 12345 0 0";

    @Test
    public void readsUserAndSystemTicksAfterTheLastParenthesis() {
        assertEquals(731 + 129, CpuMeter.ticks(STAT));
        assertEquals("qtp12) (x 7", CpuMeter.command(STAT));
    }

    @Test
    public void refusesWhatIsNotAStatLineQuotingIt() {
        for (String bad : new String[] {"no name here", "1 (x) S 1 2"}) {
            try {
                CpuMeter.ticks(bad);
                fail(bad);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("'" + bad + "'"));
            }
        }
    }

    @Test
    public void readsThisProcessesTimeOnLinux() {
        org.junit.Assume.assumeTrue(new java.io.File("/proc/self/stat").exists());
        CpuMeter meter = new CpuMeter(ProcessHandle.current().pid());
        CpuMeter.Reading r = meter.read();
        assertTrue("the whole process's CPU: " + r.siteAll, r.siteAll > 0);
        assertTrue("no Jetty threads here: " + r.siteRequest, r.siteRequest == 0);
        assertEquals(-1, CpuMeter.findDemoSite(1));
    }

    @Test
    public void printsMillisecondsPerRequestOfEachPartAndTheWholeRatio() {
        CpuMeter.Spent on = spent(1_600_000_000L, 200_000_000L, 120_000_000L, 80_000_000L);
        CpuMeter.Spent off = spent(1_300_000_000L, 150_000_000L, 90_000_000L, 60_000_000L);
        // per request: on 1.6 + 0.2 + 0.12 + 0.08 = 2.0 ms; off 1.3 + 0.15 + 0.09 + 0.06 = 1.6 ms over 1000 requests
        assertEquals("load: CPU per request, ms, widgets on / off: site request threads 1.600 / 1.300 (x1.23); site's"
                + " other threads (GC, JIT, writers) 0.200 / 0.150; load clients 0.120 / 0.090; rest of the load test's"
                + " JVM (its GC and JIT, and the database when it started the store) 0.080 / 0.060; all 2.000 / 1.600"
                + " (x1.250: on shared cores, throughput on/off"
                + " about 0.800)", CpuMeter.line(on, 1000, off, 1000));
    }

    @Test
    public void saysSoWhenTheSiteWasNotMeasured() {
        CpuMeter.Spent on = new CpuMeter.Spent();
        on.add(new CpuMeter.Reading(-1, -1, 0, 0), new CpuMeter.Reading(-1, -1, 1_000_000, 3_000_000));
        CpuMeter.Spent off = spent(0, 0, 1_000_000, 1_000_000);
        assertEquals("load: CPU per request, ms, widgets on / off: site not measured (its process is not known, or"
                + " this is not Linux); load clients 1.000 / 1.000; rest of the load test's JVM (its GC and JIT, and the"
                + " database when it started the store) 2.000 / 1.000", CpuMeter.line(on, 1, off, 1));
        assertEquals("load: CPU per request: no requests recorded on a side", CpuMeter.line(on, 0, off, 1));
    }

    private static CpuMeter.Spent spent(long request, long other, long clients, long rest) {
        CpuMeter.Spent s = new CpuMeter.Spent();
        s.add(new CpuMeter.Reading(0, 0, 0, 0),
                new CpuMeter.Reading(request, request + other, clients, clients + rest));
        return s;
    }
}
