package io.uplift.engine;

/**
 * Read access to the shop's catalog, as the engine needs it. Implementations read from the platform's caches and
 * must be safe to call on the page-render path.
 */
public interface CatalogFacts {

    /** The product, or {@code null} when no product has this id. */
    ProductFacts find(long productId);
}
