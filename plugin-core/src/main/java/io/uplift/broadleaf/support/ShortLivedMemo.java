package io.uplift.broadleaf.support;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Values read from Broadleaf's entity graph, reused on the page path for a short time, and loaded once at a time per
 * key: when a key's value is due again, the first caller loads it and the callers asking meanwhile are answered with
 * the value it is replacing (at most twice the TTL old), instead of each loading the same thing again. Under load a
 * product is asked for every few milliseconds and loading its lazy collections takes longer than that, so without
 * this every expiry turned into several identical loads (README, "Load test"). A failed load lets the next caller
 * load. Null values are kept like any other. Thread-safe; bounded (cleared when it grows past {@code maxEntries}).
 *
 * @param <K> the key, e.g. a product id
 * @param <V> the value
 */
public final class ShortLivedMemo<K, V> {

    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanos;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<K, Entry<V>>();

    /**
     * @param ttlMillis  how long a value is reused, at least 0 (0: never, every call loads)
     * @param maxEntries keys kept, at least 1
     * @param nanos      the clock the TTL is measured on ({@code System::nanoTime}; tests give their own)
     */
    public ShortLivedMemo(long ttlMillis, int maxEntries, LongSupplier nanos) {
        if (ttlMillis < 0 || maxEntries < 1) {
            throw new IllegalArgumentException("a memo needs a TTL of at least 0 ms and room for at least 1 entry: "
                    + ttlMillis + " ms, " + maxEntries + " entries");
        }
        this.ttlNanos = ttlMillis * 1_000_000L;
        this.maxEntries = maxEntries;
        this.nanos = nanos;
    }

    /** The key's value: reused while fresh, else loaded by {@code load} (its exceptions reach the caller). */
    public V get(K key, Function<? super K, ? extends V> load) {
        if (ttlNanos == 0) {
            return load.apply(key);
        }
        long now = nanos.getAsLong();
        Entry<V> e = entries.get(key);
        boolean claimed = false;
        if (e != null) {
            long age = now - e.loadedAt;
            if (age < ttlNanos) {
                return e.value;
            }
            claimed = e.loading.compareAndSet(false, true);
            if (!claimed && age < 2 * ttlNanos) {
                return e.value; // another caller is loading it; this is what it replaces
            }
        }
        V value;
        try {
            value = load.apply(key);
        } finally {
            if (claimed) {
                e.loading.set(false); // loaded or failed: the next caller that finds it due may load it
            }
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<V>(value, nanos.getAsLong()));
        return value;
    }

    /** Forgets everything. */
    public void clear() {
        entries.clear();
    }

    private static final class Entry<V> {
        final V value;
        final long loadedAt;
        /** Set while a caller loads this key's value again. */
        final AtomicBoolean loading = new AtomicBoolean();

        Entry(V value, long loadedAt) {
            this.value = value;
            this.loadedAt = loadedAt;
        }
    }
}
