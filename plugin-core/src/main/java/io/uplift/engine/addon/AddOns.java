package io.uplift.engine.addon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shop's add-ons that keep the rules, switched on or off, in display order (then by id). Immutable.
 */
public final class AddOns {

    public static final AddOns EMPTY = new AddOns(Collections.<AddOn>emptyList());

    private final List<AddOn> all;
    private final List<AddOn> active;
    private final Map<Long, AddOn> byId;

    public AddOns(List<AddOn> addOns) {
        List<AddOn> sorted = new ArrayList<AddOn>(addOns);
        Collections.sort(sorted, new Comparator<AddOn>() {
            @Override
            public int compare(AddOn a, AddOn b) {
                int c = Integer.compare(a.getDisplayOrder(), b.getDisplayOrder());
                return c != 0 ? c : Long.compare(a.getId(), b.getId());
            }
        });
        Map<Long, AddOn> ids = new LinkedHashMap<Long, AddOn>();
        List<AddOn> on = new ArrayList<AddOn>();
        for (AddOn a : sorted) {
            if (ids.put(a.getId(), a) != null) {
                throw new IllegalArgumentException("add-on id " + a.getId() + " is listed twice");
            }
            if (a.isEnabled()) {
                on.add(a);
            }
        }
        this.all = Collections.unmodifiableList(sorted);
        this.active = Collections.unmodifiableList(on);
        this.byId = Collections.unmodifiableMap(ids);
    }

    /** Every add-on read, on or off, in display order. */
    public List<AddOn> all() {
        return all;
    }

    /** The add-ons shoppers can choose, in display order. */
    public List<AddOn> active() {
        return active;
    }

    /** The add-on with this id, on or off, or {@code null}. */
    public AddOn byId(long id) {
        return byId.get(id);
    }

    /** The add-on with this id if it is on, else {@code null}. */
    public AddOn activeById(long id) {
        AddOn a = byId.get(id);
        return a != null && a.isEnabled() ? a : null;
    }

    @Override
    public String toString() {
        return all.toString();
    }
}
