package io.uplift.engine.basket;

import java.util.Arrays;

/**
 * One submitted order as the engine sees it: which distinct products were bought together, by whom and when.
 * Immutable.
 */
public final class Basket {

    /** Customer id of an order without a known customer. */
    public static final long ANONYMOUS = 0L;

    private final long orderId;
    private final long customerId;
    private final long submittedAtMillis;
    private final long[] productIds;

    /**
     * @param customerId        the customer, or {@link #ANONYMOUS}
     * @param submittedAtMillis when the order was submitted, epoch milliseconds
     * @param productIds        the products of the order; duplicates are dropped (first occurrence kept), so a
     *                          product counts once per basket whatever its quantity
     */
    public Basket(long orderId, long customerId, long submittedAtMillis, long[] productIds) {
        if (productIds == null) {
            throw new IllegalArgumentException("order " + orderId + ": product ids are required");
        }
        this.orderId = orderId;
        this.customerId = customerId;
        this.submittedAtMillis = submittedAtMillis;
        this.productIds = distinct(productIds);
    }

    /** The ids without repeats, first occurrence kept, order kept; the same array when it has none. */
    public static long[] distinct(long[] ids) {
        long[] out = new long[ids.length];
        int n = 0;
        outer:
        for (long id : ids) {
            for (int i = 0; i < n; i++) {
                if (out[i] == id) {
                    continue outer;
                }
            }
            out[n++] = id;
        }
        return n == ids.length ? out : Arrays.copyOf(out, n);
    }

    public long getOrderId() {
        return orderId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getSubmittedAtMillis() {
        return submittedAtMillis;
    }

    /** Distinct product ids in order of first appearance; a copy. */
    public long[] getProductIds() {
        return productIds.clone();
    }

    /** Number of distinct products. */
    public int size() {
        return productIds.length;
    }

    /** The i-th distinct product id. */
    public long productId(int i) {
        return productIds[i];
    }

    @Override
    public String toString() {
        return "Basket{order=" + orderId + ", customer=" + customerId + ", products=" + Arrays.toString(productIds) + "}";
    }
}
