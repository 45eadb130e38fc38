package io.uplift.engine.upsell;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every enabled comparison group, indexed by member product. Immutable; a new index replaces the old one when the
 * admin changes a group. A product in two groups belongs to the first one read (the admin sees a warning).
 */
public final class ComparisonGroups {

    public static final ComparisonGroups EMPTY = new ComparisonGroups(Collections.<ComparisonGroup>emptyList());

    private final Map<Long, ComparisonGroup> byId = new LinkedHashMap<Long, ComparisonGroup>();
    private final Map<Long, ComparisonGroup> byProduct = new HashMap<Long, ComparisonGroup>();

    public ComparisonGroups(Collection<ComparisonGroup> groups) {
        for (ComparisonGroup g : groups) {
            byId.put(g.getId(), g);
            for (Long member : g.getMembers()) {
                if (!byProduct.containsKey(member)) {
                    byProduct.put(member, g);
                }
            }
        }
    }

    /** The group the product belongs to, or {@code null}. */
    public ComparisonGroup groupOf(long productId) {
        return byProduct.get(productId);
    }

    /** The group with this id, or {@code null}. */
    public ComparisonGroup byId(long groupId) {
        return byId.get(groupId);
    }

    public Collection<ComparisonGroup> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    public int size() {
        return byId.size();
    }

    /** The groups in order, as text: a change of any group changes it. */
    @Override
    public String toString() {
        return byId.values().toString();
    }
}
