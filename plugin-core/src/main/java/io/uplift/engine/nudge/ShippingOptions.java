package io.uplift.engine.nudge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The shop's shipping options, and the rule that picks the free-shipping threshold for a cart. Immutable.
 *
 * <p>The rule: when the cart has chosen an option, that option decides (its threshold, or no nudge when it has
 * none or is always free). When none is chosen yet (before the shipping step), every option that ships a parcel
 * ({@code PHYSICAL_SHIP}) is considered: if one of them is always free, shipping is free anyway (no nudge);
 * otherwise the lowest threshold among them, since the cheapest way to ship is what "free shipping" promises. An
 * option the cart chose that is no longer configured counts as none chosen.</p>
 */
public final class ShippingOptions {

    public static final ShippingOptions EMPTY = new ShippingOptions(Collections.<ShippingOption>emptyList());

    private final List<ShippingOption> options;

    public ShippingOptions(List<ShippingOption> options) {
        this.options = Collections.unmodifiableList(new ArrayList<ShippingOption>(options));
    }

    public List<ShippingOption> getOptions() {
        return options;
    }

    /** The option with this id, or {@code null}. */
    public ShippingOption find(Long id) {
        if (id != null) {
            for (ShippingOption o : options) {
                if (o.getId() == id) {
                    return o;
                }
            }
        }
        return null;
    }

    /**
     * @param chosenOptionId the cart's shipping option, or {@code null} when none is chosen yet
     */
    public FreeShipping forCart(Long chosenOptionId) {
        ShippingOption chosen = find(chosenOptionId);
        if (chosen != null) {
            return chosen.freeShipping();
        }
        FreeShipping best = null;
        int physical = 0;
        for (ShippingOption o : options) {
            if (!o.isPhysical()) {
                continue;
            }
            physical++;
            FreeShipping f = o.freeShipping();
            if (f.getState() == FreeShipping.State.ALWAYS) {
                return f;
            }
            if (f.getState() == FreeShipping.State.FROM
                    && (best == null || f.getThreshold().compareTo(best.getThreshold()) < 0)) {
                best = f;
            }
        }
        if (best != null) {
            return best;
        }
        return FreeShipping.none(physical == 0 ? "the shop has no shipping option of type " + ShippingOption.PHYSICAL_SHIP
                : "no shipping option ships free from an order amount");
    }

    @Override
    public String toString() {
        return options.toString();
    }
}
