package io.uplift.broadleaf.catalog;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the facts of recently used products in memory for a short time, so a page's widgets do not walk
 * Broadleaf's entity graph (categories, attributes, SKU attributes: lazy collections, database reads when not
 * cached) for every candidate on every page. Stock, price and active state are at most {@code ttlMillis} old on a
 * page; adding to the cart and checking out always check the real stock. Thread-safe; bounded (cleared when it
 * grows past {@code maxEntries}).
 */
public class CachingCatalogFacts implements CatalogFacts {


    private final CatalogFacts delegate;
    private final long ttlNanos;
    private final int maxEntries;
    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<Long, Entry>();

    /**
     * @param ttlMillis  how long facts are reused, 0 to 60000 (0 disables the cache)
     * @param maxEntries products kept, at least 1
     */
    public CachingCatalogFacts(CatalogFacts delegate, long ttlMillis, int maxEntries) {
        if (ttlMillis < 0 || ttlMillis > 60000) {
            throw new IllegalArgumentException("uplift.catalog.factsTtlMillis must be between 0 and 60000: " + ttlMillis);
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("uplift.catalog.factsCacheSize must be at least 1: " + maxEntries);
        }
        this.delegate = delegate;
        this.ttlNanos = ttlMillis * 1_000_000L;
        this.maxEntries = maxEntries;
    }

    @Override
    public ProductFacts find(long productId) {
        if (ttlNanos == 0) {
            return delegate.find(productId);
        }
        long now = System.nanoTime();
        Entry e = entries.get(productId);
        if (e != null && now - e.loadedAt < ttlNanos) {
            return e.facts;
        }
        ProductFacts facts = delegate.find(productId);
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(productId, facts == null ? new Entry(null, now) : new Entry(facts, now));
        return facts;
    }

    /** Forgets everything (tests, or after a bulk catalog change). */
    public void clear() {
        entries.clear();
    }

    private static final class Entry {
        final ProductFacts facts;
        final long loadedAt;

        Entry(ProductFacts facts, long loadedAt) {
            this.facts = facts;
            this.loadedAt = loadedAt;
        }
    }
}
