package io.uplift.slot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Everything one slot shows on one page, in order. Immutable; empty when nothing should show. */
public final class SlotView {

    private final SlotKey slot;
    private final List<WidgetView> widgets;

    public SlotView(SlotKey slot, List<WidgetView> widgets) {
        this.slot = slot;
        this.widgets = Collections.unmodifiableList(new ArrayList<WidgetView>(widgets));
    }

    public static SlotView empty(SlotKey slot) {
        return new SlotView(slot, Collections.<WidgetView>emptyList());
    }

    public SlotKey getSlot() {
        return slot;
    }

    /** The slot's name as used in templates and CSS, e.g. {@code product}. */
    public String getName() {
        return slot.tagName();
    }

    public List<WidgetView> getWidgets() {
        return widgets;
    }

    public boolean isEmpty() {
        return widgets.isEmpty();
    }
}
