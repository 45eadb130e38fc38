package io.uplift.broadleaf.slot.domain;

import io.uplift.slot.SlotKey;

import java.util.LinkedHashMap;
import java.util.Map;

/** The slots as a Broadleaf enumeration, so the admin offers them as choices. Mirrors {@link SlotKey}. */
public class UpliftSlotType extends UpliftEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, UpliftSlotType> TYPES = new LinkedHashMap<String, UpliftSlotType>();

    public static final UpliftSlotType PRODUCT = new UpliftSlotType(SlotKey.PRODUCT.name(), "Product page");
    public static final UpliftSlotType CART = new UpliftSlotType(SlotKey.CART.name(), "Cart page");
    public static final UpliftSlotType CHECKOUT = new UpliftSlotType(SlotKey.CHECKOUT.name(), "Checkout");
    public static final UpliftSlotType CONFIRMATION = new UpliftSlotType(SlotKey.CONFIRMATION.name(), "Order confirmation");
    public static final UpliftSlotType MINI_CART = new UpliftSlotType(SlotKey.MINI_CART.name(), "Mini-cart (page header)");

    public UpliftSlotType() {
    }

    public UpliftSlotType(String type, String friendlyType) {
        super(type, friendlyType);
        if (!TYPES.containsKey(type)) {
            TYPES.put(type, this);
        }
    }

    public static UpliftSlotType getInstance(String type) {
        return TYPES.get(type);
    }
}
