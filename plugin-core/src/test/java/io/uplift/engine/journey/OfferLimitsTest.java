package io.uplift.engine.journey;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class OfferLimitsTest {

    @Test
    public void blankMeansNoLimitAndTheRangesHold() {
        OfferLimits none = new OfferLimits(null, null);
        assertNull(none.getWarrantyDeclines());
        assertNull(none.getProductPlaces());
        assertEquals(none, OfferLimits.NONE);
        assertEquals(Integer.valueOf(2), OfferLimits.DEFAULTS.getWarrantyDeclines());
        assertEquals(Integer.valueOf(5), OfferLimits.DEFAULTS.getProductPlaces());
        new OfferLimits(1, 1);
        new OfferLimits(OfferLimits.MAX_DECLINES, OfferLimits.MAX_PLACES);
    }

    @Test
    public void outOfRangeValuesAreRefusedQuotingTheValue() {
        refused(0, null, ": 0");
        refused(21, null, ": 21");
        refused(null, 0, ": 0");
        refused(null, 51, ": 51");
        refused(-3, 2, ": -3");
    }

    private static void refused(Integer declines, Integer places, String quoted) {
        try {
            new OfferLimits(declines, places);
            fail("accepted " + declines + "/" + places);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().endsWith(quoted));
        }
    }
}
