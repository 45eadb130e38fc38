package io.uplift.engine.trending;

import io.uplift.engine.basket.Basket;
import it.unimi.dsi.fastutil.longs.Long2DoubleOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Counts orders per product with exponential time decay, incrementally: the learning path adds each submitted
 * order once. Decay is kept relative to a reference time (weights {@code 2^((t - ref) / halfLife)}), so adding an
 * order touches only its own products; the reference moves forward when weights grow large. Not thread-safe: one
 * learner thread owns it and publishes immutable {@link TrendingModel}s.
 */
public final class TrendingCounter {

    static final long DAY_MILLIS = 24L * 60 * 60 * 1000;
    /** Rebase when a weight exceeds 2^40, far from double's range. */
    private static final double REBASE_AT = Math.pow(2, 40);

    private final double halfLifeDays;
    private final Long2DoubleOpenHashMap weights = new Long2DoubleOpenHashMap();
    private final Long2IntOpenHashMap orders = new Long2IntOpenHashMap();
    private long referenceMillis = Long.MIN_VALUE;
    private long newestMillis = Long.MIN_VALUE;

    /** @param halfLifeDays after this many days an order counts half; from 0.1 to 3650 */
    public TrendingCounter(double halfLifeDays) {
        if (!(halfLifeDays >= 0.1 && halfLifeDays <= 3650)) {
            throw new IllegalArgumentException("trending half-life must be between 0.1 and 3650 days: " + halfLifeDays);
        }
        this.halfLifeDays = halfLifeDays;
    }

    public double getHalfLifeDays() {
        return halfLifeDays;
    }

    public void add(Basket basket) {
        long t = basket.getSubmittedAtMillis();
        if (referenceMillis == Long.MIN_VALUE) {
            referenceMillis = t;
        }
        newestMillis = Math.max(newestMillis, t);
        double w = Math.pow(2, (t - referenceMillis) / (halfLifeDays * DAY_MILLIS));
        if (w > REBASE_AT) {
            rebase(t);
            w = 1;
        }
        for (int i = 0; i < basket.size(); i++) {
            long id = basket.productId(i);
            weights.addTo(id, w);
            orders.addTo(id, 1);
        }
    }

    private void rebase(long newReference) {
        double factor = Math.pow(2, -(newReference - referenceMillis) / (halfLifeDays * DAY_MILLIS));
        for (Long2DoubleOpenHashMap.Entry e : weights.long2DoubleEntrySet()) {
            e.setValue(e.getDoubleValue() * factor);
        }
        referenceMillis = newReference;
    }

    /** An immutable model of the counts now, decayed as of the newest order seen. */
    public TrendingModel snapshot() {
        int n = weights.size();
        final long[] ids = new long[n];
        final double[] decayed = new double[n];
        int[] counts = new int[n];
        double toNewest = newestMillis == Long.MIN_VALUE ? 1
                : Math.pow(2, -(newestMillis - referenceMillis) / (halfLifeDays * DAY_MILLIS));
        Integer[] order = new Integer[n];
        int i = 0;
        for (Long2DoubleOpenHashMap.Entry e : weights.long2DoubleEntrySet()) {
            ids[i] = e.getLongKey();
            decayed[i] = e.getDoubleValue() * toNewest;
            order[i] = i;
            i++;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(decayed[b], decayed[a]);
            return c != 0 ? c : Long.compare(ids[a], ids[b]);
        });
        long[] sortedIds = new long[n];
        double[] sortedDecayed = new double[n];
        for (int k = 0; k < n; k++) {
            sortedIds[k] = ids[order[k]];
            sortedDecayed[k] = decayed[order[k]];
            counts[k] = orders.get(sortedIds[k]);
        }
        return new TrendingModel(sortedIds, sortedDecayed, counts, halfLifeDays,
                newestMillis == Long.MIN_VALUE ? 0 : newestMillis);
    }

    /** Writes the counts (for the persisted snapshot). */
    public void write(DataOutputStream out) throws IOException {
        out.writeDouble(halfLifeDays);
        out.writeLong(referenceMillis);
        out.writeLong(newestMillis);
        out.writeInt(weights.size());
        for (Long2DoubleOpenHashMap.Entry e : weights.long2DoubleEntrySet()) {
            out.writeLong(e.getLongKey());
            out.writeDouble(e.getDoubleValue());
            out.writeInt(orders.get(e.getLongKey()));
        }
    }

    /**
     * Reads counts written by {@link #write}.
     *
     * @throws IOException when the data is truncated or inconsistent
     */
    public static TrendingCounter read(DataInputStream in) throws IOException {
        double halfLife = in.readDouble();
        TrendingCounter c;
        try {
            c = new TrendingCounter(halfLife);
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt trending counts: " + e.getMessage());
        }
        c.referenceMillis = in.readLong();
        c.newestMillis = in.readLong();
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("corrupt trending counts: negative size " + n);
        }
        for (int i = 0; i < n; i++) {
            long id = in.readLong();
            double w = in.readDouble();
            int count = in.readInt();
            if (!(w >= 0) || count < 0) {
                throw new IOException("corrupt trending counts for product " + id + ": weight " + w + ", orders " + count);
            }
            c.weights.put(id, w);
            c.orders.put(id, count);
        }
        return c;
    }
}
