package io.uplift.engine.eval;

import java.util.Arrays;

/**
 * The baseline every scorer must beat: the best sellers of the training split not in the context, whatever the
 * context. Item ids are popularity order, so the list is the smallest ids outside the context.
 */
public final class Popularity implements RecommenderBuilder {

    public static final String NAME = "popularity";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Recommender build(TrainingSet train) {
        int items = train.items().size();
        return (context, n) -> {
            int[] out = new int[Math.min(n, Math.max(0, items - context.length))];
            int size = 0;
            for (int b = 0; b < items && size < out.length; b++) {
                if (!contains(context, b)) {
                    out[size++] = b;
                }
            }
            return size == out.length ? out : Arrays.copyOf(out, size);
        };
    }

    private static boolean contains(int[] context, int id) {
        for (int c : context) {
            if (c == id) {
                return true;
            }
        }
        return false;
    }
}
