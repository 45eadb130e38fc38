package io.uplift.engine.journey;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class JourneyTest {

    private static final OfferLimits TWO_AND_THREE = new OfferLimits(2, 3);

    @Test
    public void declinesCountOncePerPlaceAndCapAtTheLimit() {
        Journey j = new Journey();
        assertFalse(j.isWarrantyCapped(TWO_AND_THREE));
        assertEquals(1, j.recordWarrantyDecline("/phones/nova-x"));
        assertEquals(1, j.recordWarrantyDecline("/phones/nova-x"));
        assertFalse(j.isWarrantyCapped(TWO_AND_THREE));
        assertEquals(2, j.recordWarrantyDecline("/cart"));
        assertTrue(j.isWarrantyCapped(TWO_AND_THREE));
        assertFalse("no limit: always asked", j.isWarrantyCapped(new OfferLimits(null, 3)));
        assertTrue(j.isWarrantyCapped(new OfferLimits(1, null)));
    }

    @Test
    public void aProductMayShowInAsManyPlacesAsAllowedAndAgainWhereItWas() {
        Journey j = new Journey();
        for (String place : new String[] {"/a", "/b", "/c"}) {
            assertTrue(place, j.mayShow(7, place, TWO_AND_THREE));
            j.recordShown(7, place);
        }
        assertEquals(3, j.placesOf(7));
        assertFalse("a fourth page", j.mayShow(7, "/d", TWO_AND_THREE));
        assertTrue("a reload of a page that showed it", j.mayShow(7, "/b", TWO_AND_THREE));
        assertTrue("another product", j.mayShow(8, "/d", TWO_AND_THREE));
        assertTrue("no limit", j.mayShow(7, "/d", OfferLimits.NONE));
        j.recordShown(7, "/b");
        assertEquals("the same place counts once", 3, j.placesOf(7));
    }

    @Test
    public void staysBounded() {
        Journey j = new Journey();
        for (int i = 0; i < Journey.MAX_PRODUCTS + 10; i++) {
            j.recordShown(i, "/p");
        }
        assertEquals("the oldest forgotten", 0, j.placesOf(0));
        assertEquals(1, j.placesOf(Journey.MAX_PRODUCTS + 9));
        for (int i = 0; i < 200; i++) {
            j.recordShown(1_000_000, "/p" + i);
            j.recordWarrantyDecline("/d" + i);
        }
        assertEquals(Journey.MAX_PLACES_KEPT, j.placesOf(1_000_000));
        assertEquals(Journey.MAX_DECLINES_KEPT, j.getWarrantyDeclines());
        assertTrue(j.isWarrantyCapped(new OfferLimits(OfferLimits.MAX_DECLINES, null)));
        assertFalse(j.mayShow(1_000_000, "/new", new OfferLimits(null, OfferLimits.MAX_PLACES)));
    }

    @Test
    public void longPlacesAreCutNotRefused() {
        Journey j = new Journey();
        StringBuilder sb = new StringBuilder("/");
        for (int i = 0; i < 500; i++) {
            sb.append('x');
        }
        j.recordShown(1, sb.toString());
        assertTrue(j.mayShow(1, sb.toString(), new OfferLimits(null, 1)));
        assertEquals(1, j.placesOf(1));
        assertTrue(j.mayShow(2, null, new OfferLimits(null, 1)));
    }
}
