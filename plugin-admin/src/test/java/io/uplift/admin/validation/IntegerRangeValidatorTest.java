package io.uplift.admin.validation;

import org.junit.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The widget "number of items" rule: a whole number from 1 to 12. */
public class IntegerRangeValidatorTest {

    @Test
    public void acceptsBothBounds() {
        assertTrue(IntegerRangeValidator.inRange("1", 1, 12));
        assertTrue(IntegerRangeValidator.inRange("12", 1, 12));
    }

    @Test
    public void acceptsSurroundingWhitespaceAndAPlusSign() {
        assertTrue(IntegerRangeValidator.inRange(" 7 ", 1, 12));
        assertTrue(IntegerRangeValidator.inRange("+7", 1, 12));
    }

    @Test
    public void rejectsValuesJustOutsideTheBounds() {
        assertFalse(IntegerRangeValidator.inRange("0", 1, 12));
        assertFalse(IntegerRangeValidator.inRange("13", 1, 12));
        assertFalse(IntegerRangeValidator.inRange("-1", 1, 12));
    }

    @Test
    public void rejectsBlankAndMissingValues() {
        assertFalse(IntegerRangeValidator.inRange("", 1, 12));
        assertFalse(IntegerRangeValidator.inRange("  ", 1, 12));
        assertFalse(IntegerRangeValidator.inRange(null, 1, 12));
    }

    @Test
    public void rejectsNonIntegers() {
        assertFalse(IntegerRangeValidator.inRange("abc", 1, 12));
        assertFalse(IntegerRangeValidator.inRange("1.5", 1, 12));
        assertFalse(IntegerRangeValidator.inRange("1e1", 1, 12));
        assertFalse(IntegerRangeValidator.inRange("0x5", 1, 12));
    }

    /** Long.parseLong would throw on this; the validator must answer "not valid" instead. */
    @Test
    public void aNumberTooLargeForALongIsNotValidRatherThanAnError() {
        assertFalse(IntegerRangeValidator.inRange("99999999999999999999", 1, 12));
        assertFalse(IntegerRangeValidator.inRange("999999999999999999", 1, 12));
    }

    @Test
    public void validatesAgainstTheConfiguredBounds() {
        IntegerRangeValidator validator = new IntegerRangeValidator();
        Map<String, String> config = new HashMap<String, String>();
        config.put("min", "1");
        config.put("max", "12");
        assertTrue(validator.validateInternal(null, null, null, config, null, "maxItems", "12"));
        assertFalse(validator.validateInternal(null, null, null, config, null, "maxItems", "13"));
    }

    @Test
    public void aMissingBoundIsAConfigurationErrorQuotingTheValue() {
        Map<String, String> config = new HashMap<String, String>();
        config.put("min", "1");
        config.put("max", "twelve");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new IntegerRangeValidator().validateInternal(null, null, null, config, null, "maxItems", "5"));
        assertEquals("IntegerRangeValidator needs a whole-number configuration item 'max': 'twelve'", e.getMessage());
    }
}
