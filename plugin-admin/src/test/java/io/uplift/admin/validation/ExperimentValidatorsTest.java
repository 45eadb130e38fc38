package io.uplift.admin.validation;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class ExperimentValidatorsTest {

    @Test
    public void theStateGoesOneWayOnly() {
        assertNull(ExperimentStateValidator.problem(null, "DRAFT"));
        assertNull(ExperimentStateValidator.problem(null, "RUNNING"));
        assertNull(ExperimentStateValidator.problem("DRAFT", "DRAFT"));
        assertNull(ExperimentStateValidator.problem("DRAFT", "RUNNING"));
        assertNull(ExperimentStateValidator.problem("RUNNING", "STOPPED"));
        assertNull(ExperimentStateValidator.problem("STOPPED", "STOPPED"));
        assertEquals("An experiment goes from Draft to Running to Stopped, never back or across: it is STOPPED and"
                + " cannot become 'RUNNING' (make a new experiment instead).",
                ExperimentStateValidator.problem("STOPPED", "RUNNING"));
        assertEquals("An experiment goes from Draft to Running to Stopped, never back or across: it is new and"
                + " cannot become 'STOPPED' (make a new experiment instead).",
                ExperimentStateValidator.problem(null, "STOPPED"));
        assertTrue(ExperimentStateValidator.problem("DRAFT", "STOPPED") != null);
        assertTrue(ExperimentStateValidator.problem("RUNNING", "DRAFT") != null);
        assertEquals("The state must be Draft, Running or Stopped. You entered 'PAUSED'.",
                ExperimentStateValidator.problem("DRAFT", "PAUSED"));
    }

    @Test
    public void frozenFieldsCompareAsTyped() {
        assertTrue(ExperimentFrozenValidator.same("three 50\nfive 50", " three 50\r\nfive 50\n"));
        assertTrue(ExperimentFrozenValidator.same(null, ""));
        assertFalse(ExperimentFrozenValidator.same("three 50\nfive 50", "three 40\nfive 60"));
        assertFalse(ExperimentFrozenValidator.same("10", "20"));
    }

    @Test
    public void slotsAreThePluginsSlots() {
        assertTrue(ExperimentSlotValidator.valid("product"));
        assertTrue(ExperimentSlotValidator.valid("mini-cart"));
        assertFalse(ExperimentSlotValidator.valid("shelf"));
        assertFalse(ExperimentSlotValidator.valid(""));
    }
}
