package io.uplift.engine.source;

import java.util.List;

/** Relations a merchandiser maintains by hand (e.g. Broadleaf's cross-sale list). */
public interface RelationLookup {

    /** Related product ids in the merchandiser's order; never null, empty for an unknown product. */
    List<Long> crossSales(long productId);
}
