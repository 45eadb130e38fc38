package io.uplift.engine.order;

import java.math.BigDecimal;

/**
 * One line of a placed order as the cancellation rule sees it. Immutable.
 */
public final class OrderLine {

    private final long id;
    private final Long parentId;
    private final boolean plan;
    private final boolean cancelled;
    private final BigDecimal paid;

    /**
     * @param parentId  the line this one is a child of (a protection plan's covered line), or {@code null}
     * @param plan      whether the line is a protection plan (cancelled with the line it covers)
     * @param cancelled whether the line is already cancelled
     * @param paid      what the shopper paid for the line after discounts (refunded when it is cancelled), &gt;= 0
     */
    public OrderLine(long id, Long parentId, boolean plan, boolean cancelled, BigDecimal paid) {
        if (paid == null || paid.signum() < 0) {
            throw new IllegalArgumentException("a line's paid amount must be 0 or more: " + paid + " (line " + id + ")");
        }
        this.id = id;
        this.parentId = parentId;
        this.plan = plan;
        this.cancelled = cancelled;
        this.paid = paid;
    }

    public long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public boolean isPlan() {
        return plan;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public BigDecimal getPaid() {
        return paid;
    }
}
