package io.uplift.engine.copurchase.store;

import it.unimi.dsi.fastutil.HashCommon;

import java.util.Arrays;

/**
 * The partners of one product: for each product bought with it, the number of baskets with both ({@code together})
 * and the fixed-point weighted sum (see {@link Weights}). Learner-private and mutable; not thread-safe.
 *
 * <p>An extendible hash table of open-addressing segments, written for this store rather than taken from fastutil
 * because of three needs a general map does not meet together:
 * <ul>
 * <li><b>One cache line per update.</b> A slot is two longs: {@code (partner + 1) << 32 | together} and the
 * weight, so finding a partner and incrementing both figures touches one line (a pair of fastutil maps would touch
 * three or four; a sorted row needs a dozen binary-search misses when a popular product has 100,000 partners).</li>
 * <li><b>Bounded growth.</b> A segment holds at most {@value #MAX_SEGMENT_SLOTS} slots (8 KB). A full segment
 * grows (while smaller) or splits in two by one more hash bit; the directory of segments doubles when needed (an
 * array of references, about 1 per 250 partners). So no insert ever rehashes a whole row: the worst pause is one
 * segment copy, however popular the product.</li>
 * <li><b>Memory.</b> 16 bytes per slot, no per-entry objects; a rebuild sizes each row for a load of 0.6 (about
 * 27 bytes per partner), growth keeps the load between 0.375 and 0.75.</li>
 * </ul>
 * Linear probing inside a segment; the top bits of the mixed partner index choose the segment, the low 32 bits the
 * slot (multiply-shift, so segment sizes need not be powers of two).
 */
final class PairRow {

    /** The largest segment, in slots: bounds the work of one growth or split. */
    static final int MAX_SEGMENT_SLOTS = 512;
    private static final double MAX_LOAD = 0.75;
    private static final double BUILD_LOAD = 0.6;
    private static final long KEY_MASK = 0xffffffff00000000L;

    /**
     * Segment per directory prefix; a segment of local depth l fills 2^(depth - l) consecutive entries. A segment
     * is {@code long[1 + 2 * slots]}: a header {@code localDepth << 32 | count}, then the slots.
     */
    private long[][] directory;
    private int depth;
    private int size;

    /** An empty row. */
    PairRow() {
        this(0);
    }

    /** An empty row sized for {@code expected} partners without growing. */
    PairRow(int expected) {
        int d = 0;
        while (expected / (double) (1 << d) > MAX_SEGMENT_SLOTS * BUILD_LOAD) {
            d++;
        }
        depth = d;
        directory = new long[1 << d][];
        int slots = (int) Math.min(MAX_SEGMENT_SLOTS,
                Math.max(2, Math.ceil(expected / (double) (1 << d) / BUILD_LOAD)));
        for (int i = 0; i < directory.length; i++) {
            directory[i] = segment(d, slots);
        }
    }

    private static long[] segment(int localDepth, int slots) {
        long[] segment = new long[1 + 2 * slots];
        segment[0] = (long) localDepth << 32;
        return segment;
    }

    private static int slots(long[] segment) {
        return segment.length >>> 1;
    }

    private static int count(long[] segment) {
        return (int) segment[0];
    }

    private static int localDepth(long[] segment) {
        return (int) (segment[0] >>> 32);
    }

    private static long mix(int partner) {
        return HashCommon.mix((long) partner);
    }

    private long[] segmentOf(long mixed) {
        return directory[depth == 0 ? 0 : (int) (mixed >>> (64 - depth))];
    }

    /** The slot to start probing at, in 0..slots-1. */
    private static int home(long mixed, int slots) {
        return (int) (((mixed & 0xffffffffL) * slots) >>> 32);
    }

    /** Distinct partners. */
    int size() {
        return size;
    }

    /**
     * Records one more basket containing this product and {@code partner}.
     *
     * @param weight the basket's fixed-point weight, {@link Weights#of(int)}
     * @return true if a segment had to grow or split (at most {@value #MAX_SEGMENT_SLOTS} slots copied)
     */
    boolean add(int partner, long weight) {
        long mixed = mix(partner);
        long[] segment = segmentOf(mixed);
        int p = probe(segment, mixed, partner);
        if (p >= 0) {
            segment[1 + 2 * p]++;
            segment[2 + 2 * p] += weight;
            return false;
        }
        if (count(segment) + 1 > slots(segment) * MAX_LOAD) {
            grow(segment, mixed);
            put(partner, 1, weight);
            return true;
        }
        insert(segment, -p - 1, partner, 1, weight);
        return false;
    }

    /** Inserts a partner known to be absent, with its figures (bulk building: rebuild, snapshot load). */
    void put(int partner, int together, long weight) {
        long mixed = mix(partner);
        long[] segment = segmentOf(mixed);
        if (count(segment) + 1 > slots(segment) * MAX_LOAD) {
            grow(segment, mixed);
            put(partner, together, weight);
            return;
        }
        insert(segment, -probe(segment, mixed, partner) - 1, partner, together, weight);
    }

    private void insert(long[] segment, int p, int partner, int together, long weight) {
        segment[1 + 2 * p] = ((long) (partner + 1) << 32) | (together & 0xffffffffL);
        segment[2 + 2 * p] = weight;
        segment[0]++;
        size++;
    }

