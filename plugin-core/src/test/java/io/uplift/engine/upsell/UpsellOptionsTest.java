package io.uplift.engine.upsell;

import org.junit.Test;
import org.junit.function.ThrowingRunnable;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class UpsellOptionsTest {

    private static void assertRejected(String quoted, ThrowingRunnable make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make);
        assertTrue(e.getMessage(), e.getMessage().endsWith(": " + quoted));
    }

    @Test
    public void defaultsAreTheDocumentedOnes() {
        UpsellOptions d = UpsellOptions.DEFAULTS;
        assertTrue(d.isSocialProof());
        assertEquals(30, d.getMinOrders());
        assertEquals(90, d.getWindowDays());
        assertEquals(5, d.getLowStock());
        assertEquals(0, d.getPerMonthMonths());
        assertEquals("upsell{socialProof=true, minOrders=30, windowDays=90, lowStock=5, perMonth=0}", d.toString());
    }

    @Test
    public void theLimitsThemselvesAreAccepted() {
        UpsellOptions low = new UpsellOptions(false, 1, 1, 0, 0);
        assertEquals(1, low.getMinOrders());
        UpsellOptions high = new UpsellOptions(true, UpsellOptions.MAX_MIN_ORDERS, UpsellOptions.MAX_WINDOW_DAYS,
                UpsellOptions.MAX_LOW_STOCK, PriceFraming.MAX_MONTHS);
        assertEquals(730, high.getWindowDays());
        assertEquals(1000, high.getLowStock());
        assertEquals(60, high.getPerMonthMonths());
    }

    @Test
    public void eachBadValueIsRejectedQuotingIt() {
        assertRejected("0", () -> new UpsellOptions(true, 0, 90, 5, 0));
        assertRejected("1000001", () -> new UpsellOptions(true, 1000001, 90, 5, 0));
        assertRejected("0", () -> new UpsellOptions(true, 30, 0, 5, 0));
        assertRejected("731", () -> new UpsellOptions(true, 30, 731, 5, 0));
        assertRejected("-1", () -> new UpsellOptions(true, 30, 90, -1, 0));
        assertRejected("1001", () -> new UpsellOptions(true, 30, 90, 1001, 0));
        assertRejected("-3", () -> new UpsellOptions(true, 30, 90, 5, -3));
        assertRejected("61", () -> new UpsellOptions(true, 30, 90, 5, 61));
    }

    @Test
    public void scarcityShowsOnlyKnownPositiveStockAtOrBelowTheThreshold() {
        UpsellOptions five = new UpsellOptions(true, 30, 90, 5, 0);
        assertEquals("Only 3 left", five.scarcity(3));
        assertEquals("Only 5 left", five.scarcity(5));
        assertEquals("Only 1 left", five.scarcity(1));
        assertNull(five.scarcity(6));
        assertNull("untracked", five.scarcity(null));
        assertNull("sold out", five.scarcity(0));
        assertNull(five.scarcity(-2));
    }

    @Test
    public void aZeroThresholdTurnsScarcityOff() {
        UpsellOptions off = new UpsellOptions(true, 30, 90, 0, 0);
        assertNull(off.scarcity(1));
        assertNull(off.scarcity(0));
    }
}
