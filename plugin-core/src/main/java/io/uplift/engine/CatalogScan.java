package io.uplift.engine;

import java.util.List;

/**
 * Lists the catalog for work done off the page-render path (precomputing similar products). May do I/O.
 */
public interface CatalogScan {

    /** Ids of every product that could be suggested (active ones at least); never null. */
    List<Long> productIds();

    /** How many products {@link #productIds()} would list (implementations answer with a counting query). */
    default int count() {
        return productIds().size();
    }
}
