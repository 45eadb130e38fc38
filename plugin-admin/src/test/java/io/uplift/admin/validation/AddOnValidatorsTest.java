package io.uplift.admin.validation;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The admin's save rules for a checkout add-on, and messages that quote the refused value. */
public class AddOnValidatorsTest {

    @Test
    public void aTextIsNotBlankUnlessOptionalAndAtMostMaxCharactersAfterTrimming() {
        assertTrue(TextValidator.valid("Gift wrap", false, 80));
        assertFalse("counted as stored, with its spaces", TextValidator.valid("  Gift wrap  ", false, 9));
        assertTrue(TextValidator.valid("  Gift wrap  ", false, 13));
        assertFalse(TextValidator.valid("Gift wrap!", false, 9));
        assertFalse(TextValidator.valid("   ", false, 80));
        assertFalse(TextValidator.valid(null, false, 80));
        assertTrue(TextValidator.valid(null, true, 80));
        assertTrue(TextValidator.valid("", true, 80));
    }

    @Test
    public void messagesQuoteTheValueShorteningLongOnes() {
        assertEquals("Bad. You entered '4.999'.", QuotingValidator.message("Bad.", "4.999"));
        assertEquals("Bad. You entered nothing.", QuotingValidator.message("Bad.", ""));
        assertEquals("Bad. You entered '   '.", QuotingValidator.message("Bad.", "   "));
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            longText.append(i % 10);
        }
        assertEquals("Bad. You entered '0123456789012345678901234567890123456789...' (50 characters).",
                QuotingValidator.message("Bad.", longText.toString()));
        assertEquals("Give one. You entered: fixed price '4.99', percentage '2', floor nothing, ceiling nothing.",
                AddOnPriceValidator.message("Give one.", "4.99", "2", null, ""));
    }
}
