package io.uplift.engine.copurchase.store;

/**
 * Picks and orders the best k of m entries (given by index) with a bounded heap and heap sort: O(m log k), no
 * allocation. Subclasses define the order. Written here rather than sorting with a comparator lambda because a
 * library sort's comparator call is shared by every caller and stops being inlined on the page path; the two
 * subclasses (row ranking, cart aggregation) keep this call site bimorphic.
 */
abstract class BestFirst {

    /** Negative if entry i ranks before entry j, positive if after; 0 only for the same entry. */
    abstract int compare(int i, int j);

    /**
     * The store's one ranking rule, for rows and carts alike: score descending, then the candidate's basket count
     * descending, then product id ascending. Negative if the first candidate ranks first.
     */
    static int rank(double score1, int count1, long id1, double score2, int count2, long id2) {
        int c = Double.compare(score2, score1);
        if (c != 0) {
            return c;
        }
        if (count1 != count2) {
            return count1 > count2 ? -1 : 1;
        }
        return Long.compare(id1, id2);
    }

    /**
     * Reorders {@code order[0..m)} so that {@code order[0..k)} holds the best {@code k} entries, best first.
     *
     * @return min(k, m)
     */
    final int best(int[] order, int m, int k) {
        int n = Math.min(k, m);
        if (n == 0) {
            return 0;
        }
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(order, i, n);
        }
        for (int i = n; i < m; i++) {
            if (compare(order[i], order[0]) < 0) {
                order[0] = order[i];
                siftDown(order, 0, n);
            }
        }
        for (int end = n - 1; end > 0; end--) {
            int worst = order[0];
            order[0] = order[end];
            order[end] = worst;
            siftDown(order, 0, end);
        }
        return n;
    }

    /** Max-heap on rank: the root is the worst of order[0..n). */
    private void siftDown(int[] order, int i, int n) {
        int entry = order[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && compare(order[child + 1], order[child]) > 0) {
                child++;
            }
            if (compare(order[child], entry) <= 0) {
                break;
            }
            order[i] = order[child];
            i = child;
        }
        order[i] = entry;
    }
}
