package io.uplift.engine.warranty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Every enabled, valid warranty plan by id. Immutable; replaced as a whole when the admin changes one. */
public final class WarrantyPlans {

    public static final WarrantyPlans EMPTY = new WarrantyPlans(Collections.<WarrantyPlan>emptyList(),
            Collections.<Long>emptySet());

    private final Map<Long, WarrantyPlan> byId = new LinkedHashMap<Long, WarrantyPlan>();
    private final Set<Long> planProducts = new TreeSet<Long>();

    /**
     * @param plans        the enabled, valid plans
     * @param planProducts the products of every term of every plan, also of plans switched off or left out for bad
     *                     configuration: such a product is never sold alone, whatever state its plan is in
     */
    public WarrantyPlans(Collection<WarrantyPlan> plans, Collection<Long> planProducts) {
        for (WarrantyPlan p : plans) {
            byId.put(p.getId(), p);
            this.planProducts.addAll(p.getTermProducts().values());
        }
        this.planProducts.addAll(planProducts);
    }

    /** The plan with this id, or {@code null}. */
    public WarrantyPlan byId(long id) {
        return byId.get(id);
    }

    /**
     * Whether {@code productId} is the product of a term of any plan, on or off, valid or not: its line is only ever
     * a child of the line it covers, never bought alone.
     */
    /** Every plan product (sold only with the item it covers); never null. */
    public java.util.Set<Long> getPlanProducts() {
        return java.util.Collections.unmodifiableSet(planProducts);
    }

    public boolean isPlanProduct(long productId) {
        return planProducts.contains(productId);
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
        return byId.values() + " products " + planProducts;
    }
}
