package io.uplift.demo.sim;

import org.junit.Test;

import java.net.URI;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class SimulatorSettingsTest {

    @Test
    public void defaultsAndOptions() {
        SimulatorSettings s = SimulatorSettings.parse(new String[] {"--site", "http://localhost:9000/", "--shoppers", "10",
                "--seconds", "20", "--accept", "0.5", "--seed", "7"});
        assertEquals(URI.create("http://localhost:9000"), s.site);
        assertEquals(10, s.shoppers);
        assertEquals(20, s.seconds);
        assertEquals(0.5, s.accept, 0);
        assertEquals(7, s.seed);
        assertEquals(URI.create("http://127.0.0.1:8080"), SimulatorSettings.parse(new String[0]).site);
    }

    @Test
    public void onlyTheLoopbackInterfaceAndBoundedRuns() {
        refused("only drives a store on this machine's loopback interface", "--site", "http://example.com:8080");
        refused("'http://10.0.0.1:8080'", "--site", "http://10.0.0.1:8080");
        refused("'https://127.0.0.1:8443'", "--site", "https://127.0.0.1:8443");
        refused("--shoppers must be from 1 to 5000: 0", "--shoppers", "0");
        refused("--shoppers must be from 1 to 5000: 5001", "--shoppers", "5001");
        refused("--seconds must be from 1 to 3600: 3601", "--seconds", "3601");
        refused("--concurrency must be from 1 to 16: 17", "--concurrency", "17");
        refused("--accept is a probability from 0 to 1: 1.5", "--accept", "1.5");
        refused("--checkout is a probability from 0 to 1: NaN", "--checkout", "NaN");
        refused("--shoppers needs a number: 'ten'", "--shoppers", "ten");
        refused("unknown option: '--fast'", "--fast", "1");
        refused("option --seed needs a value", "--seed");
        assertTrue(SimulatorSettings.isLoopback("127.0.0.1"));
        assertTrue(SimulatorSettings.isLoopback("127.1.2.3"));
        assertTrue(SimulatorSettings.isLoopback("LOCALHOST"));
    }

    private static void refused(String message, String... args) {
        try {
            SimulatorSettings.parse(args);
            fail("accepted " + String.join(" ", args));
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(message));
        }
    }
}
