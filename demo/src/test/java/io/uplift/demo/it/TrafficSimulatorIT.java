package io.uplift.demo.it;

import io.uplift.demo.sim.SimulatorSettings;
import io.uplift.demo.sim.TrafficSimulator;
import org.junit.Before;
import org.junit.Test;

import java.net.URI;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The traffic simulator against the demo store: simulated shoppers browse, take suggestions, check out through the
 * real checkout; every order it reports is a submitted order in the database with the simulator's e-mail address,
 * and nothing failed. Bounded: 12 shoppers, 90 s at most.
 */
public class TrafficSimulatorIT {

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
    }

    @Test
    public void simulatedShoppersCheckOutThroughTheRealStorefront() throws Exception {
        String site = DemoStoreHarness.site("");
        SimulatorSettings settings = new SimulatorSettings(URI.create(site), 12, 90, 3, 0.8, 0.5, 1.0, 991);
        TrafficSimulator.Report report = new TrafficSimulator(settings).run();
        System.out.println("simulate: " + report);
        assertEquals(report.toString(), 0, report.errors.get());
        assertEquals(report.toString(), 12, report.shoppers.get());
        assertTrue(report.toString(), report.suggestionAdds.get() > 0 && report.orders.get() > 0
                && report.events.get() > 0);
        assertEquals("every reported order is submitted, with the simulator's address", report.orders.get(),
                Sql.count("SELECT COUNT(*) FROM BLC_ORDER WHERE ORDER_STATUS = 'SUBMITTED' AND EMAIL_ADDRESS LIKE '"
                        + TrafficSimulator.EMAIL_PREFIX + "991-%'"));
        assertEquals(report.orders.get(), report.orderNumbers.size());
    }
}
