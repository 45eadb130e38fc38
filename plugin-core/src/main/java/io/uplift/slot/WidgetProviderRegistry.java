package io.uplift.slot;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The widget providers by type. An unknown type fails with a message listing the known ones. */
public class WidgetProviderRegistry {

    private final Map<String, WidgetProvider> byType;

    public WidgetProviderRegistry(List<WidgetProvider> providers) {
        Map<String, WidgetProvider> map = new TreeMap<String, WidgetProvider>();
        for (WidgetProvider p : providers) {
            if (p.type() == null || p.type().trim().isEmpty()) {
                throw new IllegalArgumentException("widget provider " + p.getClass().getName()
                        + " has no type: '" + p.type() + "'");
            }
            WidgetProvider prior = map.put(p.type(), p);
            if (prior != null) {
                throw new IllegalArgumentException("two widget providers for type '" + p.type() + "': "
                        + prior.getClass().getName() + " and " + p.getClass().getName());
            }
        }
        this.byType = Collections.unmodifiableMap(map);
    }

    /** @throws IllegalArgumentException naming the unknown type and the known ones */
    public WidgetProvider get(String type) {
        // a TreeMap throws a bare NullPointerException for a null key: answer it like any other unknown type
        WidgetProvider p = type == null ? null : byType.get(type);
        if (p == null) {
            throw new IllegalArgumentException("unknown widget type: '" + type + "' (known: " + byType.keySet() + ")");
        }
        return p;
    }

    /** The known types, sorted. */
    public java.util.Set<String> types() {
        return byType.keySet();
    }
}
