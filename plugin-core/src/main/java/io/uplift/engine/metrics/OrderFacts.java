package io.uplift.engine.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A submitted order as the metrics see it: id, the shop's day it was submitted on, its total (the adapter passes the
 * merchandise subtotal after discounts, without shipping and tax, so that AOV measures what suggestions change) and
 * its lines. Units are the sum of the lines' quantities. Immutable.
 */
public final class OrderFacts {

    private final long orderId;
    private final LocalDate day;
    private final BigDecimal total;
    private final List<OrderLine> lines;
    private final int units;

    /** @throws IllegalArgumentException quoting the bad value */
    public OrderFacts(long orderId, LocalDate day, BigDecimal total, List<OrderLine> lines) {
        if (day == null) {
            throw new IllegalArgumentException("order " + orderId + " needs its day");
        }
        if (lines == null || lines.isEmpty() || lines.contains(null)) {
            throw new IllegalArgumentException("order " + orderId + " needs at least one line: " + lines);
        }
        this.orderId = orderId;
        this.day = day;
        this.total = money("order " + orderId + ": total", total);
        this.lines = Collections.unmodifiableList(new ArrayList<OrderLine>(lines));
        int u = 0;
        for (OrderLine l : lines) {
            u += l.getQuantity();
        }
        this.units = u;
    }

    /** A non-negative amount with at most two decimals, at scale 2. */
    static BigDecimal money(String what, BigDecimal amount) {
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(what + " must be zero or positive with at most two decimals: "
                    + amount);
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Whether at least one line was added from a suggestion. */
    public boolean hasAcceptedSuggestion() {
        for (OrderLine l : lines) {
            if (l.getSource() != null) {
                return true;
            }
        }
        return false;
    }

    public long getOrderId() {
        return orderId;
    }

    public LocalDate getDay() {
        return day;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    public int getUnits() {
        return units;
    }
}
