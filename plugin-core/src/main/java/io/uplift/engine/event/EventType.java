package io.uplift.engine.event;

import java.util.Arrays;
import java.util.Locale;

/**
 * What happened to a suggestion. The funnel is rendered, then seen, then clicked, then added to the cart, then
 * bought; each later step is counted on its own (a purchase without a recorded click still counts as a purchase).
 */
public enum EventType {
    /** The server rendered the widget into a page (the widget as a whole; no product). */
    IMPRESSION_RENDERED,
    /** The widget was actually in the shopper's viewport (reported by the page's script; the widget as a whole). */
    IMPRESSION_SEEN,
    /** The shopper clicked one suggested product. */
    CLICK,
    /** A suggested product was added to the cart from the widget (recorded by the server where the line is added). */
    ADD_TO_CART,
    /** An order containing a line added from the widget was submitted (recorded by the server at checkout). */
    PURCHASE;

    /** Whether an event of this type concerns one product (click and later) rather than the widget as a whole. */
    public boolean isPerProduct() {
        return this == CLICK || this == ADD_TO_CART || this == PURCHASE;
    }

    /**
     * Looks a type up by its constant name, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException quoting the bad value and listing the known ones
     */
    public static EventType fromName(String name) {
        if (name != null) {
            String n = name.trim().toUpperCase(Locale.ROOT);
            for (EventType t : values()) {
                if (t.name().equals(n)) {
                    return t;
                }
            }
        }
        throw new IllegalArgumentException("unknown event type: '" + name + "' (known: " + Arrays.toString(values())
                + ")");
    }
}
