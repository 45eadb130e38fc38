package io.uplift.demo.bench;

import org.junit.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** What {@code bin/uplift load} and {@code bin/uplift soak} accept, and the soak's arithmetic. */
public class LoadAndSoakSettingsTest {

    @Test
    public void theLoadTestRefusesAnythingOffLoopbackAndQuotesBadValues() {
        refused("'http://example.com:8080'", "--site", "http://example.com:8080");
        refused("'https://127.0.0.1:8443'", "--site", "https://127.0.0.1:8443");
        refused("'jdbc:postgresql://db.example.com/shop'", "--site", "http://127.0.0.1:8080", "--jdbc",
                "jdbc:postgresql://db.example.com/shop");
        refused("--clients must be from 1 to 200: 201", "--clients", "201");
        refused("--seconds must be from 1 to 600: 0", "--seconds", "0");
        refused("'product,home'", "--pages", "product,home");
        refused("'ten'", "--warmup", "ten");
        refused("--jdbc goes with --site", "--jdbc", "jdbc:hsqldb:hsql://127.0.0.1:9101/uplift");
        refused("'--user'", "--user", "x");
    }

    @Test
    public void theLoadTestTakesLoopbackStoresAndPageLists() {
        LoadTest.parse(new String[] {"--site", "http://localhost:8080/", "--pages", "cart, checkout", "--clients", "3"});
        LoadTest.parse(new String[] {"--site", "http://127.0.0.1:8080", "--jdbc", "jdbc:hsqldb:hsql://localhost:9101/uplift"});
        assertTrue(LoadTest.loopbackJdbc("jdbc:postgresql://127.0.0.1:5432/shop"));
        assertTrue(LoadTest.loopbackJdbc("jdbc:mysql://localhost/shop"));
        assertFalse(LoadTest.loopbackJdbc("jdbc:mysql://10.0.0.5/shop"));
        assertFalse(LoadTest.loopbackJdbc("jdbc:hsqldb:mem:x"));
    }

    @Test
    public void heapSlopeIsTheLeastSquaresLineOverTheChosenSamples() {
        Soak.Result r = new Soak.Result();
        for (int i = 0; i <= 10; i++) {
            // 100 MiB + 3 MiB per minute for 5 minutes, flat at 115 MiB afterwards
            r.during.add(new Soak.Sample(i, i <= 5 ? 100 + 3 * i : 115, 60, 0, 5, 5, 0, 0));
        }
        assertEquals(0.0, r.heapSlope(5), 1e-9);
        assertEquals(3.0, slopeOfFirstHalf(r), 1e-9);
        assertTrue(r.heapSlope(0) > 0 && r.heapSlope(0) < 3);
        assertTrue(Double.isNaN(new Soak.Result().heapSlope(0)));
    }

    private static double slopeOfFirstHalf(Soak.Result full) {
        Soak.Result r = new Soak.Result();
        for (Soak.Sample s : full.during) {
            if (s.minutes <= 5) {
                r.during.add(s);
            }
        }
        return r.heapSlope(0);
    }

    @Test
    public void theClassHistogramDiffNamesWhatGrewAndWhatThePluginHolds() {
        Map<String, long[]> before = new HashMap<String, long[]>();
        before.put("net.sf.ehcache.Element", new long[] {1024 * 1024, 100});
        before.put("io.uplift.engine.Foo", new long[] {1000, 10});
        Map<String, long[]> after = new HashMap<String, long[]>();
        after.put("net.sf.ehcache.Element", new long[] {3 * 1024 * 1024, 300});
        after.put("io.uplift.engine.Foo", new long[] {1000, 10});
        after.put("org.eclipse.jetty.server.session.Session", new long[] {1024 * 1024, 50});
        assertEquals("net.sf.ehcache.Element +2.0 MiB (+200), org.eclipse.jetty.server.session.Session +1.0 MiB (+50)",
                Soak.grown(before, after, 2));
        assertEquals("HTTP sessions 0 -> 50, ehcache elements 100 -> 300, plugin objects (io.uplift.*) 10 -> 10"
                + " (0.00 -> 0.00 MiB shallow; most: io.uplift.engine.Foo +0.0 MiB (+0))", Soak.watched(before, after));
    }

    @Test
    public void theSoakChecksItsOptionsBeforeItStartsAStore() {
        Soak.Options defaults = Soak.parse(new String[0]);
        assertEquals(20, defaults.minutes);
        assertEquals(30, defaults.sampleSeconds);
        assertEquals(0, defaults.sessionMinutes);
        Soak.Options o = Soak.parse(new String[] {"--minutes", "30", "--session-minutes", "5", "--seed", "9"});
        assertEquals(30, o.minutes);
        assertEquals(5, o.sessionMinutes);
        assertEquals(9L, o.seed);
        soakRefused("--session-minutes must be 0 (the site's web.xml, 60 minutes) or from 1 to 600: 601",
                "--session-minutes", "601");
        soakRefused("--session-minutes must be 0 (the site's web.xml, 60 minutes) or from 1 to 600: -1",
                "--session-minutes", "-1");
        soakRefused("'five'", "--session-minutes", "five");
        soakRefused("--minutes must be from 1 to", "--minutes", "0");
        soakRefused("--sample-seconds must be from 1 to 600: 601", "--sample-seconds", "601");
        soakRefused("'--hours'", "--hours", "3");
    }

    @Test
    public void theStorefrontsOwnCountersAreSummedIntoOneLine() {
        Map<String, Long> sums = new java.util.TreeMap<String, Long>();
        sums.put("renderCache.hits", 990L);
        sums.put("renderCache.misses", 10L);
        sums.put("renderCache.entries", 40L);
        sums.put("events.written", 9800L);
        sums.put("events.lost", 200L);
        sums.put("failures.events:write", 2L);
        sums.put("failures.zero", 0L);
        assertEquals("load: the storefront's own counters (1 node, whole run): render cache 990 hits of 1000 lookups"
                + " (99.0 %), 40 entries; events written 9800, lost 200 (2.0 %); exposures dropped 0; failures:"
                + " events:write 2", LoadTest.nodeSummary(1, sums));
        assertEquals("load: the storefront's own counters (2 nodes, whole run): render cache 0 hits of 0 lookups (-),"
                + " 0 entries; events written 0, lost 0 (-); exposures dropped 0; failures: none",
                LoadTest.nodeSummary(2, new java.util.TreeMap<String, Long>()));
    }

    private static void soakRefused(String quoted, String... args) {
        refusedBy(Soak::parse, quoted, args);
    }

    private static void refused(String quoted, String... args) {
        refusedBy(LoadTest::parse, quoted, args);
    }

    private static void refusedBy(java.util.function.Consumer<String[]> parse, String quoted, String... args) {
        try {
            parse.accept(args);
            fail("accepted " + String.join(" ", args));
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(quoted));
        }
    }
}
