package io.uplift.engine.upsell;

import org.junit.Test;

import static io.uplift.engine.upsell.AttributeDifference.ADDED;
import static io.uplift.engine.upsell.AttributeDifference.LESS;
import static io.uplift.engine.upsell.AttributeDifference.MISSING;
import static io.uplift.engine.upsell.AttributeDifference.MORE;
import static io.uplift.engine.upsell.AttributeDifference.OTHER;
import static io.uplift.engine.upsell.AttributeDifference.SAME;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class AttributeDifferenceTest {

    @Test
    public void equalValuesAreTheSameRegardlessOfCaseAndWhitespace() {
        assertEquals(SAME, AttributeDifference.of("OLED", "OLED"));
        assertEquals(SAME, AttributeDifference.of("Titanium  Black", " titanium black "));
        assertEquals(SAME, AttributeDifference.of(null, null));
        assertEquals(SAME, AttributeDifference.of("no", "None"));
    }

    @Test
    public void equalMeasuresWrittenDifferentlyAreTheSame() {
        assertEquals(SAME, AttributeDifference.of("1 TB", "1024 GB"));
        assertEquals(SAME, AttributeDifference.of("256 GB", "256GB"));
    }

    @Test
    public void measuresOfOneKindAreOrdered() {
        assertEquals(MORE, AttributeDifference.of("128 GB", "256 GB"));
        assertEquals(MORE, AttributeDifference.of("512 GB", "1 TB"));
        assertEquals(LESS, AttributeDifference.of("4,400 mAh", "3,300 mAh"));
    }

    @Test
    public void aFeatureTheAnchorLacksIsAdded() {
        assertEquals(ADDED, AttributeDifference.of(null, "Yes"));
        assertEquals(ADDED, AttributeDifference.of("no", "Yes"));
        assertEquals(ADDED, AttributeDifference.of(" NO ", "OLED"));
        assertEquals(ADDED, AttributeDifference.of("", "8 GB"));
        assertEquals(ADDED, AttributeDifference.of("n/a", "8 GB"));
        assertEquals(ADDED, AttributeDifference.of("-", "8 GB"));
    }

    @Test
    public void aValueThisVersionLacksIsMissing() {
        assertEquals(MISSING, AttributeDifference.of("Yes", null));
        assertEquals(MISSING, AttributeDifference.of("Yes", "No"));
        assertEquals(MISSING, AttributeDifference.of("8 GB", "  "));
    }

    @Test
    public void differentValuesThatCannotBeOrderedAreOther() {
        assertEquals(OTHER, AttributeDifference.of("6-core", "8-core"));
        assertEquals(OTHER, AttributeDifference.of("LCD", "OLED"));
        assertEquals(OTHER, AttributeDifference.of("256 GB", "4,400 mAh"));
    }

    @Test
    public void ratioIsValueOverAnchor() {
        assertEquals(2.0, AttributeDifference.ratio("256 GB", "128 GB"), 1e-12);
        assertEquals(0.5, AttributeDifference.ratio("128 GB", "256 GB"), 1e-12);
        assertNull(AttributeDifference.ratio("OLED", "LCD"));
        assertNull(AttributeDifference.ratio("256 GB", null));
    }

    @Test
    public void onlyMoreAndAddedArePremiumAndOnlySameIsNotDifferent() {
        assertTrue(MORE.isPremium());
        assertTrue(ADDED.isPremium());
        for (AttributeDifference d : new AttributeDifference[] {SAME, LESS, MISSING, OTHER}) {
            assertFalse(d.name(), d.isPremium());
        }
        assertFalse(SAME.isDifferent());
        for (AttributeDifference d : new AttributeDifference[] {MORE, LESS, ADDED, MISSING, OTHER}) {
            assertTrue(d.name(), d.isDifferent());
        }
    }

    @Test
    public void noNoneDashAndBlankCountAsNoValue() {
        assertFalse(AttributeDifference.present(null));
        assertFalse(AttributeDifference.present(" No "));
        assertFalse(AttributeDifference.present("NONE"));
        assertFalse(AttributeDifference.present("N/A"));
        assertFalse(AttributeDifference.present("-"));
        assertFalse(AttributeDifference.present(""));
        assertTrue(AttributeDifference.present("Yes"));
        assertTrue(AttributeDifference.present("0 GB"));
    }

    @Test
    public void normalisingIsTrimCollapsedWhitespaceAndLowerCaseForAnyText() {
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s+");
        char[] alphabet = {'a', 'B', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u0001', '\u00A0', 'G', '5', '\u0130', '-'};
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 20000; i++) {
            char[] text = new char[random.nextInt(12)];
            for (int k = 0; k < text.length; k++) {
                text[k] = alphabet[random.nextInt(alphabet.length)];
            }
            String v = new String(text);
            String expected = spaces.matcher(v.trim()).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
            assertEquals("'" + v + "'", expected, AttributeDifference.normalise(v));
        }
        assertEquals("256 gb", AttributeDifference.normalise("  256 \t GB "));
    }
}
