package io.uplift.engine.source;

import org.junit.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;

public class SourceChainTest {

    private static final List<String> KNOWN = Arrays.asList("manual", "copurchase", "similar", "trending");

    @Test
    public void keepsTheOrderAsWritten() {
        assertEquals(Arrays.asList("similar", "manual", "trending"),
                SourceChain.parse("similar,manual,trending", KNOWN).getNames());
    }

    @Test
    public void namesAreTrimmedAndLowerCased() {
        assertEquals(Arrays.asList("copurchase", "similar"),
                SourceChain.parse("  CoPurchase ,\tSIMILAR  ", KNOWN).getNames());
    }

    @Test
    public void toStringIsTheNormalisedChain() {
        assertEquals("copurchase, similar, trending",
                SourceChain.parse("COPURCHASE,similar ,  trending", KNOWN).toString());
    }

    @Test
    public void chainsWithTheSameNamesInTheSameOrderAreEqual() {
        assertEquals(SourceChain.parse("manual, similar", KNOWN), SourceChain.parse("MANUAL,similar", KNOWN));
        assertEquals(SourceChain.parse("manual, similar", KNOWN).hashCode(),
                SourceChain.parse("MANUAL,similar", KNOWN).hashCode());
        assertNotEquals(SourceChain.parse("manual, similar", KNOWN), SourceChain.parse("similar, manual", KNOWN));
    }

    @Test
    public void namesCannotBeChangedByCallers() {
        assertThrows(UnsupportedOperationException.class,
                () -> SourceChain.parse("manual", KNOWN).getNames().add("similar"));
    }

    @Test
    public void nullEmptyAndBlankAreRefusedListingTheKnownSources() {
        for (String blank : new String[] {null, "", "   "}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SourceChain.parse(blank, KNOWN));
            assertEquals("the source chain is empty: '" + blank
                    + "' (known sources: [manual, copurchase, similar, trending])", e.getMessage());
        }
    }

    @Test
    public void textLongerThanTheAdminFieldIsRefusedQuotingIt() {
        StringBuilder text = new StringBuilder("manual");
        while (text.length() <= SourceChain.MAX_TEXT_LENGTH) {
            text.append(' ');
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceChain.parse(text.toString(), KNOWN));
        assertEquals("the source chain is longer than 200 characters: '" + text + "'", e.getMessage());
    }

    @Test
    public void textOfExactlyTheMaximumLengthIsAccepted() {
        StringBuilder text = new StringBuilder("manual");
        while (text.length() < SourceChain.MAX_TEXT_LENGTH) {
            text.append(' ');
        }
        assertEquals(Arrays.asList("manual"), SourceChain.parse(text.toString(), KNOWN).getNames());
    }

    @Test
    public void anUnknownNameIsQuotedAsWrittenWithTheKnownNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceChain.parse("manual, Bestsellers", KNOWN));
        assertEquals("unknown source 'Bestsellers' in the chain 'manual, Bestsellers' (known sources: manual,"
                + " copurchase, similar, trending)", e.getMessage());
    }

    @Test
    public void aRepeatedNameIsRefusedEvenInAnotherCase() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceChain.parse("similar, manual, SIMILAR", KNOWN));
        assertEquals("source 'similar' appears twice in the chain 'similar, manual, SIMILAR'", e.getMessage());
    }

    @Test
    public void anEmptyEntryBetweenCommasIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceChain.parse("manual, ,similar", KNOWN));
        assertEquals("the source chain has an empty entry: 'manual, ,similar'", e.getMessage());
    }

    @Test
    public void aLeadingCommaIsAnEmptyEntry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceChain.parse(",manual", KNOWN));
        assertEquals("the source chain has an empty entry: ',manual'", e.getMessage());
    }

    /**
     * Regression: {@code String.split(",")} drops trailing empty strings, so {@code "manual,"} passed the guard that
     * refuses {@code ",manual"} and {@code "manual,,similar"}.
     */
    @Test
    public void trailingCommaIsAnEmptyEntryLikeALeadingOne() {
        for (String text : new String[] {"manual,", "manual, similar ,", "manual,,", "manual, "}) {
            IllegalArgumentException e = assertThrows(text, IllegalArgumentException.class,
                    () -> SourceChain.parse(text, KNOWN));
            assertEquals("the source chain has an empty entry: '" + text + "'", e.getMessage());
        }
    }
}
