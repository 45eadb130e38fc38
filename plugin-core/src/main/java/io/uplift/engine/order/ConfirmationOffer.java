package io.uplift.engine.order;

/**
 * What the order-confirmation page offers after an order: products to add to that same order while it can still
 * change (not fulfilled, not cancelled), otherwise suggestions for the next one.
 */
public enum ConfirmationOffer {

    /** The order is open: one click adds a product to it (a linked follow-up order, same address and payment). */
    ADD_TO_ORDER("Add to your order"),
    /** The order is shipped or cancelled: a quick add to the cart for next time. */
    FOR_NEXT_TIME("For next time");

    private final String heading;

    ConfirmationOffer(String heading) {
        this.heading = heading;
    }

    public String getHeading() {
        return heading;
    }

    /**
     * @param fulfilled whether any part of the order was fulfilled (shipped, delivered)
     * @param cancelled whether the order was cancelled
     */
    public static ConfirmationOffer of(boolean fulfilled, boolean cancelled) {
        return fulfilled || cancelled ? FOR_NEXT_TIME : ADD_TO_ORDER;
    }
}
