package io.uplift.admin.validation;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

/** A widget a running experiment tests may not leave the experiment's slot. */
public class WidgetSlotValidatorTest {

    @Test
    public void aWidgetOfARunningExperimentStaysInItsSlot() {
        String[] running = {"Related: 3 vs 5", "product"};
        assertNull("the same slot, either spelling", WidgetSlotValidator.problem(running, "PRODUCT"));
        assertNull(WidgetSlotValidator.problem(new String[] {"Nudge", "mini-cart"}, "MINI_CART"));
        assertEquals("The running experiment 'Related: 3 vs 5' tests this widget in the slot 'product': stop it first"
                + " (Uplift > Experiments), or its results would mix two set-ups. You chose 'CART'.",
                WidgetSlotValidator.problem(running, "CART"));
    }

    @Test
    public void aWidgetInNoRunningExperimentMovesFreely() {
        assertNull(WidgetSlotValidator.problem(null, "CART"));
    }
}
