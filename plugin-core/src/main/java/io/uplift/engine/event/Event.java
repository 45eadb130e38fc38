package io.uplift.engine.event;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded event: what happened ({@link EventType}), to whom (the visitor key: a customer's or an anonymous
 * visitor's, issued by the server), in which page view, from which widget ({@link Attribution}: widget, slot,
 * strategy, experiment variant), to which product (null for the widget-level impressions), when.
 * <p>
 * Idempotency: {@link #idempotencyKey()} is {@code type|pageViewId|widgetId|productId} ({@code -} for no product).
 * A page view id is issued once per rendered page, so a double click or a repeated beacon of the same page view
 * gives the same key and is stored once (the store keeps the key unique); a reload is a new page view and a new
 * impression, but its add-to-cart and purchase events are keyed by the server on the cart line / order instead (the
 * adapter passes e.g. {@code order:1234} as the page view id of purchases), so they cannot count twice either.
 * Immutable.
 */
public final class Event {

    /**
     * The page view ids of clicks in e-mails start with this, followed by the e-mail's job id; the server records those
     * clicks itself, and pages may not send ids of this form (they could pre-empt a real click as its duplicate).
     */
    public static final String MAIL_PAGE_VIEW_PREFIX = "mail-";

    private final EventType type;
    private final String visitorKey;
    private final String pageViewId;
    private final Attribution source;
    private final Long productId;
    private final Instant timestamp;

    /**
     * @param productId required (positive) for clicks, add-to-carts and purchases; must be null for impressions
     * @throws IllegalArgumentException quoting the bad value
     */
    public Event(EventType type, String visitorKey, String pageViewId, Attribution source, Long productId,
            Instant timestamp) {
        if (type == null) {
            throw new IllegalArgumentException("event type must not be null");
        }
        if (source == null) {
            throw new IllegalArgumentException(type + " event needs its source widget");
        }
        if (timestamp == null) {
            throw new IllegalArgumentException(type + " event needs a timestamp");
        }
        if (type.isPerProduct() && (productId == null || productId <= 0)) {
            throw new IllegalArgumentException(type + " event needs a positive product id: " + productId);
        }
        if (!type.isPerProduct() && productId != null) {
            throw new IllegalArgumentException(type + " is an event of the whole widget, without product: "
                    + productId);
        }
        this.type = type;
        this.visitorKey = Attribution.name("visitor key", visitorKey, false);
        this.pageViewId = Attribution.name("page view id", pageViewId, false);
        this.source = source;
        this.productId = productId;
        this.timestamp = timestamp;
    }

    /** {@code type|pageViewId|widgetId|productId}: equal for a repeated report of the same thing (see the class). */
    public String idempotencyKey() {
        return type + "|" + pageViewId + "|" + source.getWidgetId() + "|" + (productId == null ? "-" : productId);
    }

    public EventType getType() {
        return type;
    }

    public String getVisitorKey() {
        return visitorKey;
    }

    public String getPageViewId() {
        return pageViewId;
    }

    /** The widget, slot, strategy and experiment variant the event is about. */
    public Attribution getSource() {
        return source;
    }

    /** The product, or null for widget-level impressions. */
    public Long getProductId() {
        return productId;
    }

    public Instant getTimestamp() {
        return timestamp;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Event)) {
            return false;
        }
        Event e = (Event) o;
        return type == e.type && visitorKey.equals(e.visitorKey) && pageViewId.equals(e.pageViewId)
                && source.equals(e.source) && Objects.equals(productId, e.productId)
                && timestamp.equals(e.timestamp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, visitorKey, pageViewId, source, productId, timestamp);
    }

    @Override
    public String toString() {
        return idempotencyKey() + " by " + visitorKey + " at " + timestamp + " from " + source;
    }
}
