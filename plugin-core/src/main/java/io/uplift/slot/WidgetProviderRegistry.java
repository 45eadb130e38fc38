package io.uplift.slot;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The widget providers by type. An unknown type fails with a message listing the known ones. */
public class WidgetProviderRegistry {

    /** For the page path's lookups (a tree map compared the type names letter by letter on each widget). */
    private final Map<String, WidgetProvider> byType;
    private final Set<String> types;

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
        this.byType = new HashMap<String, WidgetProvider>(map);
        this.types = Collections.unmodifiableSet(map.keySet());
    }

    /** @throws IllegalArgumentException naming the unknown type and the known ones */
    public WidgetProvider get(String type) {
        WidgetProvider p = type == null ? null : byType.get(type);
        if (p == null) {
            throw new IllegalArgumentException("unknown widget type: '" + type + "' (known: " + types + ")");
        }
        return p;
    }

    /** The known types, sorted. */
    public Set<String> types() {
        return types;
    }
}
