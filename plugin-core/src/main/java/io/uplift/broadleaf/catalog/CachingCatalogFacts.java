package io.uplift.broadleaf.catalog;

import io.uplift.broadleaf.support.ShortLivedMemo;
import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;

import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Keeps the facts of recently used products in memory for a short time, so a page's widgets do not walk
 * Broadleaf's entity graph (categories, attributes, SKU attributes: lazy collections, database reads when not
 * cached) for every candidate on every page. Stock, price and active state on a page are at most {@code ttlMillis}
 * old, or twice that while another page loads them again (below); adding to the cart and checking out always check
 * the real stock. Thread-safe; bounded (cleared when it grows past {@code maxEntries}).
 *
 * <p>One load per product at a time ({@link ShortLivedMemo}): when a product's facts are due again, the first page
 * to ask loads them and the pages asking meanwhile are answered with the facts it is replacing (at most twice the TTL
 * old), instead of each loading the same product again (the load test's profile: the reloads were a tenth of the
 * slot tags' time).</p>
 */
public class CachingCatalogFacts implements CatalogFacts {

    private final ShortLivedMemo<Long, ProductFacts> memo;
    /** The load of one product's facts (one instance, not one per call). */
    private final Function<Long, ProductFacts> load;

    /**
     * @param ttlMillis  how long facts are reused, 0 to 60000 (0 disables the cache)
     * @param maxEntries products kept, at least 1
     */
    public CachingCatalogFacts(CatalogFacts delegate, long ttlMillis, int maxEntries) {
        this(delegate, ttlMillis, maxEntries, System::nanoTime);
    }

    /** @param nanos the clock the TTL is measured on (tests) */
    CachingCatalogFacts(CatalogFacts delegate, long ttlMillis, int maxEntries, LongSupplier nanos) {
        if (ttlMillis < 0 || ttlMillis > 60000) {
            throw new IllegalArgumentException("uplift.catalog.factsTtlMillis must be between 0 and 60000: " + ttlMillis);
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("uplift.catalog.factsCacheSize must be at least 1: " + maxEntries);
        }
        this.load = delegate::find;
        this.memo = new ShortLivedMemo<Long, ProductFacts>(ttlMillis, maxEntries, nanos);
    }

    @Override
    public ProductFacts find(long productId) {
        return memo.get(productId, load);
    }

    /** Forgets everything (tests, or after a bulk catalog change). */
    public void clear() {
        memo.clear();
    }
}
