package io.uplift.broadleaf.slot.domain;

import io.uplift.widget.related.RelatedProductsProvider;
import org.broadleafcommerce.common.BroadleafEnumerationType;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** The widget types the admin can place in a slot. One constant per {@code WidgetProvider} type. */
public class UpliftWidgetType implements Serializable, BroadleafEnumerationType {

    private static final long serialVersionUID = 1L;
    private static final Map<String, UpliftWidgetType> TYPES = new LinkedHashMap<String, UpliftWidgetType>();

    public static final UpliftWidgetType RELATED_PRODUCTS = new UpliftWidgetType(RelatedProductsProvider.TYPE,
            "Related products (the product's cross-sale list)");

    private String type;
    private String friendlyType;

    public UpliftWidgetType() {
    }

    public UpliftWidgetType(String type, String friendlyType) {
        this.friendlyType = friendlyType;
        this.type = type;
        if (!TYPES.containsKey(type)) {
            TYPES.put(type, this);
        }
    }

    public static UpliftWidgetType getInstance(String type) {
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
