package io.uplift.engine.warranty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every enabled, valid warranty plan by id. Immutable; replaced as a whole when the admin changes one. */
public final class WarrantyPlans {

    public static final WarrantyPlans EMPTY = new WarrantyPlans(Collections.<WarrantyPlan>emptyList());

    private final Map<Long, WarrantyPlan> byId = new LinkedHashMap<Long, WarrantyPlan>();

    public WarrantyPlans(Collection<WarrantyPlan> plans) {
        for (WarrantyPlan p : plans) {
            byId.put(p.getId(), p);
        }
    }

    /** The plan with this id, or {@code null}. */
    public WarrantyPlan byId(long id) {
        return byId.get(id);
    }

    /** The plans covering an item in these categories at this unit price, in definition order. */
    public List<WarrantyPlan> covering(Collection<Long> itemCategoryIds, BigDecimal unitPrice) {
        List<WarrantyPlan> out = new ArrayList<WarrantyPlan>(2);
        for (WarrantyPlan p : byId.values()) {
            if (p.covers(itemCategoryIds, unitPrice)) {
                out.add(p);
            }
        }
        return out;
    }

    public Collection<WarrantyPlan> all() {
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
