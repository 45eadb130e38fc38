package io.uplift.broadleaf.warranty;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.domain.OrderItemAttribute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a warranty line sits in a Broadleaf cart: a discrete child line of the line it covers, for the product of the
 * plan's term, with three order item attributes: the plan ({@value #PLAN}), the term in years ({@value #YEARS}) and
 * the covered line ({@value #COVERS}). The last one also keeps two identical plans on two lines from being merged by
 * Broadleaf's "merge like items" (it compares the attributes).
 */
public final class WarrantyLines {

    public static final String PLAN = "upliftWarrantyPlan";
    public static final String YEARS = "upliftWarrantyYears";
    public static final String COVERS = "upliftWarrantyFor";

    private WarrantyLines() {
    }

    /** Whether the line is a warranty line (carries the plan attribute). */
    public static boolean isPlanLine(OrderItem item) {
        return attribute(item, PLAN) != null;
    }

    /** The warranty lines under {@code parent}. */
    public static List<OrderItem> planChildren(OrderItem parent) {
        List<OrderItem> out = new ArrayList<OrderItem>(1);
        if (parent.getChildOrderItems() != null) {
            for (OrderItem child : parent.getChildOrderItems()) {
                if (isPlanLine(child)) {
                    out.add(child);
                }
            }
        }
        return out;
    }

    /** The line of {@code order} with this id, or {@code null}. */
    public static OrderItem line(Order order, Long id) {
        if (order == null || id == null || order.getOrderItems() == null) {
            return null;
        }
        for (OrderItem item : order.getOrderItems()) {
            if (id.equals(item.getId())) {
                return item;
            }
        }
        return null;
    }

    /** A line a plan can cover: top level, a product's line, not itself a warranty line. */
    public static boolean canBeCovered(OrderItem item) {
        return item instanceof DiscreteOrderItem && item.getParentOrderItem() == null && !isPlanLine(item)
                && ((DiscreteOrderItem) item).getProduct() != null;
    }

    public static String attribute(OrderItem item, String name) {
        if (item == null || item.getOrderItemAttributes() == null) {
            return null;
        }
        OrderItemAttribute a = item.getOrderItemAttributes().get(name);
        return a == null ? null : a.getValue();
    }

    /** What the cart charges per unit of the line before adjustments: the sale price when lower, else the retail. */
    public static BigDecimal unitPrice(OrderItem item) {
        Money retail = item.getRetailPrice();
        Money sale = item.getSalePrice();
        Money unit = sale != null && (retail == null || sale.lessThan(retail)) ? sale : retail;
        return unit == null ? null : unit.getAmount().setScale(2, RoundingMode.HALF_UP);
    }

    /** The product's categories and all their ancestors. */
    public static Set<Long> categories(Product product) {
        Set<Long> out = new LinkedHashSet<Long>();
        List<Category> direct = new ArrayList<Category>();
        if (product.getDefaultCategory() != null) {
            direct.add(product.getDefaultCategory());
        }
        if (product.getAllParentCategoryXrefs() != null) {
            for (CategoryProductXref x : product.getAllParentCategoryXrefs()) {
                if (x.getCategory() != null) {
                    direct.add(x.getCategory());
                }
            }
        }
        for (Category c : direct) {
            for (Category at = c; at != null && out.add(at.getId()); at = at.getDefaultParentCategory()) {
                // walk up to the root
            }
        }
        return out;
    }
}
