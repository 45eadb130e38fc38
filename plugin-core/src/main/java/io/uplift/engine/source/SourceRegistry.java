package io.uplift.engine.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The suggestion sources by name. An unknown name fails with a message listing the known ones. */
public class SourceRegistry {

    private final Map<String, SuggestionSource> byName;

    public SourceRegistry(List<? extends SuggestionSource> sources) {
        Map<String, SuggestionSource> map = new LinkedHashMap<String, SuggestionSource>();
        for (SuggestionSource s : sources) {
            String name = s.name();
            if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("source " + s.getClass().getName()
                        + " has an invalid name (lower-case letters, digits and '-'): '" + name + "'");
            }
            SuggestionSource prior = map.put(name, s);
            if (prior != null) {
                throw new IllegalArgumentException("two sources named '" + name + "': " + prior.getClass().getName()
                        + " and " + s.getClass().getName());
            }
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /** @throws IllegalArgumentException naming the unknown source and the known ones */
    public SuggestionSource get(String name) {
        SuggestionSource s = name == null ? null : byName.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown suggestion source: '" + name + "' (known: " + byName.keySet() + ")");
        }
        return s;
    }

    public Collection<String> names() {
        return byName.keySet();
    }

    public List<SuggestionSource> all() {
        return new ArrayList<SuggestionSource>(byName.values());
    }
}
