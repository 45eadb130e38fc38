package io.uplift.engine.copurchase.store;

import java.util.Arrays;

/**
 * A growable int array in pages of {@link ItemDirectory#PAGE}: growing never copies the values, only the small
 * table of page references. Learner-private; not thread-safe.
 */
final class PagedInts {

    private int[][] pages = new int[4][];

    int get(int index) {
        int page = index >>> ItemDirectory.PAGE_BITS;
        return page < pages.length && pages[page] != null ? pages[page][index & ItemDirectory.PAGE_MASK] : 0;
    }

    void set(int index, int value) {
        int page = index >>> ItemDirectory.PAGE_BITS;
        if (page >= pages.length) {
            pages = Arrays.copyOf(pages, Math.max(page + 1, pages.length * 2));
        }
        int[] values = pages[page];
        if (values == null) {
            values = new int[ItemDirectory.PAGE];
            pages[page] = values;
        }
        values[index & ItemDirectory.PAGE_MASK] = value;
    }
}
