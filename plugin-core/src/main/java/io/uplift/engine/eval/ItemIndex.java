package io.uplift.engine.eval;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The protocol's item ids: the distinct tokens of the training baskets ordered by training basket count
 * descending, then token ascending ({@link String#compareTo}); an item's id is its position in that order. So
 * "smaller id" is the protocol's tie order everywhere, and also popularity order. Immutable.
 */
public final class ItemIndex {

    private final String[] tokens;
    private final int[] counts;
    private final Object2IntOpenHashMap<String> ids;

    private ItemIndex(String[] tokens, int[] counts) {
        this.tokens = tokens;
        this.counts = counts;
        this.ids = new Object2IntOpenHashMap<>(tokens.length);
        ids.defaultReturnValue(-1);
        for (int i = 0; i < tokens.length; i++) {
            ids.put(tokens[i], i);
        }
    }

    /**
     * @param baskets training baskets, each a list of distinct tokens (as {@link BasketFile} returns them)
     */
    public static ItemIndex of(List<List<String>> baskets) {
        Object2IntOpenHashMap<String> count = new Object2IntOpenHashMap<>();
        for (List<String> basket : baskets) {
            for (String token : basket) {
                count.addTo(token, 1);
            }
        }
        List<String> order = new ArrayList<>(count.keySet());
        Collections.sort(order, (x, y) -> {
            int byCount = Integer.compare(count.getInt(y), count.getInt(x));
            return byCount != 0 ? byCount : x.compareTo(y);
        });
        int[] counts = new int[order.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = count.getInt(order.get(i));
        }
        return new ItemIndex(order.toArray(new String[0]), counts);
    }

    /** Distinct training items. */
    public int size() {
        return tokens.length;
    }

    /** The id of a token, or -1 if the token never occurs in training. */
    public int id(String token) {
        return ids.getInt(token);
    }

    /** The token of an id in {@code [0, size())}. */
    public String token(int id) {
        return tokens[id];
    }

    /** Training baskets containing the item. */
    public int count(int id) {
        return counts[id];
    }

    /**
     * The ids of a basket's tokens known to training, in the basket's order; unknown tokens are left out.
     */
    public int[] known(List<String> basket) {
        int[] out = new int[basket.size()];
        int n = 0;
        for (String token : basket) {
            int id = id(token);
            if (id >= 0) {
                out[n++] = id;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
