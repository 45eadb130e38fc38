package io.uplift.engine.event;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The kind of suggestion a widget makes, the unit acceptance rates are reported by. Every widget type maps to
 * exactly one kind ({@link #forWidget(String)}):
 * <ul>
 * <li>cross-sell: {@code RELATED_PRODUCTS}, {@code ALSO_BOUGHT}, {@code CART_ADD_ONS}, {@code FOR_YOU}, and the
 * fallback widgets {@code SIMILAR} and {@code TRENDING} (other products beside the one looked at), and the
 * confirmation page's {@code ORDER_OFFERS};</li>
 * <li>upsell: {@code COMPARISON}, {@code CART_UPGRADE} (a better version instead);</li>
 * <li>bundle: {@code BUNDLE}; warranty: {@code WARRANTY};</li>
 * <li>nudge: {@code FREE_SHIPPING} (add something to reach free shipping);</li>
 * <li>add-on: {@code ORDER_ADD_ONS} (small additions at checkout).</li>
 * </ul>
 * The widget type names are those of the slot layer's widget providers (a test pins them to the providers' constants).
 */
public enum SuggestionType {
    CROSS_SELL, UPSELL, BUNDLE, WARRANTY, NUDGE, ADD_ON;

    private static final Map<String, SuggestionType> BY_WIDGET;

    static {
        Map<String, SuggestionType> m = new LinkedHashMap<String, SuggestionType>();
        for (String w : new String[] {"RELATED_PRODUCTS", "ALSO_BOUGHT", "CART_ADD_ONS", "FOR_YOU", "SIMILAR",
                "TRENDING", "ORDER_OFFERS"}) {
            m.put(w, CROSS_SELL);
        }
        m.put("COMPARISON", UPSELL);
        m.put("CART_UPGRADE", UPSELL);
        m.put("BUNDLE", BUNDLE);
        m.put("WARRANTY", WARRANTY);
        m.put("FREE_SHIPPING", NUDGE);
        m.put("ORDER_ADD_ONS", ADD_ON);
        BY_WIDGET = Collections.unmodifiableMap(m);
    }

    /**
     * The kind of suggestion a widget type makes.
     *
     * @throws IllegalArgumentException quoting the unknown widget type and listing the known ones
     */
    public static SuggestionType forWidget(String widgetType) {
        SuggestionType t = widgetType == null ? null : BY_WIDGET.get(widgetType);
        if (t == null) {
            throw new IllegalArgumentException("unknown widget type: '" + widgetType + "' (known: "
                    + BY_WIDGET.keySet() + ")");
        }
        return t;
    }

    /** The widget types with a known kind, in a stable order. */
    public static Set<String> knownWidgetTypes() {
        return BY_WIDGET.keySet();
    }
}
