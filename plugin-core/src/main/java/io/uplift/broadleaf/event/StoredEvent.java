package io.uplift.broadleaf.event;

import java.math.BigDecimal;

import io.uplift.engine.event.Event;

/** An engine {@link Event} with what only purchases have: the order and the line's revenue (both null otherwise). */
public final class StoredEvent {

    private final Event event;
    private final Long orderId;
    private final BigDecimal amount;

    public StoredEvent(Event event, Long orderId, BigDecimal amount) {
        this.event = event;
        this.orderId = orderId;
        this.amount = amount;
    }

    public Event getEvent() {
        return event;
    }

    public Long getOrderId() {
        return orderId;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
