package io.uplift.admin.validation;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
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

    @Test
    public void anOffersEndMustBeInTheFutureQuotingIt() throws Exception {
        java.util.Date now = new java.text.SimpleDateFormat("yyyy.MM.dd HH:mm:ss").parse("2026.12.02 12:00:00");
        assertEquals("The offer's end has passed, so the offer would never show: set a later end, or clear the offer"
                + " text. You entered '2026.12.01 23:59:00'.",
                OfferEndValidator.problem("Holiday week", "2026.12.01 23:59:00", now));
        assertNotNull("the very moment is past too", OfferEndValidator.problem("Holiday week", "2026.12.02 12:00:00",
                now));
        assertNull(OfferEndValidator.problem("Holiday week", "2026.12.02 12:00:01", now));
        assertNull("no offer text: the end does nothing", OfferEndValidator.problem(" ", "2020.01.01 00:00:00", now));
        assertNull(OfferEndValidator.problem(null, "2020.01.01 00:00:00", now));
        assertNull("blank or not a date: the other checks say so", OfferEndValidator.problem("Holiday week", "", now));
        assertNull(OfferEndValidator.problem("Holiday week", "yesterday", now));
    }
}
