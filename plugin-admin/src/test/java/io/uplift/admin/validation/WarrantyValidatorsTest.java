package io.uplift.admin.validation;

import org.junit.Test;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The admin's save rules for a warranty plan's amounts and prices (the storefront applies the same when it reads). */
public class WarrantyValidatorsTest {

    @Test
    public void anAmountIsPositiveWithAtMostTwoDecimals() {
        for (String ok : new String[] {"19", "19.99", "0.01", " 7 ", "+5"}) {
            assertTrue("'" + ok + "'", MoneyValidator.valid(ok, false, false, null, null));
        }
        for (String bad : new String[] {"0", "-1", "19.999", "abc", "1e3", "", null, "10,5", "1000000000000000"}) {
            assertFalse("'" + bad + "'", MoneyValidator.valid(bad, false, false, null, null));
        }
    }

    @Test
    public void optionalZeroMaxAndAboveAnotherField() {
        assertTrue(MoneyValidator.valid("", true, false, null, null));
        assertTrue(MoneyValidator.valid(null, true, false, null, null));
        assertTrue(MoneyValidator.valid("0", false, true, null, null));
        assertFalse(MoneyValidator.valid("-0.01", false, true, null, null));
        assertTrue(MoneyValidator.valid("100", false, false, "100", null));
        assertFalse(MoneyValidator.valid("100.01", false, false, "100", null));
        assertTrue(MoneyValidator.valid("500", false, false, null, "100"));
        assertFalse("not above the minimum", MoneyValidator.valid("100", false, false, null, "100.00"));
        assertFalse(MoneyValidator.valid("99", false, false, null, "100"));
        assertTrue("a bad minimum is reported by its own field", MoneyValidator.valid("99", false, false, null, "x"));
        assertTrue("a blank minimum", MoneyValidator.valid("99", false, false, null, ""));
    }

    @Test
    public void aPriceIsEitherAnAmountOrAPercentageWithFloorAndCeiling() {
        assertTrue(WarrantyRateValidator.valid("19", "", null, null));
        assertTrue(WarrantyRateValidator.valid("", "12", "29", "149"));
        assertTrue(WarrantyRateValidator.valid(null, "12", null, null));
        assertTrue(WarrantyRateValidator.valid(null, "12", "29", "29"));
        assertFalse("neither", WarrantyRateValidator.valid("", " ", null, null));
        assertFalse("both", WarrantyRateValidator.valid("19", "12", null, null));
        assertFalse("floor with an amount", WarrantyRateValidator.valid("19", null, "5", null));
        assertFalse("ceiling with an amount", WarrantyRateValidator.valid("19", null, null, "50"));
        assertFalse("ceiling below floor", WarrantyRateValidator.valid(null, "12", "30", "20"));
        assertFalse("zero amount", WarrantyRateValidator.valid("0", null, null, null));
    }
}
