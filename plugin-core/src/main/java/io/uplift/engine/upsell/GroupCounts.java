package io.uplift.engine.upsell;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * How often each version of a family was ordered in a window: the number of submitted orders containing any version
 * of the group, and per version the number of orders containing it. Counted from the shop's order tables by an
 * adapter; immutable.
 */
public final class GroupCounts {

    private final long groupId;
    private final int windowDays;
    private final long totalOrders;
    private final Map<Long, Long> ordersByProduct;

    public GroupCounts(long groupId, int windowDays, long totalOrders, Map<Long, Long> ordersByProduct) {
        if (totalOrders < 0) {
            throw new IllegalArgumentException("group " + groupId + ": order count cannot be negative: " + totalOrders);
        }
        for (Map.Entry<Long, Long> e : ordersByProduct.entrySet()) {
            if (e.getValue() < 0 || e.getValue() > totalOrders) {
                throw new IllegalArgumentException("group " + groupId + ": orders of product " + e.getKey()
                        + " must be between 0 and the group's " + totalOrders + ": " + e.getValue());
            }
        }
        this.groupId = groupId;
        this.windowDays = windowDays;
        this.totalOrders = totalOrders;
        this.ordersByProduct = Collections.unmodifiableMap(new HashMap<Long, Long>(ordersByProduct));
    }

    public long getGroupId() {
        return groupId;
    }

    public int getWindowDays() {
        return windowDays;
    }

    /** Submitted orders in the window with at least one version of the group. */
    public long getTotalOrders() {
        return totalOrders;
    }

    /** Orders in the window containing this version (0 when none). */
    public long ordersOf(long productId) {
        Long n = ordersByProduct.get(productId);
        return n == null ? 0 : n;
    }

    public Map<Long, Long> getOrdersByProduct() {
        return ordersByProduct;
    }

    /**
     * The version's share of the family's orders in whole percent, floored (67.9 % is 67 %, never rounded up);
     * {@code null} when the sample is below {@code minOrders} or the version was never ordered.
     */
    public Integer sharePercent(long productId, int minOrders) {
        long n = ordersOf(productId);
        if (totalOrders < minOrders || totalOrders == 0 || n == 0) {
            return null;
        }
        return (int) (n * 100 / totalOrders);
    }

    /** "Chosen in 68% of 412 Nova X orders in the last 90 days", or {@code null} (see {@link #sharePercent}). */
    public String socialProof(long productId, int minOrders, String familyName) {
        Integer share = sharePercent(productId, minOrders);
        if (share == null) {
            return null;
        }
        return "Chosen in " + (share == 0 ? "under 1" : share) + "% of " + totalOrders + " " + familyName
                + " orders in the last " + windowDays + " days";
    }
}
