package io.uplift.engine.experiment;

import org.junit.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class ExperimentTest {

    static final Variant THREE = new Variant("three", 50, new VariantOverrides(3, null, null, null));
    static final Variant FIVE = new Variant("five", 50, new VariantOverrides(5, null, null, null));
    static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

    static Experiment threeVsFive(int holdout) {
        return new Experiment("also-bought-count", "s1", "product", 7L, Arrays.asList(THREE, FIVE), holdout);
    }

    @Test
    public void aDraftStartsAndStopsAndGoesNoWayBack() {
        Experiment draft = threeVsFive(10);
        assertEquals(ExperimentState.DRAFT, draft.getState());
        assertNull(draft.getStartedAt());
        assertEquals(THREE, draft.getControl());
        Experiment running = draft.start(T0);
        assertEquals(ExperimentState.RUNNING, running.getState());
        assertEquals(T0, running.getStartedAt());
        Experiment stopped = running.stop(T0.plusSeconds(3600));
        assertEquals(ExperimentState.STOPPED, stopped.getState());
        assertEquals(T0.plusSeconds(3600), stopped.getStoppedAt());
        String name = "experiment 'also-bought-count'";
        illegal(() -> running.start(T0), name + " can only be started as a draft; it is RUNNING");
        illegal(() -> stopped.start(T0), name + " can only be started as a draft; it is STOPPED");
        illegal(() -> draft.stop(T0), "experiment 'also-bought-count' can only be stopped while running; it is DRAFT");
    }

    private static void illegal(Runnable r, String message) {
        try {
            r.run();
            fail("allowed: " + message);
        } catch (IllegalStateException e) {
            assertEquals(message, e.getMessage());
        }
    }

    @Test
    public void badExperimentsAreRefusedQuotingTheValue() {
        List<Variant> both = Arrays.asList(THREE, FIVE);
        refused(() -> new Experiment("a b", "s", "product", null, both, 0), "experiment id must be 1-64");
        refused(() -> new Experiment("x", "s", "product", null,
                Arrays.asList(THREE, new Variant("five", 40, null)), 0),
                "experiment 'x': the variants' weights must sum to 100: 90");
        refused(() -> new Experiment("x", "s", "product", null, Arrays.asList(THREE, THREE), 0),
                "experiment 'x': two variants are named 'three'");
        refused(() -> new Experiment("x", "s", "product", null, both, 51),
                "experiment 'x': hold-out must be 0 to 50 percent: 51");
        refused(() -> new Experiment("x", "s", "Product!", null, both, 0),
                "experiment 'x': slot must be a slot name such as 'product': 'Product!'");
        refused(() -> new Experiment("x", "s", "product", null, both, 0, ExperimentState.RUNNING, null, null),
                "experiment 'x': times do not fit state RUNNING: started null, stopped null");
        refused(() -> new Variant("holdout", 50, null), "variant name must be");
        refused(() -> new Variant("five", 0, null), "variant 'five': weight must be 1 to 100: 0");
        refused(() -> new VariantOverrides(13, null, null, null), "number shown must be 1 to 12: 13");
        refused(() -> new VariantOverrides(null, -1, null, null), "position must be 0 to 999: -1");
        refused(() -> new VariantOverrides(null, null, " ", null), "title must be 1 to 100 characters: ' '");
        refused(() -> new VariantOverrides(null, null, null, "copurchase;drop"),
                "sources must be a comma-separated chain of source names: 'copurchase;drop'");
    }

    private static void refused(Runnable r, String start) {
        try {
            r.run();
            fail("accepted: " + start);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith(start));
        }
    }
}
