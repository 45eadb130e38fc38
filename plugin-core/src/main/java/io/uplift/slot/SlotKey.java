package io.uplift.slot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The page regions a theme marks with one slot tag each ({@code <blc:uplift_slot slot="product">}).
 * Admins decide which widgets fill each slot.
 */
public enum SlotKey {
    /** The product page, below the buy box. */
    PRODUCT("product"),
    /** The cart page. */
    CART("cart"),
    /** The checkout page. */
    CHECKOUT("checkout"),
    /** The order confirmation page. */
    CONFIRMATION("confirmation"),
    /** The mini-cart panel in the page header (every page): keep its widgets cheap. */
    MINI_CART("mini-cart");

    private final String tagName;

    SlotKey(String tagName) {
        this.tagName = tagName;
    }

    /** The name used in templates, e.g. {@code product}. */
    public String tagName() {
        return tagName;
    }

    /**
     * Looks a slot up by its template name or its constant name, ignoring case.
     *
     * @throws IllegalArgumentException naming the bad value and the known slots
     */
    public static SlotKey fromName(String name) {
        if (name != null) {
            String n = name.trim();
            for (SlotKey key : values()) {
                if (key.tagName.equalsIgnoreCase(n) || key.name().equalsIgnoreCase(n)) {
                    return key;
                }
            }
        }
        throw new IllegalArgumentException("unknown slot: '" + name + "' (known: " + known() + ")");
    }

    static String known() {
        List<String> names = new ArrayList<String>();
        for (SlotKey key : values()) {
            names.add(key.tagName.toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }
}
