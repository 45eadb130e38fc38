package io.uplift.engine.nudge;

import org.junit.Test;

import java.math.BigDecimal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Missing amount, bar and "qualifies", computed by hand for a $75 threshold. */
public class ShippingProgressTest {

    private static ShippingProgress at(String subtotal, String threshold) {
        return new ShippingProgress(new BigDecimal(subtotal), new BigDecimal(threshold));
    }

    @Test
    public void shortOfTheThreshold() {
        ShippingProgress p = at("62.60", "75");
        assertEquals(new BigDecimal("12.40"), p.getMissing());
        assertEquals(83, p.getPercent()); // 62.60 / 75 = 83.47 %, floored
        assertFalse(p.isQualifies());
    }

    @Test
    public void aCentShort() {
        ShippingProgress p = at("74.99", "75.00");
        assertEquals(new BigDecimal("0.01"), p.getMissing());
        assertEquals(99, p.getPercent());
        assertFalse(p.isQualifies());
    }

    @Test
    public void exactlyAtTheThresholdQualifies() {
        ShippingProgress p = at("75.00", "75");
        assertEquals(new BigDecimal("0.00"), p.getMissing());
        assertEquals(100, p.getPercent());
        assertTrue(p.isQualifies());
    }

    @Test
    public void aboveTheThresholdTheBarStaysFull() {
        ShippingProgress p = at("150.00", "75");
        assertEquals(100, p.getPercent());
        assertTrue(p.isQualifies());
    }

    @Test
    public void anEmptyAmountNeedsTheWholeThreshold() {
        ShippingProgress p = at("0", "75");
        assertEquals(new BigDecimal("75.00"), p.getMissing());
        assertEquals(0, p.getPercent());
    }

    @Test
    public void theMissingAmountIsRoundedUpToTheCentSoAddingItAlwaysQualifies() {
        ShippingProgress p = at("75.00", "75.001");
        assertEquals(new BigDecimal("0.01"), p.getMissing());
        assertTrue(at("75.01", "75.001").isQualifies());
    }

    @Test
    public void theBarNeverShowsFullBeforeTheCartQualifies() {
        assertEquals(99, at("74.999", "75").getPercent());
    }

    @Test
    public void badFiguresAreRefusedQuotingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> at("-1.00", "75"));
        assertTrue(e.getMessage(), e.getMessage().contains("-1.00"));
        e = assertThrows(IllegalArgumentException.class, () -> at("10", "0"));
        assertTrue(e.getMessage(), e.getMessage().contains("0"));
    }
}
