package io.uplift.engine.bundle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every enabled bundle, by id and by anchor product. Immutable; replaced as a whole when the admin changes one. */
public final class Bundles {

    public static final Bundles EMPTY = new Bundles(Collections.<Bundle>emptyList());

    private final Map<Long, Bundle> byId = new LinkedHashMap<Long, Bundle>();
    private final Map<Long, List<Bundle>> byAnchor = new HashMap<Long, List<Bundle>>();

    public Bundles(Collection<Bundle> bundles) {
        for (Bundle b : bundles) {
            byId.put(b.getId(), b);
            List<Bundle> list = byAnchor.get(b.getAnchorProductId());
            if (list == null) {
                list = new ArrayList<Bundle>(2);
                byAnchor.put(b.getAnchorProductId(), list);
            }
            list.add(b);
        }
    }

    /** The bundle with this id, or {@code null}. */
    public Bundle byId(long id) {
        return byId.get(id);
    }

    /** The bundles whose anchor is this product and that are active at {@code now}, in definition order. */
    public List<Bundle> activeForAnchor(long productId, Date now) {
        List<Bundle> list = byAnchor.get(productId);
        if (list == null) {
            return Collections.emptyList();
        }
        List<Bundle> out = new ArrayList<Bundle>(list.size());
        for (Bundle b : list) {
            if (b.isActiveAt(now)) {
                out.add(b);
            }
        }
        return out;
    }

    /** Every bundle active at {@code now}. */
    public List<Bundle> active(Date now) {
        List<Bundle> out = new ArrayList<Bundle>();
        for (Bundle b : byId.values()) {
            if (b.isActiveAt(now)) {
                out.add(b);
            }
        }
        return out;
    }

    public Collection<Bundle> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    public int size() {
        return byId.size();
    }

    @Override
    public String toString() {
        return byId.values().toString();
    }
}
