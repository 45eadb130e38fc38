package io.uplift.engine.similar;

import io.uplift.engine.ProductFacts;

import java.util.List;

/**
 * Products whose text resembles a product's (the shop's search engine, e.g. Solr). Called off the page-render path
 * while similar products are precomputed; may do I/O and may fail (the build then goes on without text).
 */
public interface TextNeighbors {

    /** Product ids best first, never the product itself; never null. */
    List<Long> similarTo(ProductFacts product, int max);
}
