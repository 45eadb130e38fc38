package io.uplift.engine.eval;

import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.ease.EaseBlend;
import io.uplift.engine.copurchase.ease.EaseBlendSettings;

/**
 * Evaluates the default scorer, {@link EaseBlend}, exactly as the storefront serves it: the
 * {@link RowRecommender} semantics (rows of co-purchased products, cart = sum of row scores, popularity fill)
 * with row scores from the blend, where a row keeps every head pair (EASE weights, negative ones too: without
 * them EASE loses much of its edge) and the best L of its other entries. The head is the items with the smallest
 * ids, which are the best sellers of the training split, ties by token: the protocol's item order.
 */
public final class EaseBlendRecommender implements RecommenderBuilder {

    private final EaseBlendSettings settings;

    public EaseBlendRecommender(EaseBlendSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings are required");
        }
        this.settings = settings;
    }

    @Override
    public String name() {
        return EaseBlend.NAME;
    }

    public EaseBlendSettings settings() {
        return settings;
    }

    @Override
    public Recommender build(TrainingSet train) {
        PairStatistics stats = PairStatistics.of(train);
        int items = stats.items();
        int head = Math.min(settings.headSize(), items);
        double[] gram = new double[head * head];
        long occurrences = 0;
        for (int a = 0; a < items; a++) {
            occurrences += stats.count(a);
            if (a < head) {
                gram[a * head + a] = stats.count(a);
                for (int p = stats.rowStart(a); p < stats.rowStart(a + 1) && stats.neighbor(p) < head; p++) {
                    gram[a * head + stats.neighbor(p)] = stats.together(p);
                }
            }
        }
        EaseBlend blend = EaseBlend.fit(settings, gram, head, occurrences, items);
        return RowRecommender.train(new RowRecommender.RowScore() {
            @Override
            public double score(int a, int b, PairFigures f) {
                return blend.score(a < head ? a : -1, b < head ? b : -1, f);
            }

            @Override
            public boolean exemptFromRowLength(int a, int b) {
                return a < head && b < head;
            }
        }, settings.rowLength(), true, stats);
    }
}
