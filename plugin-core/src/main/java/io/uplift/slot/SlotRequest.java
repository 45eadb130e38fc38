package io.uplift.slot;

import io.uplift.engine.SuggestionContext;

/** One slot to render on one page: which slot and for what (viewed product, cart). Immutable. */
public final class SlotRequest {

    private final SlotKey slot;
    private final SuggestionContext context;

    public SlotRequest(SlotKey slot, SuggestionContext context) {
        if (slot == null || context == null) {
            throw new IllegalArgumentException("slot and context are required");
        }
        this.slot = slot;
        this.context = context;
    }

    public SlotKey getSlot() {
        return slot;
    }

    public SuggestionContext getContext() {
        return context;
    }
}
