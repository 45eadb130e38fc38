package io.uplift.engine.warranty;

/** The current warranty plans, read on the page-render path and in the cart (no I/O). */
public interface WarrantyPlansSource {

    /** Never null. */
    WarrantyPlans current();
}
