package io.uplift.slot;

import org.junit.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class SlotViewTest {

    @Test
    public void emptyViewHasNoWidgetsAndTheSlotName() {
        SlotView v = SlotView.empty(SlotKey.CART);
        assertTrue(v.isEmpty());
        assertTrue(v.getWidgets().isEmpty());
        assertEquals("cart", v.getName());
    }

    @Test
    public void widgetsAreAnUnmodifiableCopy() {
        WidgetView w = new WidgetView(1, "RELATED_PRODUCTS", "uplift/x", "T", Collections.<ProductCard>emptyList());
        List<WidgetView> widgets = new ArrayList<WidgetView>(Collections.singletonList(w));
        SlotView v = new SlotView(SlotKey.PRODUCT, widgets);
        widgets.clear();
        assertFalse(v.isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> v.getWidgets().clear());
    }

    @Test
    public void requestNeedsSlotAndContext() {
        assertThrows(IllegalArgumentException.class, () -> new SlotRequest(null,
                new io.uplift.engine.SuggestionContext(1L, null)));
        assertThrows(IllegalArgumentException.class, () -> new SlotRequest(SlotKey.PRODUCT, null));
    }
}
