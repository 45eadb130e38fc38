package io.uplift.engine.experiment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.util.Arrays;
import java.util.Collections;

import org.junit.Test;

public class VisitorArmTest {

    private final ExperimentAssigner assigner = new ExperimentAssigner();
    private final Experiment onWidget7 = ExperimentTest.threeVsFive(10).start(ExperimentTest.T0);
    private final Experiment onSlot = new Experiment("slot-wide", "s2", "product", null,
            Arrays.asList(ExperimentTest.THREE, ExperimentTest.FIVE), 0).start(ExperimentTest.T0);

    @Test
    public void theArmIsTheAssignersForTheExperimentCoveringTheWidget() {
        for (int i = 0; i < 200; i++) {
            String visitor = "c:" + i;
            assertEquals(new VisitorArm("also-bought-count", assigner.assign(onWidget7, visitor).getArm()),
                    VisitorArm.of(assigner, Collections.singletonList(onWidget7), 7, visitor));
            // an experiment of the whole slot covers every widget of the slot
            assertEquals(new VisitorArm("slot-wide", assigner.assign(onSlot, visitor).getArm()),
                    VisitorArm.of(assigner, Collections.singletonList(onSlot), 12, visitor));
        }
    }

    @Test
    public void noArmForAnotherWidgetAStoppedExperimentOrNoVisitor() {
        assertNull(VisitorArm.of(assigner, Collections.singletonList(onWidget7), 8, "c:1"));
        assertNull(VisitorArm.of(assigner, Collections.singletonList(onWidget7.stop(ExperimentTest.T0)), 7, "c:1"));
        assertNull(VisitorArm.of(assigner, Collections.singletonList(onWidget7), 7, " "));
        assertNull(VisitorArm.of(assigner, Collections.<Experiment>emptyList(), 7, "c:1"));
        try {
            new VisitorArm("exp", " ");
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("an experiment id and an arm are required: 'exp' / ' '", e.getMessage());
        }
    }
}
