package io.uplift.engine.health;

import java.util.Map;

/**
 * A part of the plugin that counts what happened to it on this node (failures by kind, events and exposures written
 * or lost, render cache hits), for the storefront health report in the admin (README, "Storefront health").
 * Counters are cumulative since the node started; names are stable and dot-separated ({@link NodeHealth} knows them).
 */
public interface HealthCounters {

    /** Adds this part's counters to {@code into} (called off the request thread; must not block for long). */
    void addCounters(Map<String, Long> into);
}
