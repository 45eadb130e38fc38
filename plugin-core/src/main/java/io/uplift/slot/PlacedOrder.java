package io.uplift.slot;

import io.uplift.engine.order.ConfirmationOffer;

/**
 * The placed order a page shows (e.g. the order confirmation): its number and what may be offered for it. Immutable.
 */
public final class PlacedOrder {

    private final String number;
    private final ConfirmationOffer offer;

    public PlacedOrder(String number, ConfirmationOffer offer) {
        if (number == null || offer == null) {
            throw new IllegalArgumentException("an order number and an offer are required: " + number + ", " + offer);
        }
        this.number = number;
        this.offer = offer;
    }

    public String getNumber() {
        return number;
    }

    public ConfirmationOffer getOffer() {
        return offer;
    }
}
