package io.uplift.broadleaf.addon.domain;

import io.uplift.broadleaf.slot.domain.UpliftEnumeration;
import io.uplift.engine.addon.AddOn;

import java.util.LinkedHashMap;
import java.util.Map;

/** The kinds of checkout add-on the admin offers ({@link AddOn.Kind}). */
public class UpliftAddOnKind extends UpliftEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, UpliftAddOnKind> TYPES = new LinkedHashMap<String, UpliftAddOnKind>();

    public static final UpliftAddOnKind GIFT_WRAP = new UpliftAddOnKind(AddOn.Kind.GIFT_WRAP.name(), "Gift wrap");
    public static final UpliftAddOnKind SHIPPING_INSURANCE = new UpliftAddOnKind(AddOn.Kind.SHIPPING_INSURANCE.name(),
            "Shipping insurance");
    public static final UpliftAddOnKind OTHER = new UpliftAddOnKind(AddOn.Kind.OTHER.name(), "Other");

    public UpliftAddOnKind() {
    }

    public UpliftAddOnKind(String type, String friendlyType) {
        super(type, friendlyType);
        if (!TYPES.containsKey(type)) {
            TYPES.put(type, this);
        }
    }

    public static UpliftAddOnKind getInstance(String type) {
        return TYPES.get(type);
    }
}
