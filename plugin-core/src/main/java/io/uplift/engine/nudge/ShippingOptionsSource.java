package io.uplift.engine.nudge;

/** The shop's shipping options, read in the background; {@link #current()} does no I/O. */
public interface ShippingOptionsSource {

    /** The last good read; never null. */
    ShippingOptions current();
}
