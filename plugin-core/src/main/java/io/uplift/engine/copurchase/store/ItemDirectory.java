package io.uplift.engine.copurchase.store;

import it.unimi.dsi.fastutil.HashCommon;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

import java.util.Arrays;

/**
 * Product ids to dense indexes (0, 1, 2, ... in order of first appearance) and the number of baskets containing
 * each product. One writer (the learner or a rebuild) mutates it; readers see frozen {@link View}s.
 *
 * <p>Why it is built this way:
 * <ul>
 * <li>No single big table: the id map is split into {@value #SEGMENTS} fastutil maps (by the high bits of the
 * mixed id), the per-index arrays into pages of {@value #PAGE} entries. Growth rehashes one segment or adds one
 * page, so no insert ever pays for a rehash or copy of the whole catalogue (the learner's pause bound).</li>
 * <li>Copy on write for published views: {@link #freeze()} hands out the current segment and page references and
 * starts a new epoch; the writer copies a segment or count page before its first change in the new epoch. A
 * publish therefore costs O(products / page + segments) reference copies, and each later change copies at most one
 * small page or segment, instead of copying the catalogue per generation.</li>
 * <li>Ids are append-only: an index never changes its product, so id pages are shared without copying (a reader
 * only reads indexes below its view's size, the writer only writes above it).</li>
 * </ul>
 * Not thread-safe for writers; a {@link View} is immutable and safe to read from any thread once published
 * through a volatile field or another happens-before edge.
 */
final class ItemDirectory {

    static final int PAGE_BITS = 10;
    static final int PAGE = 1 << PAGE_BITS;
    static final int PAGE_MASK = PAGE - 1;
    private static final int SEGMENT_BITS = 8;
    static final int SEGMENTS = 1 << SEGMENT_BITS;

    private final Long2IntOpenHashMap[] segments = new Long2IntOpenHashMap[SEGMENTS];
    private final int[] segmentEpoch = new int[SEGMENTS];
    private long[][] idPages = new long[4][];
    private int[][] countPages = new int[4][];
    private int[] countPageEpoch = new int[4];
    private int size;
    private int epoch;
    private long growthEvents;

    ItemDirectory() {
        for (int s = 0; s < SEGMENTS; s++) {
            segments[s] = newSegment(8);
        }
    }

    private static Long2IntOpenHashMap newSegment(int expected) {
        Long2IntOpenHashMap map = new Long2IntOpenHashMap(expected);
        map.defaultReturnValue(-1);
        return map;
    }

    static int segmentOf(long productId) {
        // fastutil's maps use the low bits of the same mix; the high bits pick the segment
        return (int) (HashCommon.mix(productId) >>> (64 - SEGMENT_BITS));
    }

    /** Products known, i.e. the next dense index. */
    int size() {
        return size;
    }

    /** The dense index of a product, or -1. */
    int indexOf(long productId) {
        return segments[segmentOf(productId)].get(productId);
    }

    /** The dense index of a product, assigning the next one to a new product (with count 0). */
    int indexOrAdd(long productId) {
        int s = segmentOf(productId);
        Long2IntOpenHashMap segment = segments[s];
        int index = segment.get(productId);
        if (index >= 0) {
            return index;
        }
        if (segmentEpoch[s] != epoch) {
            segment = segment.clone();
            segments[s] = segment;
            segmentEpoch[s] = epoch;
        }
        index = size;
        int page = index >>> PAGE_BITS;
        if ((index & PAGE_MASK) == 0) {
            addPage(page);
        }
        idPages[page][index & PAGE_MASK] = productId;
        int before = segment.size();
        segment.put(productId, index);
        if (segment.size() == before) {
            throw new IllegalStateException("product " + productId + " indexed twice");
        }
        size = index + 1;
        return index;
    }

    private void addPage(int page) {
        if (page == idPages.length) {
            // grows an array of page references (products / 1024 of them), never the pages themselves
            int capacity = page * 2;
            idPages = Arrays.copyOf(idPages, capacity);
            countPages = Arrays.copyOf(countPages, capacity);
            countPageEpoch = Arrays.copyOf(countPageEpoch, capacity);
            growthEvents++;
        }
        idPages[page] = new long[PAGE];
        countPages[page] = new int[PAGE];
        countPageEpoch[page] = epoch;
    }

    long id(int index) {
        return idPages[index >>> PAGE_BITS][index & PAGE_MASK];
    }

    int count(int index) {
        return countPages[index >>> PAGE_BITS][index & PAGE_MASK];
    }

    /** Adds {@code delta} baskets to a product's count. */
    void addCount(int index, int delta) {
        int page = index >>> PAGE_BITS;
        int[] counts = countPages[page];
        if (countPageEpoch[page] != epoch) {
            counts = counts.clone();
            countPages[page] = counts;
            countPageEpoch[page] = epoch;
        }
        counts[index & PAGE_MASK] += delta;
    }

    /**
     * How many times the page table had to grow (for the pause measurements). Segment rehashes are not counted:
     * a segment holds about products / {@value #SEGMENTS} ids, so its rehash is small by construction.
     */
    long growthEvents() {
        return growthEvents;
    }

    /**
     * An immutable view of the current state; later writes go to copies. O(products / {@value #PAGE} +
     * {@value #SEGMENTS}).
     */
    View freeze() {
        int pages = (size + PAGE_MASK) >>> PAGE_BITS;
        View view = new View(segments.clone(), Arrays.copyOf(idPages, pages),
                Arrays.copyOf(countPages, pages), size);
        epoch++;
        return view;
    }

    /** Approximate heap bytes of the directory (compressed oops). */
    long memoryBytes() {
        return View.memoryBytes(segments, size);
    }

    /** A frozen directory: what one published model generation sees. Immutable, thread-safe. */
    static final class View {

        private final Long2IntOpenHashMap[] segments;
        private final long[][] idPages;
        private final int[][] countPages;
        private final int size;

        private View(Long2IntOpenHashMap[] segments, long[][] idPages, int[][] countPages, int size) {
            this.segments = segments;
            this.idPages = idPages;
            this.countPages = countPages;
            this.size = size;
        }

        static View empty() {
            return new ItemDirectory().freeze();
        }

        int size() {
            return size;
        }

        int indexOf(long productId) {
            return segments[segmentOf(productId)].get(productId);
        }

        long id(int index) {
            return idPages[index >>> PAGE_BITS][index & PAGE_MASK];
        }

        int count(int index) {
            return countPages[index >>> PAGE_BITS][index & PAGE_MASK];
        }

        long memoryBytes() {
            return memoryBytes(segments, size);
        }

        private static long memoryBytes(Long2IntOpenHashMap[] segments, int size) {
            long bytes = MemoryEstimate.array(SEGMENTS, 4);
            for (Long2IntOpenHashMap segment : segments) {
                // fastutil keeps a long key array and an int value array of 2^k + 1 slots, load factor 0.75
                long slots = HashCommon.arraySize(Math.max(segment.size(), 1), 0.75f) + 1L;
                bytes += 64 + MemoryEstimate.array(slots, 8) + MemoryEstimate.array(slots, 4);
            }
            int pages = (size + PAGE_MASK) >>> PAGE_BITS;
            bytes += MemoryEstimate.array(pages, 4) * 2 + pages * (MemoryEstimate.array(PAGE, 8)
                    + MemoryEstimate.array(PAGE, 4));
            return bytes;
        }
    }
}
