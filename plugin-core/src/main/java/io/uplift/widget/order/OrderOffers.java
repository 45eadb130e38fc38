package io.uplift.widget.order;

import io.uplift.engine.order.ConfirmationOffer;
import io.uplift.slot.PerRendering;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model of the order-offers widget beyond its cards: the order, whether the cards add to it or to the cart, and
 * each card's unit price as the add-to-order form echoes it (the server only compares it). Immutable.
 */
public final class OrderOffers {

    private final String orderNumber;
    private final ConfirmationOffer offer;
    private final Map<Long, String> prices;
    @PerRendering
    private final String token = io.uplift.widget.bundle.BundleTokens.next();

    public OrderOffers(String orderNumber, ConfirmationOffer offer, Map<Long, String> prices) {
        this.orderNumber = orderNumber;
        this.offer = offer;
        this.prices = Collections.unmodifiableMap(new LinkedHashMap<Long, String>(prices));
    }

    /**
     * This rendering's request token: the add-to-order forms send it back and a session places at most one follow-up
     * order per token, so a double click or a resent form orders once.
     */
    public String getToken() {
        return token;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    /** True: each card adds to the order (a linked follow-up order); false: a quick add to the cart for next time. */
    public boolean isAddToOrder() {
        return offer == ConfirmationOffer.ADD_TO_ORDER;
    }

    public String getHeading() {
        return offer.getHeading();
    }

    /** Product id to its unit price as a plain decimal ("29.00"); the form echoes it. */
    public Map<Long, String> getPrices() {
        return prices;
    }

    /** The product's unit price as the form echoes it ("29.00"), or {@code null} when unknown. */
    public String priceOf(long productId) {
        return prices.get(productId);
    }
}
