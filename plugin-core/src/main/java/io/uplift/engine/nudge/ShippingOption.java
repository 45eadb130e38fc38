package io.uplift.engine.nudge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One shipping option of the shop as the nudge reads it: price-banded (bands by order amount), fixed price, or
 * another kind (banded by weight, a custom provider) whose free-shipping amount cannot be read. Immutable.
 *
 * <p>{@link #freeShipping()} follows Broadleaf 3.1's {@code BandedFulfillmentPricingProvider}: an order amount is
 * priced by the band with the highest minimum at or below it (of two bands with the same minimum, the cheaper one);
 * below every minimum shipping costs nothing. So the option ships free from the lowest minimum m such that the band
 * chosen at m and at every higher minimum is free, provided some amount below m pays; if even the first minimum's
 * band is free, the option is always free.</p>
 */
public final class ShippingOption {

    /** What kind of option. */
    public enum Kind {
        BANDED_PRICE, FIXED_PRICE, OTHER
    }

    /** Broadleaf's fulfillment type of options that ship a parcel (pick-up and digital options are not). */
    public static final String PHYSICAL_SHIP = "PHYSICAL_SHIP";

    private final long id;
    private final String name;
    private final String fulfillmentType;
    private final Kind kind;
    private final List<ShippingBand> bands;
    private final BigDecimal fixedPrice;
    private final boolean useFlatRates;
    /** {@link #freeShipping()}, worked out on first use (the option is immutable; pages ask on every render). */
    private volatile FreeShipping freeShipping;

    private ShippingOption(long id, String name, String fulfillmentType, Kind kind, List<ShippingBand> bands,
            BigDecimal fixedPrice, boolean useFlatRates) {
        this.id = id;
        this.name = name == null ? "option " + id : name;
        this.fulfillmentType = fulfillmentType;
        this.kind = kind;
        this.bands = Collections.unmodifiableList(new ArrayList<ShippingBand>(bands));
        this.fixedPrice = fixedPrice;
        this.useFlatRates = useFlatRates;
    }

    /**
     * @param useFlatRates whether SKUs may carry their own flat rate for this option (Broadleaf adds those to the
     *                     band's price, so such an option can charge above any threshold: no free shipping is read)
     */
    public static ShippingOption banded(long id, String name, String fulfillmentType, List<ShippingBand> bands,
            boolean useFlatRates) {
        return new ShippingOption(id, name, fulfillmentType, Kind.BANDED_PRICE,
                bands == null ? Collections.<ShippingBand>emptyList() : bands, null, useFlatRates);
    }

    public static ShippingOption fixed(long id, String name, String fulfillmentType, BigDecimal price,
            boolean useFlatRates) {
        if (price == null || price.signum() < 0) {
            throw new IllegalArgumentException("fixed shipping price of option " + id + " must be 0 or more: " + price);
        }
        return new ShippingOption(id, name, fulfillmentType, Kind.FIXED_PRICE, Collections.<ShippingBand>emptyList(),
                price, useFlatRates);
    }

    /** An option whose price the plugin cannot read ahead (banded by weight, a custom pricing provider). */
    public static ShippingOption other(long id, String name, String fulfillmentType) {
        return new ShippingOption(id, name, fulfillmentType, Kind.OTHER, Collections.<ShippingBand>emptyList(), null,
                false);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** Broadleaf's fulfillment type, e.g. {@code PHYSICAL_SHIP}; may be null. */
    public String getFulfillmentType() {
        return fulfillmentType;
    }

    /** Whether the option ships a parcel (type PHYSICAL_SHIP, or no type given). */
    public boolean isPhysical() {
        return fulfillmentType == null || PHYSICAL_SHIP.equals(fulfillmentType);
    }

    public Kind getKind() {
        return kind;
    }

    public List<ShippingBand> getBands() {
        return bands;
    }

    /** From which order amount, if any, this option ships free. */
    public FreeShipping freeShipping() {
        FreeShipping known = freeShipping;
        if (known == null) {
            known = workOutFreeShipping();
            freeShipping = known;
        }
        return known;
    }

    private FreeShipping workOutFreeShipping() {
        if (useFlatRates) {
            return FreeShipping.none(name + ": SKUs may add flat rates, free shipping cannot be promised");
        }
        switch (kind) {
            case FIXED_PRICE:
                return fixedPrice.signum() == 0 ? FreeShipping.always(id, name + ": fixed price 0")
                        : FreeShipping.none(name + ": fixed price " + fixedPrice.stripTrailingZeros().toPlainString());
            case BANDED_PRICE:
                return fromBands();
            default:
                return FreeShipping.none(name + ": priced by weight or by a provider the nudge cannot read");
        }
    }

    private FreeShipping fromBands() {
        if (bands.isEmpty()) {
            return FreeShipping.none(name + ": no price bands");
        }
        // per minimum: free when any band of that minimum is free (Broadleaf takes the cheaper of equal minimums)
        TreeMap<BigDecimal, Boolean> freeFrom = new TreeMap<BigDecimal, Boolean>();
        for (ShippingBand b : bands) {
            BigDecimal key = b.getMinimum().stripTrailingZeros();
            Boolean prior = freeFrom.get(key);
            freeFrom.put(key, (prior != null && prior) || b.isFree());
        }
        BigDecimal threshold = null;
        for (Map.Entry<BigDecimal, Boolean> e : freeFrom.descendingMap().entrySet()) {
            if (!e.getValue()) {
                break;
            }
            threshold = e.getKey();
        }
        if (threshold == null) {
            return FreeShipping.none(name + ": the highest band is not free (" + bands + ")");
        }
        if (threshold.equals(freeFrom.firstKey())) {
            return FreeShipping.always(id, name + ": every band is free (" + bands + ")");
        }
        String at = threshold.setScale(2, RoundingMode.CEILING).toPlainString();
        return FreeShipping.from(threshold, id, name + ": free from " + at);
    }

    @Override
    public String toString() {
        return id + " " + name + " " + kind + (fixedPrice == null ? "" : " " + fixedPrice.toPlainString())
                + (bands.isEmpty() ? "" : " " + bands) + (useFlatRates ? " flat rates" : "");
    }
}
