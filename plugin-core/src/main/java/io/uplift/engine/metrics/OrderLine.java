package io.uplift.engine.metrics;

import io.uplift.engine.event.Attribution;

import java.math.BigDecimal;

/**
 * One line of a submitted order: product, quantity, the line's revenue (what the shopper paid for it, after its
 * own discounts) and, when the line was added from a suggestion, its {@link Attribution}. Immutable.
 */
public final class OrderLine {

    private final long productId;
    private final int quantity;
    private final BigDecimal revenue;
    private final Attribution source;

    /**
     * @param source null when the line was not added from a suggestion
     * @throws IllegalArgumentException quoting the bad value
     */
    public OrderLine(long productId, int quantity, BigDecimal revenue, Attribution source) {
        if (quantity < 1) {
            throw new IllegalArgumentException("line of product " + productId + ": quantity must be at least 1: "
                    + quantity);
        }
        this.productId = productId;
        this.quantity = quantity;
        this.revenue = OrderFacts.money("line of product " + productId + ": revenue", revenue);
        this.source = source;
    }

    public long getProductId() {
        return productId;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    /** Where the line came from, or null when it was not added from a suggestion. */
    public Attribution getSource() {
        return source;
    }
}
