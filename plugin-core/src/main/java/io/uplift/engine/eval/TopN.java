package io.uplift.engine.eval;

import java.util.Arrays;

/**
 * Keeps the best {@code n} offered items by score descending, ties by smaller id (the protocol's tie order).
 * Cheap for small {@code n}: most offers are rejected after one comparison with the current worst. Mutable, one
 * thread; {@link #clear()} makes it reusable without allocation.
 */
final class TopN {

    private final int[] ids;
    private final double[] scores;
    private int size;

    TopN(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        ids = new int[n];
        scores = new double[n];
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    void offer(int id, double score) {
        int n = ids.length;
        if (size == n && !better(id, score, ids[n - 1], scores[n - 1])) {
            return;
        }
        int i = size < n ? size++ : n - 1;
        while (i > 0 && better(id, score, ids[i - 1], scores[i - 1])) {
            ids[i] = ids[i - 1];
            scores[i] = scores[i - 1];
            i--;
        }
        ids[i] = id;
        scores[i] = score;
    }

    private static boolean better(int id, double score, int otherId, double otherScore) {
        return score > otherScore || (score == otherScore && id < otherId);
    }

    /** The kept ids, best first; a copy. */
    int[] ids() {
        return Arrays.copyOf(ids, size);
    }
}
