package io.uplift.engine.source.manual;

import java.util.List;

/** Relations a merchandiser maintains by hand (Broadleaf's cross-sale lists and the plugin's own relations). */
public interface RelationLookup {

    /** Related product ids in the merchandiser's order; never null, empty for an unknown product. */
    List<Long> crossSales(long productId);

    /**
     * How many products have at least one relation, for the admin's readiness table (may read the database; never
     * called on the page-render path); -1 when unknown.
     */
    int productsWithRelations();
}
