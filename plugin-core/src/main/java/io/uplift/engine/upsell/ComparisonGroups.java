package io.uplift.engine.upsell;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every enabled comparison group, indexed by member product. Immutable; a new index replaces the old one when the
 * admin changes a group. A product in two groups belongs to the first one read; {@link #getShared()} names such
 * products for the admin (who cannot make one: the admin refuses to add a version of another group, but rows can be
 * written past it).
 */
public final class ComparisonGroups {

    public static final ComparisonGroups EMPTY = new ComparisonGroups(Collections.<ComparisonGroup>emptyList());

    private final Map<Long, ComparisonGroup> byId = new LinkedHashMap<Long, ComparisonGroup>();
    private final Map<Long, ComparisonGroup> byProduct = new HashMap<Long, ComparisonGroup>();
    private final List<String> shared = new ArrayList<String>();

    public ComparisonGroups(Collection<ComparisonGroup> groups) {
        for (ComparisonGroup g : groups) {
            byId.put(g.getId(), g);
            for (Long member : g.getMembers()) {
                ComparisonGroup first = byProduct.get(member);
                if (first == null) {
                    byProduct.put(member, g);
                } else if (first != g) {
                    shared.add("product " + member + " is a version of the comparison groups '" + first.getName()
                            + "' and '" + g.getName() + "': its page shows the table of '" + first.getName() + "'");
                }
            }
        }
    }

    /** The group the product belongs to, or {@code null}. */
    public ComparisonGroup groupOf(long productId) {
        return byProduct.get(productId);
    }

    /** One line per product that is a version of more than one group (which one the storefront uses); never null. */
    public List<String> getShared() {
        return Collections.unmodifiableList(shared);
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
