package io.uplift.engine.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The protocol's train/test split of basket lines: the indices {@code 0..n-1} shuffled with
 * {@code Collections.shuffle(list, new Random(seed))}; the first {@code n*8/10} (integer division) are train, the
 * rest test. Exactly this call, so that any implementation of the protocol in any language that reproduces
 * {@code java.util.Random} gets the same split. Immutable.
 */
public final class Split {

    private final int[] train;
    private final int[] test;

    private Split(int[] train, int[] test) {
        this.train = train;
        this.test = test;
    }

    /**
     * @param lines number of basket lines, at least 0
     */
    public static Split of(int lines, long seed) {
        if (lines < 0) {
            throw new IllegalArgumentException("lines cannot be negative: " + lines);
        }
        List<Integer> order = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int trainSize = (int) ((long) lines * 8 / 10);
        int[] train = new int[trainSize];
        int[] test = new int[lines - trainSize];
        for (int i = 0; i < lines; i++) {
            if (i < trainSize) {
                train[i] = order.get(i);
            } else {
                test[i - trainSize] = order.get(i);
            }
        }
        return new Split(train, test);
    }

    /** A split with the given line indices, for hand-made fixtures in tests. */
    static Split of(int[] train, int[] test) {
        return new Split(train.clone(), test.clone());
    }

    /**
     * The split to tune on, made of this split's training lines only: their first {@code n*8/10} (in this split's
     * shuffled order, itself random) train, the rest validate. Test lines never enter it, so choices made on it
     * do not peek at the test set.
     */
    public Split tuning() {
        int trainSize = (int) ((long) train.length * 8 / 10);
        return new Split(Arrays.copyOf(train, trainSize), Arrays.copyOfRange(train, trainSize, train.length));
    }

    /** Train line indices in shuffled order; a copy. */
    public int[] train() {
        return train.clone();
    }

    /** Test line indices in shuffled order; a copy. */
    public int[] test() {
        return test.clone();
    }
}
