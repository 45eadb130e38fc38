package io.uplift.engine.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a recommender under evaluation may learn from: the training baskets as item ids of an {@link ItemIndex}
 * (distinct, in file order), never the test baskets. Empty lines are left out, as the shop skips orders without
 * products. Immutable.
 */
public final class TrainingSet {

    private final ItemIndex items;
    private final int[][] baskets;

    private TrainingSet(ItemIndex items, int[][] baskets) {
        this.items = items;
        this.baskets = baskets;
    }

    /**
     * @param lines   every basket line of the file
     * @param indices the training line indices (e.g. {@link Split#train()})
     */
    public static TrainingSet of(List<List<String>> lines, int[] indices) {
        List<List<String>> train = new ArrayList<>(indices.length);
        for (int i : indices) {
            if (i < 0 || i >= lines.size()) {
                throw new IllegalArgumentException("line index out of range [0, " + lines.size() + "): " + i);
            }
            if (!lines.get(i).isEmpty()) {
                train.add(lines.get(i));
            }
        }
        ItemIndex items = ItemIndex.of(Collections.unmodifiableList(train));
        int[][] baskets = new int[train.size()][];
        for (int b = 0; b < baskets.length; b++) {
            baskets[b] = items.known(train.get(b));
        }
        return new TrainingSet(items, baskets);
    }

    public ItemIndex items() {
        return items;
    }

    /** Non-empty training baskets. */
    public int size() {
        return baskets.length;
    }

    /** The item ids of training basket {@code b}, distinct, in file order; the caller must not modify it. */
    int[] basket(int b) {
        return baskets[b];
    }
}
