package io.uplift.slot;

import io.uplift.engine.SuggestionContext;

/**
 * One slot to render on one page: which slot and for what (viewed product, cart), and the page request's own
 * {@code uplift...} parameters and the placed order the page shows, if any. Immutable.
 */
public final class SlotRequest {

    private final SlotKey slot;
    private final SuggestionContext context;
    private final PageParameters parameters;
    private final PlacedOrder order;

    public SlotRequest(SlotKey slot, SuggestionContext context) {
        this(slot, context, PageParameters.EMPTY);
    }

    /** @param parameters the page request's {@code uplift...} parameters; {@code null} for none */
    public SlotRequest(SlotKey slot, SuggestionContext context, PageParameters parameters) {
        this(slot, context, parameters, null);
    }

    /** @param order the placed order the page shows (order confirmation), or {@code null} */
    public SlotRequest(SlotKey slot, SuggestionContext context, PageParameters parameters, PlacedOrder order) {
        if (slot == null || context == null) {
            throw new IllegalArgumentException("slot and context are required");
        }
        this.slot = slot;
        this.context = context;
        this.parameters = parameters == null ? PageParameters.EMPTY : parameters;
        this.order = order;
    }

    public SlotKey getSlot() {
        return slot;
    }

    public SuggestionContext getContext() {
        return context;
    }

    /** The page request's {@code uplift...} parameters (validated on the way in); never null. */
    public PageParameters getParameters() {
        return parameters;
    }

    /** The placed order the page shows (order confirmation), or {@code null}. */
    public PlacedOrder getOrder() {
        return order;
    }
}
