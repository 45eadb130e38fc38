package io.uplift.engine.experiment;

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

public class VariantLinesTest {

    @Test
    public void readsOneVariantPerLineWithItsOverrides() {
        List<Variant> v = VariantLines.parse("three 50 count=3\r\n\n  five 50 count=5 position=2 sources=copurchase,"
                + "trending title=More you may like  \n");
        assertEquals(2, v.size());
        assertEquals("three", v.get(0).getName());
        assertEquals(50, v.get(0).getWeight());
        assertEquals(new VariantOverrides(3, null, null, null), v.get(0).getOverrides());
        assertEquals("five", v.get(1).getName());
        assertEquals(new VariantOverrides(5, 2, "More you may like", "copurchase,trending"), v.get(1).getOverrides());
    }

    @Test
    public void aVariantWithoutOverridesChangesNothing() {
        Variant control = VariantLines.parse("control 100").get(0);
        assertEquals(VariantOverrides.NONE, control.getOverrides());
        assertNull(control.getOverrides().getCount());
    }

    @Test
    public void badLinesAreNamedAndQuoted() {
        refused("three 50 count=3\nfive", "line 2 'five': needs a name and a weight, e.g. 'three 50'");
        refused("three fifty", "line 1 'three fifty': weight must be a whole number: 'fifty'");
        refused("three 50 count=13", "line 1 'three 50 count=13': number shown must be 1 to 12: 13");
        refused("three 50 count=x", "line 1 'three 50 count=x': count must be a whole number: 'x'");
        refused("three 50 colour=red", "line 1 'three 50 colour=red': unknown or repeated part 'colour=red'"
                + " (known: count=, position=, sources=, title=)");
        refused("three 50 count=3 count=4", "line 1 'three 50 count=3 count=4': unknown or repeated part 'count=4'"
                + " (known: count=, position=, sources=, title=)");
        refused("three 50 title=", "line 1 'three 50 title=': title= needs words after it");
        refused("Three 50", "line 1 'Three 50': variant name must be 1-32 lower-case letters, digits, _ or -, and not"
                + " 'holdout': 'Three'");
        refused(" \n ", "no variants: give one line per variant, e.g. 'three 50 count=3'");
        refused(null, "no variants: give one line per variant, e.g. 'three 50 count=3'");
    }

    private static void refused(String text, String message) {
        try {
            VariantLines.parse(text);
            fail("accepted: " + text);
        } catch (IllegalArgumentException e) {
            assertEquals(message, e.getMessage());
        }
    }
}
