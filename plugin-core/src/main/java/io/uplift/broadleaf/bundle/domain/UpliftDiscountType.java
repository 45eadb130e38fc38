package io.uplift.broadleaf.bundle.domain;

import io.uplift.broadleaf.slot.domain.UpliftEnumeration;
import io.uplift.engine.bundle.Bundle;

import java.util.LinkedHashMap;
import java.util.Map;

/** How a bundle's discount is expressed: a percentage of the set's price or a fixed amount off the set. */
public class UpliftDiscountType extends UpliftEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, UpliftDiscountType> TYPES = new LinkedHashMap<String, UpliftDiscountType>();

    public static final UpliftDiscountType PERCENT = new UpliftDiscountType(Bundle.DiscountType.PERCENT.name(),
            "Percentage of the set's price");
    public static final UpliftDiscountType AMOUNT = new UpliftDiscountType(Bundle.DiscountType.AMOUNT.name(),
            "Fixed amount off the set");

    public UpliftDiscountType() {
    }

    public UpliftDiscountType(String type, String friendlyType) {
        super(type, friendlyType);
        if (!TYPES.containsKey(type)) {
            TYPES.put(type, this);
        }
    }

    public static UpliftDiscountType getInstance(String type) {
        return TYPES.get(type);
    }
}
