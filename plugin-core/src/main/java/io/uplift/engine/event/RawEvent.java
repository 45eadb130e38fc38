package io.uplift.engine.event;

/**
 * One event as a page's script sent it: every field a string exactly as received (possibly null, blank, huge or
 * forged). Only {@link EventBatchValidator} turns it into an {@link Event}. The visitor key is never taken from
 * here: the server knows it from the session.
 */
public final class RawEvent {

    final String type;
    final String pageViewId;
    final String widgetId;
    final String productId;
    final String strategy;
    final String experimentId;
    final String variant;
    final String timestamp;

    /** @param timestamp milliseconds since the epoch, as the client's clock saw it */
    public RawEvent(String type, String pageViewId, String widgetId, String productId, String strategy,
            String experimentId, String variant, String timestamp) {
        this.type = type;
        this.pageViewId = pageViewId;
        this.widgetId = widgetId;
        this.productId = productId;
        this.strategy = strategy;
        this.experimentId = experimentId;
        this.variant = variant;
        this.timestamp = timestamp;
    }
}
