package io.uplift.slot;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class SlotKeyTest {

    @Test
    public void acceptsTheTemplateName() {
        assertEquals(SlotKey.PRODUCT, SlotKey.fromName("product"));
        assertEquals(SlotKey.CONFIRMATION, SlotKey.fromName("confirmation"));
        assertEquals(SlotKey.MINI_CART, SlotKey.fromName("mini-cart"));
    }

    @Test
    public void acceptsTheConstantNameInAnyCase() {
        assertEquals(SlotKey.PRODUCT, SlotKey.fromName("PRODUCT"));
        assertEquals(SlotKey.CHECKOUT, SlotKey.fromName("Checkout"));
    }

    @Test
    public void ignoresSurroundingWhitespace() {
        assertEquals(SlotKey.CART, SlotKey.fromName(" cart "));
    }

    @Test
    public void rejectsAnUnknownSlotQuotingItAndListingTheKnownSlots() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SlotKey.fromName("footer"));
        assertEquals("unknown slot: 'footer' (known: product, cart, checkout, confirmation, mini-cart)", e.getMessage());
    }

    @Test
    public void rejectsNullAndBlank() {
        assertEquals("unknown slot: 'null' (known: product, cart, checkout, confirmation, mini-cart)",
                assertThrows(IllegalArgumentException.class, () -> SlotKey.fromName(null)).getMessage());
        assertEquals("unknown slot: '  ' (known: product, cart, checkout, confirmation, mini-cart)",
                assertThrows(IllegalArgumentException.class, () -> SlotKey.fromName("  ")).getMessage());
    }

    @Test
    public void everyTagNameRoundTrips() {
        for (SlotKey key : SlotKey.values()) {
            assertEquals(key, SlotKey.fromName(key.tagName()));
        }
    }
}
