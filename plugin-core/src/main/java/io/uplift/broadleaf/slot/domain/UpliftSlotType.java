package io.uplift.broadleaf.slot.domain;

import io.uplift.slot.SlotKey;
import org.broadleafcommerce.common.BroadleafEnumerationType;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** The slots as a Broadleaf enumeration, so the admin offers them as choices. Mirrors {@link SlotKey}. */
public class UpliftSlotType implements Serializable, BroadleafEnumerationType {

    private static final long serialVersionUID = 1L;
    private static final Map<String, UpliftSlotType> TYPES = new LinkedHashMap<String, UpliftSlotType>();

    public static final UpliftSlotType PRODUCT = new UpliftSlotType(SlotKey.PRODUCT.name(), "Product page");
    public static final UpliftSlotType CART = new UpliftSlotType(SlotKey.CART.name(), "Cart page");
    public static final UpliftSlotType CHECKOUT = new UpliftSlotType(SlotKey.CHECKOUT.name(), "Checkout");
    public static final UpliftSlotType CONFIRMATION = new UpliftSlotType(SlotKey.CONFIRMATION.name(), "Order confirmation");

    private String type;
    private String friendlyType;

    public UpliftSlotType() {
    }

    public UpliftSlotType(String type, String friendlyType) {
        this.friendlyType = friendlyType;
        this.type = type;
        if (!TYPES.containsKey(type)) {
            TYPES.put(type, this);
        }
    }

    public static UpliftSlotType getInstance(String type) {
        return TYPES.get(type);
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getFriendlyType() {
        return friendlyType;
    }
}
