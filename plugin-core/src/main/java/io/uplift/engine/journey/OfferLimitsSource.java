package io.uplift.engine.journey;

/** Where the page-render path reads the current {@link OfferLimits} from, without I/O. */
public interface OfferLimitsSource {

    /** Never null. */
    OfferLimits current();

    /** A fixed value, for tests and shops that configure nothing. */
    static OfferLimitsSource of(final OfferLimits limits) {
        return () -> limits;
    }
}
