package io.uplift.engine.copurchase.store;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.basket.OrderHistory;
import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.copurchase.Neighbor;
import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.PairScorer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Literal and generated baskets, test-local scorers and model dumps for the store's tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** P(b | a): depends on together and countA only. */
    static final PairScorer CONFIDENCE = scorer("test-confidence", f -> (double) f.together / f.countA);

    /** Lift: depends on countB and baskets too, so untouched rows go stale. */
    static final PairScorer LIFT = scorer("test-lift", PairFigures::lift);

    /** The weighted sum alone. */
    static final PairScorer WEIGHTED = scorer("test-weighted", f -> f.weightedTogether);

    static PairScorer scorer(String name, ToDoubleFunction<PairFigures> score) {
        return new PairScorer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double score(PairFigures f) {
                return score.applyAsDouble(f);
            }
        };
    }

    /** The test scorers, for tests that run once per scorer. */
    enum ScorerCase {
        CONFIDENCE_ONLY(CONFIDENCE), LIFT_WITH_COUNT_B_AND_BASKETS(LIFT), WEIGHTED_SUM(WEIGHTED);

        final PairScorer scorer;

        ScorerCase(PairScorer scorer) {
            this.scorer = scorer;
        }
    }

    static Basket basket(long orderId, long... productIds) {
        return new Basket(orderId, Basket.ANONYMOUS, 0, productIds);
    }

    /** Baskets with order ids 1, 2, ... */
    static List<Basket> baskets(long[]... lines) {
        List<Basket> out = new ArrayList<>();
        for (long[] line : lines) {
            out.add(basket(out.size() + 1, line));
        }
        return out;
    }

    static long[] ids(long... ids) {
        return ids;
    }

    /**
     * Deterministic random baskets: 1 to 8 distinct products out of {@code products}, skewed towards low ids
     * (ids are 1000 + rank * 7, so they are neither dense nor in first-appearance order).
     */
    static List<Basket> random(long seed, int count, int products) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Basket> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int n = 1 + random.nextInt(8);
            long[] line = new long[n];
            for (int i = 0; i < n; i++) {
                double u = random.nextDouble();
                int rank = (int) (products * u * u * u);
                line[i] = 1000 + rank * 7L;
            }
            out.add(basket(k + 1, line));
        }
        return out;
    }

    static OrderHistory history(List<Basket> baskets) {
        return new OrderHistory() {
            @Override
            public long forEachSince(long sinceMillis, BasketVisitor visitor) {
                long n = 0;
                for (Basket b : baskets) {
                    if (b.getSubmittedAtMillis() >= sinceMillis && b.size() > 0) {
                        visitor.visit(b);
                        n++;
                    }
                }
                return n;
            }

            @Override
            public long countSince(long sinceMillis) {
                return baskets.stream().filter(b -> b.getSubmittedAtMillis() >= sinceMillis).count();
            }
        };
    }

    static CoPurchaseLearner rebuild(List<Basket> baskets, PairScorer scorer, CoPurchaseSettings settings) {
        return CoPurchaseRebuild.rebuild(history(baskets), scorer, settings, 1, RebuildProgress.NONE);
    }

    static CoPurchaseLearner incremental(List<Basket> baskets, PairScorer scorer, CoPurchaseSettings settings) {
        CoPurchaseLearner learner = CoPurchaseLearner.empty(scorer, settings);
        for (Basket b : baskets) {
            learner.apply(b);
        }
        learner.publish();
        return learner;
    }

    /** Every product's served row with all figures, one line per product, for exact comparisons. */
    static String dump(CoPurchaseModel model, long[] productIds) {
        long[] ids = productIds.clone();
        Arrays.sort(ids);
        StringBuilder s = new StringBuilder();
        s.append("products=").append(model.products()).append(" baskets=").append(model.baskets()).append('\n');
        for (long id : ids) {
            s.append(id).append(" count=").append(model.count(id)).append(':');
            for (Neighbor n : model.forProduct(id, 10_000)) {
                s.append(' ').append(describe(n));
            }
            s.append('\n');
        }
        return s.toString();
    }

    static String describe(Neighbor n) {
        return n.getProductId() + "(" + n.getContextProductId() + "," + n.getScore() + "," + n.getTogether() + ","
                + n.getContextCount() + "," + n.getCount() + "," + n.getBaskets() + ")";
    }

    /** Every ordered pair's figures, for comparing statistics. */
    static String pairs(CoPurchaseLearner learner, long[] productIds) {
        long[] ids = productIds.clone();
        Arrays.sort(ids);
        StringBuilder s = new StringBuilder();
        PairFigures f = new PairFigures();
        for (long a : ids) {
            for (long b : ids) {
                if (learner.figures(a, b, f)) {
                    s.append(a).append('-').append(b).append(' ').append(f.together).append(' ')
                            .append(Double.doubleToLongBits(f.weightedTogether)).append(' ').append(f.countA)
                            .append(' ').append(f.countB).append(' ').append(f.baskets).append('\n');
                }
            }
        }
        return s.toString();
    }

    static long[] productIds(List<Basket> baskets) {
        return baskets.stream().flatMapToLong(b -> Arrays.stream(b.getProductIds())).distinct().toArray();
    }
}
