package io.uplift.broadleaf.catalog;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Keeps the facts of recently used products in memory for a short time, so a page's widgets do not walk
 * Broadleaf's entity graph (categories, attributes, SKU attributes: lazy collections, database reads when not
 * cached) for every candidate on every page. Stock, price and active state on a page are at most {@code ttlMillis}
 * old, or twice that while another page loads them again (below); adding to the cart and checking out always check
 * the real stock. Thread-safe; bounded (cleared when it
 * grows past {@code maxEntries}).
 *
 * <p>One load per product at a time: when a product's facts are due again, the first page to ask loads them and
 * the pages asking meanwhile are answered with the facts it is replacing (at most twice the TTL old), instead of
 * each loading the same product again. Under load a product is asked for every few milliseconds and a load of its
 * graph takes longer than that on a busy machine, so without this every expiry turned into several identical
 * loads (the load test's profile: the reloads were a tenth of the slot tags' time).</p>
 */
public class CachingCatalogFacts implements CatalogFacts {

    private final CatalogFacts delegate;
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanos;
    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<Long, Entry>();

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
        this.delegate = delegate;
        this.ttlNanos = ttlMillis * 1_000_000L;
        this.maxEntries = maxEntries;
        this.nanos = nanos;
    }

    @Override
    public ProductFacts find(long productId) {
        if (ttlNanos == 0) {
            return delegate.find(productId);
        }
        long now = nanos.getAsLong();
        Entry e = entries.get(productId);
        boolean claimed = false;
        if (e != null) {
            long age = now - e.loadedAt;
            if (age < ttlNanos) {
                return e.facts;
            }
            claimed = e.loading.compareAndSet(false, true);
            if (!claimed && age < 2 * ttlNanos) {
                return e.facts; // another page is loading them; these are what it replaces
            }
        }
        ProductFacts facts;
        try {
            facts = delegate.find(productId);
        } finally {
            if (claimed) {
                e.loading.set(false); // loaded or failed: the next page that finds them due may load them
            }
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(productId, new Entry(facts, nanos.getAsLong()));
        return facts;
    }

    /** Forgets everything (tests, or after a bulk catalog change). */
    public void clear() {
        entries.clear();
    }

    private static final class Entry {
        final ProductFacts facts;
        final long loadedAt;
        /** Set while a page loads this product's facts again. */
        final AtomicBoolean loading = new AtomicBoolean();

        Entry(ProductFacts facts, long loadedAt) {
            this.facts = facts;
            this.loadedAt = loadedAt;
        }
    }
}