    /**
     * Linear probing for a partner: its slot, or -(slot + 1) for the empty slot where it would go (a segment is
     * never full: its load stays at most {@value #MAX_LOAD}).
     */
    private static int probe(long[] segment, long mixed, int partner) {
        int slots = slots(segment);
        long key = (long) (partner + 1) << 32;
        int p = home(mixed, slots);
        while (true) {
            long e = segment[1 + 2 * p];
            if (e == 0) {
                return -p - 1;
            }
            if ((e & KEY_MASK) == key) {
                return p;
            }
            p = p + 1 == slots ? 0 : p + 1;
        }
    }

    /** Replaces a full segment by a larger one, or by two halves split on the next hash bit. */
    private void grow(long[] full, long mixed) {
        int local = localDepth(full);
        int count = count(full);
        if (slots(full) < MAX_SEGMENT_SLOTS) {
            long[] larger = segment(local, Math.min(MAX_SEGMENT_SLOTS, Math.max(4, count * 2)));
            moveAll(full, larger, larger, -1);
            replace(mixed, local, larger);
            return;
        }
        if (local == depth) {
            long[][] doubled = new long[directory.length * 2][];
            for (int i = 0; i < directory.length; i++) {
                doubled[2 * i] = directory[i];
                doubled[2 * i + 1] = directory[i];
            }
            directory = doubled;
            depth++;
        }
        long[] low = segment(local + 1, MAX_SEGMENT_SLOTS);
        long[] high = segment(local + 1, MAX_SEGMENT_SLOTS);
        moveAll(full, low, high, 63 - local);
        int first = (int) (mixed >>> (64 - local)) << (depth - local);
        if (local == 0) {
            first = 0;
        }
        int half = 1 << (depth - local - 1);
        Arrays.fill(directory, first, first + half, low);
        Arrays.fill(directory, first + half, first + 2 * half, high);
    }

    /** Points every directory entry of the segment (local depth {@code local}) containing {@code mixed} at another. */
    private void replace(long mixed, int local, long[] segment) {
        int first = local == 0 ? 0 : (int) (mixed >>> (64 - local)) << (depth - local);
        Arrays.fill(directory, first, first + (1 << (depth - local)), segment);
    }

    /** Re-inserts every slot of {@code from} into {@code low}, or into {@code high} when hash bit {@code bit} is 1. */
    private static void moveAll(long[] from, long[] low, long[] high, int bit) {
        int slots = slots(from);
        for (int p = 0; p < slots; p++) {
            long e = from[1 + 2 * p];
            if (e != 0) {
                long mixed = mix((int) (e >>> 32) - 1);
                long[] to = bit >= 0 && ((mixed >>> bit) & 1) != 0 ? high : low;
                int toSlots = slots(to);
                int q = home(mixed, toSlots);
                while (to[1 + 2 * q] != 0) {
                    q = q + 1 == toSlots ? 0 : q + 1;
                }
                to[1 + 2 * q] = e;
                to[2 + 2 * q] = from[2 + 2 * p];
                to[0]++;
            }
        }
    }

    /** Baskets with both; 0 if never bought together. */
    int together(int partner) {
        long mixed = mix(partner);
        long[] segment = segmentOf(mixed);
        int p = probe(segment, mixed, partner);
        return p < 0 ? 0 : (int) segment[1 + 2 * p];
    }

    /** The fixed-point weighted sum; 0 if never bought together. */
    long weight(int partner) {
        long mixed = mix(partner);
        long[] segment = segmentOf(mixed);
        int p = probe(segment, mixed, partner);
        return p < 0 ? 0 : segment[2 + 2 * p];
    }

    /** Offers every partner to the ranker (in hash order: the ranking is a total order). */
    void offerTo(RowRanker ranker) {
        for (int i = 0; i < directory.length; ) {
            long[] segment = directory[i];
            int slots = slots(segment);
            for (int p = 0; p < slots; p++) {
                long e = segment[1 + 2 * p];
                if (e != 0) {
                    ranker.offer((int) (e >>> 32) - 1, (int) e, segment[2 + 2 * p]);
                }
            }
            i += 1 << (depth - localDepth(segment));
        }
    }

    /**
     * Copies the partners with an index above {@code above}, in ascending index order, into the arrays (each at
     * least {@link #size()} long).
     *
     * @return how many
     */
    int partnersAbove(int above, int[] partners, int[] together, long[] weight, long[] scratch) {
        int n = 0;
        for (int i = 0; i < directory.length; ) {
            long[] segment = directory[i];
            int slots = slots(segment);
            for (int p = 0; p < slots; p++) {
                long e = segment[1 + 2 * p];
                if (e != 0 && (int) (e >>> 32) - 1 > above) {
                    // sort key: partner index in the high half, position in the segment's slots in the low half
                    scratch[n] = e;
                    together[n] = (int) e;
                    weight[n] = segment[2 + 2 * p];
                    n++;
                }
            }
            i += 1 << (depth - localDepth(segment));
        }
        for (int k = 0; k < n; k++) {
            scratch[k] = (scratch[k] & KEY_MASK) | k;
        }
        Arrays.sort(scratch, 0, n);
        int[] t = Arrays.copyOf(together, n);
        long[] w = Arrays.copyOf(weight, n);
        for (int k = 0; k < n; k++) {
            int from = (int) scratch[k];
            partners[k] = (int) (scratch[k] >>> 32) - 1;
            together[k] = t[from];
            weight[k] = w[from];
        }
        return n;
    }

    long memoryBytes() {
        long bytes = 24 + MemoryEstimate.array(directory.length, 4);
        for (int i = 0; i < directory.length; ) {
            long[] segment = directory[i];
            bytes += MemoryEstimate.array(segment.length, 8);
            i += 1 << (depth - localDepth(segment));
        }
        return bytes;
    }
}
