package io.uplift.engine.upsell;

/** The current comparison groups, read on the page-render path (no I/O). */
public interface ComparisonGroupsSource {

    /** Never null. */
    ComparisonGroups current();
}
