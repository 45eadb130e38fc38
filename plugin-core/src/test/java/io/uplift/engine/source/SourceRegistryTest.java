package io.uplift.engine.source;

import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;

import static io.uplift.engine.source.FixedSource.proposing;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

public class SourceRegistryTest {

    private final FixedSource manual = proposing("manual", 1);
    private final FixedSource similar = proposing("similar", 2);
    private final SourceRegistry registry = new SourceRegistry(Arrays.asList(similar, manual));

    @Test
    public void findsSourcesByName() {
        assertSame(manual, registry.get("manual"));
        assertSame(similar, registry.get("similar"));
    }

    @Test
    public void namesAndAllKeepTheOrderTheSourcesWereGivenIn() {
        assertEquals(Arrays.asList("similar", "manual"), new ArrayList<String>(registry.names()));
        assertEquals(Arrays.<SuggestionSource>asList(similar, manual), registry.all());
    }

    @Test
    public void anUnknownNameFailsListingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.get("trending"));
        assertEquals("unknown suggestion source: 'trending' (known: [similar, manual])", e.getMessage());
    }

    @Test
    public void aNullNameIsAnUnknownNameNotANullPointer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.get(null));
        assertEquals("unknown suggestion source: 'null' (known: [similar, manual])", e.getMessage());
    }

    @Test
    public void twoSourcesWithOneNameAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SourceRegistry(Arrays.asList(manual, proposing("manual", 3))));
        assertEquals("two sources named 'manual': " + FixedSource.class.getName() + " and "
                + FixedSource.class.getName(), e.getMessage());
    }

    @Test
    public void namesMustBeLowerCaseLettersDigitsAndDashes() {
        for (String bad : new String[] {null, "", "Manual", "co purchase", "9lives", "-x", "a_b"}) {
            IllegalArgumentException e = assertThrows(String.valueOf(bad), IllegalArgumentException.class,
                    () -> new SourceRegistry(Collections.singletonList(proposing(bad))));
            assertEquals("source " + FixedSource.class.getName()
                    + " has an invalid name (lower-case letters, digits and '-'): '" + bad + "'", e.getMessage());
        }
        assertEquals(Arrays.asList("also-bought2"),
                new ArrayList<String>(new SourceRegistry(Collections.singletonList(proposing("also-bought2"))).names()));
    }

    @Test
    public void allIsACopy() {
        registry.all().clear();
        assertEquals(2, registry.all().size());
    }
}
