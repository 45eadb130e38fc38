package io.uplift.broadleaf.slot.domain;

import io.uplift.broadleaf.addon.AddOnWidgetProvider;
import io.uplift.widget.bundle.BundleWidgetProvider;
import io.uplift.broadleaf.warranty.WarrantyWidgetProvider;
import io.uplift.widget.upsell.CartUpgradeWidgetProvider;
import io.uplift.widget.upsell.ComparisonWidgetProvider;

import io.uplift.widget.order.OrderOffersWidgetProvider;
import io.uplift.widget.nudge.FreeShippingWidgetProvider;
import io.uplift.widget.suggest.SuggestionWidgets;

import java.util.LinkedHashMap;
import java.util.Map;

/** The widget types the admin can place in a slot. One constant per {@code WidgetProvider} type. */
public class UpliftWidgetType extends UpliftEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, UpliftWidgetType> TYPES = new LinkedHashMap<String, UpliftWidgetType>();

    public static final UpliftWidgetType RELATED_PRODUCTS = new UpliftWidgetType(SuggestionWidgets.RELATED_PRODUCTS,
            "Related products (the product's cross-sale list)");
    public static final UpliftWidgetType ALSO_BOUGHT = new UpliftWidgetType(SuggestionWidgets.ALSO_BOUGHT,
            "Customers also bought (co-purchase, then similar, then trending)");
    public static final UpliftWidgetType CART_ADD_ONS = new UpliftWidgetType(SuggestionWidgets.CART_ADD_ONS,
            "Add these too (for the whole cart)");
    public static final UpliftWidgetType FOR_YOU = new UpliftWidgetType(SuggestionWidgets.FOR_YOU,
            "Recommended for you (recently viewed and past orders)");
    public static final UpliftWidgetType SIMILAR = new UpliftWidgetType(SuggestionWidgets.SIMILAR,
            "Similar products (category, attributes, price)");
    public static final UpliftWidgetType TRENDING = new UpliftWidgetType(SuggestionWidgets.TRENDING,
            "Trending now (best-sellers, recent orders count more)");

    public static final UpliftWidgetType COMPARISON = new UpliftWidgetType(ComparisonWidgetProvider.TYPE,
            "Comparison table: this product against better versions (product page; tune in the Upsell tab)");
    public static final UpliftWidgetType CART_UPGRADE = new UpliftWidgetType(CartUpgradeWidgetProvider.TYPE,
            "Upgrade offers for cart lines (cart; tune in the Upsell tab)");
    public static final UpliftWidgetType BUNDLE = new UpliftWidgetType(BundleWidgetProvider.TYPE,
            "Frequently bought together: the product's bundle with its bundle price (product page; bundles in Uplift > Bundles)");
    public static final UpliftWidgetType WARRANTY = new UpliftWidgetType(WarrantyWidgetProvider.TYPE,
            "Protection plans (product page: add with a plan; cart and checkout: a plan per line; plans in Uplift >"
                    + " Warranty plans)");
    public static final UpliftWidgetType ORDER_OFFERS = new UpliftWidgetType(OrderOffersWidgetProvider.TYPE,
            "Order offers: \"Add to your order\" while the order is open, else \"For next time\" (order confirmation)");
    public static final UpliftWidgetType FREE_SHIPPING = new UpliftWidgetType(FreeShippingWidgetProvider.TYPE,
            "Free-shipping nudge: progress to the shop's free-shipping threshold and gap fillers (cart, mini-cart)");
    public static final UpliftWidgetType ORDER_ADD_ONS = new UpliftWidgetType(AddOnWidgetProvider.TYPE,
            "Checkout add-ons: gift wrap, shipping insurance, ... chosen for the whole order (checkout; add-ons in"
                    + " Uplift > Checkout add-ons)");

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
