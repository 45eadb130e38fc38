package io.uplift.engine.bundle;

/** The current bundles, read on the page-render path and in pricing (no I/O). */
public interface BundlesSource {

    /** Never null. */
    Bundles current();
}
