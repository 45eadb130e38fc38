package io.uplift.engine.addon;

/** Where the shop's add-ons come from (in the plugin: the admin's table, read in the background). */
public interface AddOnsSource {

    /** The current add-ons; never null, never I/O (the page-render path calls it). */
    AddOns current();
}
