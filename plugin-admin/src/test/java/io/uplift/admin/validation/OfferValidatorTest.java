package io.uplift.admin.validation;

import org.junit.Test;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class OfferValidatorTest {

    @Test
    public void noOfferIsFine() {
        assertTrue(OfferValidator.valid(null, null));
        assertTrue(OfferValidator.valid("  ", null));
        assertTrue("an end date alone does nothing", OfferValidator.valid("", "2026-12-24"));
    }

    @Test
    public void anOfferNeedsAnEndDate() {
        assertFalse(OfferValidator.valid("Holiday week", null));
        assertFalse(OfferValidator.valid("Holiday week", " "));
        assertTrue(OfferValidator.valid("Holiday week", "2026-12-24 00:00:00"));
    }

    @Test
    public void theTextHasALimit() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 121; i++) {
            b.append('x');
        }
        assertFalse(OfferValidator.valid(b.toString(), "2026-12-24"));
        assertTrue(OfferValidator.valid(b.substring(1), "2026-12-24"));
    }
}
