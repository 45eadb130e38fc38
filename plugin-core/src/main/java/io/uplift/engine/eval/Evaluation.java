package io.uplift.engine.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The offline evaluation protocol ({@code shared/eval-protocol.md}) on one split of one basket file.
 *
 * <ul>
 * <li><b>Cart context (leave-one-out):</b> for every test basket with at least 2 distinct tokens, each token in
 * turn is the target and the others (those known to training) the context; the recommender's top 10 gives HR@3,
 * HR@5, HR@10, MRR@5 and coverage@5. A token unknown to training is always a miss as a target.</li>
 * <li><b>Product context:</b> the same baskets; each token in turn is the context (empty when unknown to
 * training), the basket's other tokens are the targets; the top 5 gives P@5 = hits / 5 and R@5 = hits / targets.
 * </li>
 * </ul>
 * Immutable once built; {@link #run} trains and evaluates one recommender at a time.
 */
public final class Evaluation {

    /** The longest list the protocol looks at (HR@10). */
    public static final int CART_LIST = 10;
    /** The list a product page shows (P@5, R@5, coverage@5). */
    public static final int SHORT_LIST = 5;

    private final TrainingSet train;
    private final List<List<String>> test;

    private Evaluation(TrainingSet train, List<List<String>> test) {
        this.train = train;
        this.test = test;
    }

    /**
     * @param lines every basket line of the file (as {@link BasketFile#read} returns them)
     * @param split which lines train and which test
     */
    public static Evaluation of(List<List<String>> lines, Split split) {
        List<List<String>> test = new ArrayList<>();
        for (int i : split.test()) {
            if (lines.get(i).size() >= 2) {
                test.add(lines.get(i));
            }
        }
        return new Evaluation(TrainingSet.of(lines, split.train()), test);
    }

    /** Test baskets with at least 2 distinct tokens: the ones evaluated. */
    public int evaluatedBaskets() {
        return test.size();
    }

    public TrainingSet trainingSet() {
        return train;
    }

    /** Trains the builder's recommender on the training split, timed, and evaluates it on the test baskets. */
    public EvalResult run(RecommenderBuilder builder) {
        long start = System.nanoTime();
        Recommender recommender = builder.build(train);
        long trainMillis = (System.nanoTime() - start) / 1_000_000;

        ItemIndex items = train.items();
        boolean[] shown = new boolean[items.size()];
        int[] trials = new int[test.size()];
        double[][] totals = new double[Metric.values().length][test.size()];
        for (int t = 0; t < test.size(); t++) {
            List<String> basket = test.get(t);
            int k = basket.size();
            int[] ids = new int[k];
            for (int i = 0; i < k; i++) {
                ids[i] = items.id(basket.get(i));
            }
            trials[t] = k;
            for (int left = 0; left < k; left++) {
                int[] top = recommender.recommend(knownExcept(ids, left), CART_LIST);
                int rank = rankOf(ids[left], top);
                for (int r = 0; r < Math.min(SHORT_LIST, top.length); r++) {
                    shown[top[r]] = true;
                }
                totals[Metric.HR3.ordinal()][t] += rank <= 3 ? 1 : 0;
                totals[Metric.HR5.ordinal()][t] += rank <= 5 ? 1 : 0;
                totals[Metric.HR10.ordinal()][t] += rank <= 10 ? 1 : 0;
                totals[Metric.MRR5.ordinal()][t] += rank <= 5 ? 1.0 / rank : 0;
            }
            for (int viewed = 0; viewed < k; viewed++) {
                int[] context = ids[viewed] < 0 ? new int[0] : new int[] {ids[viewed]};
                int[] top = recommender.recommend(context, SHORT_LIST);
                int hits = 0;
                for (int other = 0; other < k; other++) {
                    if (other != viewed && rankOf(ids[other], top) <= SHORT_LIST) {
                        hits++;
                    }
                }
                totals[Metric.P5.ordinal()][t] += hits / (double) SHORT_LIST;
                totals[Metric.R5.ordinal()][t] += hits / (double) (k - 1);
            }
        }
        int covered = 0;
        for (boolean s : shown) {
            covered += s ? 1 : 0;
        }
        double coverage = items.size() == 0 ? 0 : covered / (double) items.size();
        return new EvalResult(builder.name(), trainMillis, coverage, trials, totals);
    }

    /** The known ids of a basket except position {@code left}, in basket order. */
    private static int[] knownExcept(int[] ids, int left) {
        int[] out = new int[ids.length - 1];
        int n = 0;
        for (int i = 0; i < ids.length; i++) {
            if (i != left && ids[i] >= 0) {
                out[n++] = ids[i];
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** 1-based rank of the target in the list; {@code Integer.MAX_VALUE} if absent or unknown to training. */
    private static int rankOf(int target, int[] list) {
        if (target >= 0) {
            for (int r = 0; r < list.length; r++) {
                if (list[r] == target) {
                    return r + 1;
                }
            }
        }
        return Integer.MAX_VALUE;
    }
}
