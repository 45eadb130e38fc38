package io.uplift.broadleaf.event;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.Arrays;
import java.util.Collections;

import org.junit.Test;

import io.uplift.engine.event.KnownWidget;
import io.uplift.slot.SlotKey;
import io.uplift.slot.SlotSettingsCache;
import io.uplift.slot.WidgetFailures;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetSettingsSource;

/** Events and attributions name a widget by id; type and slot come from the shop's enabled widgets only. */
public class SlotWidgetDirectoryTest {

    private static SlotWidgetDirectory directory() {
        WidgetSettingsSource source = new WidgetSettingsSource() {
            @Override
            public Loaded loadAll() {
                return new Loaded(Arrays.asList(
                        new WidgetSettings(3, SlotKey.PRODUCT, "ALSO_BOUGHT", true, "Also bought", 4, 1),
                        new WidgetSettings(4, SlotKey.MINI_CART, "FREE_SHIPPING", true, "Free shipping", 4, 1),
                        new WidgetSettings(5, SlotKey.CART, "CART_ADD_ONS", false, "Add these too", 4, 1)),
                        Collections.<String>emptyList());
            }
        };
        SlotSettingsCache cache = new SlotSettingsCache(source, new WidgetFailures(), 60000);
        cache.refresh();
        return new SlotWidgetDirectory(cache);
    }

    @Test
    public void anEnabledWidgetIsFoundWithItsTypeAndTheSlotsTagName() {
        KnownWidget w = directory().find(4);
        assertEquals(4, w.getId());
        assertEquals("FREE_SHIPPING", w.getType());
        assertEquals("mini-cart", w.getSlot());
        assertEquals("product", directory().find(3).getSlot());
    }

    @Test
    public void aDisabledOrUnknownWidgetIsNotFound() {
        assertNull("disabled", directory().find(5));
        assertNull("unknown", directory().find(999));
    }
}
