package io.uplift.broadleaf.addon;

import io.uplift.engine.addon.AddOnChoice;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.FulfillmentGroupFee;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderAttribute;
import org.broadleafcommerce.core.order.domain.OrderAttributeImpl;
import org.broadleafcommerce.core.order.domain.OrderItem;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where an order keeps its add-ons in Broadleaf's tables: the choice as the order attribute {@value #ATTRIBUTE} (ids
 * separated by commas), the charges as fulfillment group fees of the first fulfillment group whose reporting code is
 * {@value #FEE_CODE_PREFIX}{@code <id>} (Broadleaf's total step adds every fee to the order's total).
 */
public final class OrderAddOns {

    public static final String ATTRIBUTE = "upliftAddOns";
    public static final String FEE_CODE_PREFIX = "UPLIFT_ADD_ON:";

    private OrderAddOns() {
    }

    /** The chosen ids stored on the order (empty when none); malformed pieces are skipped. */
    public static Set<Long> chosen(Order order) {
        if (order == null || order.getOrderAttributes() == null) {
            return Collections.emptySet();
        }
        OrderAttribute a = order.getOrderAttributes().get(ATTRIBUTE);
        return AddOnChoice.parseStored(a == null ? null : a.getValue());
    }

    /** Stores the choice on the order (removes the attribute for none); the order is saved by the caller. */
    public static void store(Order order, String value) {
        Map<String, OrderAttribute> attributes = order.getOrderAttributes();
        OrderAttribute a = attributes.get(ATTRIBUTE);
        if (value == null || value.isEmpty()) {
            if (a != null) {
                attributes.remove(ATTRIBUTE);
            }
            return;
        }
        if (a == null) {
            a = new OrderAttributeImpl();
            a.setName(ATTRIBUTE);
            a.setOrder(order);
            attributes.put(ATTRIBUTE, a);
        }
        a.setValue(value);
    }

    /** The add-on id of one of the plugin's fees, else {@code null} (Broadleaf's and other modules' fees). */
    public static Long addOnId(FulfillmentGroupFee fee) {
        String code = fee == null ? null : fee.getReportingCode();
        if (code == null || !code.startsWith(FEE_CODE_PREFIX)) {
            return null;
        }
        Set<Long> ids = AddOnChoice.parseStored(code.substring(FEE_CODE_PREFIX.length()));
        return ids.size() == 1 ? ids.iterator().next() : null;
    }

    /** The add-on fees the order carries, add-on id to amount, in fee order (what it was charged). */
    public static Map<Long, BigDecimal> charged(Order order) {
        Map<Long, BigDecimal> out = new LinkedHashMap<Long, BigDecimal>();
        if (order == null || order.getFulfillmentGroups() == null) {
            return out;
        }
        for (FulfillmentGroup g : order.getFulfillmentGroups()) {
            for (FulfillmentGroupFee fee : g.getFulfillmentGroupFees()) {
                Long id = addOnId(fee);
                Money amount = fee.getAmount();
                if (id != null && amount != null && !out.containsKey(id)) {
                    out.put(id, amount.getAmount());
                }
            }
        }
        return out;
    }

    /** Whether the order has at least one line with a positive quantity. */
    static boolean hasItems(Order order) {
        if (order.getOrderItems() == null) {
            return false;
        }
        for (OrderItem item : order.getOrderItems()) {
            if (item.getQuantity() > 0) {
                return true;
            }
        }
        return false;
    }
}
