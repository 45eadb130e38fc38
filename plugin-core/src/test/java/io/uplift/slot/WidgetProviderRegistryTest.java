package io.uplift.slot;

import org.junit.Test;

import java.util.Arrays;
import java.util.Collections;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class WidgetProviderRegistryTest {

    private final StubProvider related = StubProvider.showing("RELATED_PRODUCTS");
    private final StubProvider bundle = StubProvider.showing("BUNDLE");
    private final WidgetProviderRegistry registry =
            new WidgetProviderRegistry(Arrays.<WidgetProvider>asList(related, bundle));

    @Test
    public void findsAProviderByItsType() {
        assertSame(related, registry.get("RELATED_PRODUCTS"));
        assertSame(bundle, registry.get("BUNDLE"));
    }

    @Test
    public void knownTypesAreSorted() {
        assertEquals(Arrays.asList("BUNDLE", "RELATED_PRODUCTS"), new java.util.ArrayList<String>(registry.types()));
    }

    @Test
    public void anUnknownTypeFailsListingTheKnownTypes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.get("WARRANTY"));
        assertEquals("unknown widget type: 'WARRANTY' (known: [BUNDLE, RELATED_PRODUCTS])", e.getMessage());
    }

    /** A TreeMap lookup of null threw a bare NullPointerException instead of the documented message. */
    @Test
    public void aNullTypeFailsListingTheKnownTypesNotWithANullPointer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.get(null));
        assertEquals("unknown widget type: 'null' (known: [BUNDLE, RELATED_PRODUCTS])", e.getMessage());
    }

    @Test
    public void twoProvidersForOneTypeAreRejectedNamingTheType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WidgetProviderRegistry(Arrays.<WidgetProvider>asList(related,
                        StubProvider.showing("RELATED_PRODUCTS"))));
        assertTrue(e.getMessage(), e.getMessage().startsWith("two widget providers for type 'RELATED_PRODUCTS': "));
    }

    @Test
    public void aProviderWithoutATypeIsRejectedNamingItsClass() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WidgetProviderRegistry(Collections.<WidgetProvider>singletonList(StubProvider.showing(null))));
        assertEquals("widget provider " + StubProvider.class.getName() + " has no type: 'null'", e.getMessage());
    }

    @Test
    public void anEmptyRegistryKnowsNoTypes() {
        WidgetProviderRegistry none = new WidgetProviderRegistry(Collections.<WidgetProvider>emptyList());
        assertEquals("unknown widget type: 'BUNDLE' (known: [])",
                assertThrows(IllegalArgumentException.class, () -> none.get("BUNDLE")).getMessage());
    }
}
