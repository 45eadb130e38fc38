package io.uplift.engine.metrics;

import java.math.BigDecimal;

/**
 * Orders of one group (all, with an accepted suggestion, without) over a day or a range: count, units, revenue
 * (sum of the orders' totals), AOV = revenue / orders and UPT = units / orders (2 decimals, half-up; null without
 * orders). Immutable.
 */
public final class OrderGroup {

    private final long orders;
    private final long units;
    private final BigDecimal revenue;

    OrderGroup(long orders, long units, BigDecimal revenue) {
        this.orders = orders;
        this.units = units;
        this.revenue = revenue.setScale(Ratios.MONEY_SCALE);
    }

    public long getOrders() {
        return orders;
    }

    public long getUnits() {
        return units;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    /** Average order value, or null without orders. */
    public BigDecimal getAov() {
        return Ratios.per(revenue, orders);
    }

    /** Units per transaction, or null without orders. */
    public BigDecimal getUpt() {
        return Ratios.per(BigDecimal.valueOf(units), orders);
    }
}
