package io.uplift.broadleaf.slot.domain;

import io.uplift.widget.related.RelatedProductsProvider;

import java.util.LinkedHashMap;
import java.util.Map;

/** The widget types the admin can place in a slot. One constant per {@code WidgetProvider} type. */
public class UpliftWidgetType extends UpliftEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, UpliftWidgetType> TYPES = new LinkedHashMap<String, UpliftWidgetType>();

    public static final UpliftWidgetType RELATED_PRODUCTS = new UpliftWidgetType(RelatedProductsProvider.TYPE,
            "Related products (the product's cross-sale list)");

    public UpliftWidgetType() {
    }

    public UpliftWidgetType(String type, String friendlyType) {
        super(type, friendlyType);
        if (!TYPES.containsKey(type)) {
            TYPES.put(type, this);
        }
    }

    public static UpliftWidgetType getInstance(String type) {
        return TYPES.get(type);
    }
}
