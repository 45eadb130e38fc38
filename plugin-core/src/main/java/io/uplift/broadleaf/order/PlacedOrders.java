package io.uplift.broadleaf.order;

import io.uplift.broadleaf.warranty.WarrantyLines;
import io.uplift.engine.order.ConfirmationOffer;
import io.uplift.engine.order.OrderLine;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.FulfillmentGroupItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderAttribute;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.type.FulfillmentGroupStatusType;
import org.broadleafcommerce.core.order.service.type.OrderStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How the plugin reads and marks a placed (submitted) Broadleaf order: whether it is fulfilled, which lines are
 * cancelled, what each line cost the shopper, and the link of a follow-up order ("add to your order") to its original.
 * Stateless helpers; nothing here writes to the database.
 */
public final class PlacedOrders {

    /** Order item attribute of a cancelled line: when it was cancelled (ISO-8601 instant). */
    public static final String CANCELLED = "upliftCancelled";
    /** Order item attribute of a cancelled line: the amount refunded for it, 2 decimals. */
    public static final String REFUNDED = "upliftRefunded";
    /** Order attribute of a follow-up order: the number of the order it adds to. */
    public static final String FOLLOW_UP_OF = "upliftFollowUpOf";

    static {
        // registers the extended status before any fulfillment group status is read
        UpliftFulfillmentStatus.CANCELLED.getType();
    }

    private PlacedOrders() {
    }

    /** Submitted or cancelled: an order the shopper placed (not a cart, not a named or follow-up order in the making). */
    public static boolean isPlaced(Order order) {
        return order != null && (OrderStatus.SUBMITTED.equals(order.getStatus())
                || OrderStatus.CANCELLED.equals(order.getStatus()));
    }

    public static boolean isCancelled(Order order) {
        return order != null && OrderStatus.CANCELLED.equals(order.getStatus());
    }

    /**
     * Whether any fulfillment group has gone to fulfillment: any status but none, {@code PROCESSING} (still being
     * picked, can be stopped) and {@link UpliftFulfillmentStatus#CANCELLED}; e.g. FULFILLED, SHIPPED, DELIVERED.
     */
    public static boolean isFulfilled(Order order) {
        if (order == null || order.getFulfillmentGroups() == null) {
            return false;
        }
        for (FulfillmentGroup g : order.getFulfillmentGroups()) {
            FulfillmentGroupStatusType s = g.getStatus();
            if (s != null && !FulfillmentGroupStatusType.PROCESSING.equals(s)
                    && !UpliftFulfillmentStatus.CANCELLED.getType().equals(s.getType())) {
                return true;
            }
        }
        return false;
    }

    /** What the confirmation page offers for this order. */
    public static ConfirmationOffer offer(Order order) {
        return ConfirmationOffer.of(isFulfilled(order), isCancelled(order));
    }

    public static boolean isCancelled(OrderItem item) {
        return WarrantyLines.attribute(item, CANCELLED) != null;
    }

    /** The order's lines for the cancellation rule, with what the shopper paid for each. */
    public static List<OrderLine> lines(Order order) {
        if (order == null || order.getOrderItems() == null) {
            return Collections.emptyList();
        }
        List<OrderLine> out = new ArrayList<OrderLine>();
        for (OrderItem item : order.getOrderItems()) {
            OrderItem parent = item.getParentOrderItem();
            out.add(new OrderLine(item.getId(), parent == null ? null : parent.getId(), WarrantyLines.isPlanLine(item),
                    isCancelled(item), paid(order, item)));
        }
        return out;
    }

    /**
     * What the shopper paid for a line: its fulfillment group items' amounts less their share of order-level
     * discounts (e.g. a bundle saving), plus their tax; the line's total price if it has no fulfillment group item.
     */
    public static BigDecimal paid(Order order, OrderItem item) {
        BigDecimal sum = null;
        for (FulfillmentGroupItem fgi : fulfillmentItems(order, item)) {
            BigDecimal line = amount(fgi.getTotalItemAmount()).subtract(amount(fgi.getProratedOrderAdjustmentAmount()))
                    .add(amount(fgi.getTotalTax()));
            sum = sum == null ? line : sum.add(line);
        }
        if (sum == null) {
            sum = amount(item.getTotalPrice());
        }
        return sum.max(BigDecimal.ZERO).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** The shipping charged for the order, 0 when none. */
    public static BigDecimal shipping(Order order) {
        return amount(order.getTotalFulfillmentCharges()).max(BigDecimal.ZERO);
    }

    public static List<FulfillmentGroupItem> fulfillmentItems(Order order, OrderItem item) {
        List<FulfillmentGroupItem> out = new ArrayList<FulfillmentGroupItem>(1);
        if (order.getFulfillmentGroups() != null) {
            for (FulfillmentGroup g : order.getFulfillmentGroups()) {
                for (FulfillmentGroupItem fgi : g.getFulfillmentGroupItems()) {
                    if (fgi.getOrderItem() != null && item.getId().equals(fgi.getOrderItem().getId())) {
                        out.add(fgi);
                    }
                }
            }
        }
        return out;
    }

    /** The number of the order this one adds to, or {@code null} when it is not a follow-up order. */
    public static String followUpOf(Order order) {
        if (order == null || order.getOrderAttributes() == null) {
            return null;
        }
        OrderAttribute a = order.getOrderAttributes().get(FOLLOW_UP_OF);
        return a == null ? null : a.getValue();
    }

    /** The numbers of the placed follow-up orders of {@code original} among {@code orders}, in their order. */
    public static List<String> followUps(List<Order> orders, Order original) {
        List<String> out = new ArrayList<String>();
        if (original == null || original.getOrderNumber() == null || orders == null) {
            return out;
        }
        for (Order o : orders) {
            if (isPlaced(o) && original.getOrderNumber().equals(followUpOf(o))) {
                out.add(o.getOrderNumber());
            }
        }
        return out;
    }

    static BigDecimal amount(Money m) {
        return m == null ? BigDecimal.ZERO : m.getAmount();
    }
}
