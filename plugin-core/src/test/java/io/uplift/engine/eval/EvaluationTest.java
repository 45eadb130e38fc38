package io.uplift.engine.eval;

import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * Every metric on a tiny example computed by hand. Training lines give the counts a7 b6 c5 d4 e3 f2 g2 h1, so the
 * item ids are a0 b1 c2 d3 e4 f5 g6 h7 (f before g: equal counts, token order). Test baskets: "a b" and
 * "c f x" (x unknown to training); "g" (one token) and the empty line are not evaluated.
 */
public class EvaluationTest {

    private static final double EPS = 1e-12;

    static Evaluation example() {
        List<List<String>> lines = new ArrayList<>();
        for (String line : new String[] {"a b c d e f g h", "a b c d e f", "a b c d e", "a b c d", "a b c", "a b",
                "a", "g", "a b", "c f x", "g", ""}) {
            lines.add(line.isEmpty() ? Collections.<String>emptyList() : Arrays.asList(line.split(" ")));
        }
        return Evaluation.of(lines, Split.of(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, new int[] {8, 9, 10, 11}));
    }

    /**
     * Popularity lists. Cart: a|{b} rank 1, b|{a} rank 1, c|{f} rank 3 (a b c), f|{c} rank 5 (a b d e f), x miss.
     * Top-5 lists show a..g but never h: coverage 7/8. Product page: a -> b c d e f (hit b), b -> a c d e f
     * (hit a), c -> a b d e f (hit f of f, x), f -> a b c d e (hit c of c, x), x unknown -> a b c d e (hit c of
     * c, f).
     */
    @Test
    public void popularityOnTheHandExample() {
        EvalResult r = example().run(new Popularity());
        assertEquals(2, r.baskets());
        assertEquals(5, r.trials());
        assertEquals(3 / 5.0, r.value(Metric.HR3), EPS);
        assertEquals(4 / 5.0, r.value(Metric.HR5), EPS);
        assertEquals(4 / 5.0, r.value(Metric.HR10), EPS);
        assertEquals((1 + 1 + 1 / 3.0 + 1 / 5.0) / 5, r.value(Metric.MRR5), EPS);
        assertEquals(7 / 8.0, r.coverage5(), EPS);
        assertEquals(5 * (1 / 5.0) / 5, r.value(Metric.P5), EPS);
        assertEquals((1 + 1 + 0.5 + 0.5 + 0.5) / 5, r.value(Metric.R5), EPS);
    }

    /**
     * Least popular first: a|{b} -> h g f e d c a (rank 7), b|{a} rank 7, c|{f} -> h g e d c (rank 5),
     * f|{c} -> h g f (rank 3), x miss. So HR@10 counts ranks 6-10 that HR@5 does not.
     */
    @Test
    public void ranksBeyondFiveCountForHitRateAtTenOnly() {
        EvalResult r = example().run(new RecommenderBuilder() {
            @Override
            public String name() {
                return "reverse";
            }

            @Override
            public Recommender build(TrainingSet train) {
                int items = train.items().size();
                return (context, n) -> {
                    List<Integer> out = new ArrayList<>();
                    for (int b = items - 1; b >= 0 && out.size() < n; b--) {
                        final int candidate = b;
                        if (Arrays.stream(context).noneMatch(c -> c == candidate)) {
                            out.add(b);
                        }
                    }
                    return out.stream().mapToInt(Integer::intValue).toArray();
                };
            }
        });
        assertEquals(1 / 5.0, r.value(Metric.HR3), EPS);
        assertEquals(2 / 5.0, r.value(Metric.HR5), EPS);
        assertEquals(4 / 5.0, r.value(Metric.HR10), EPS);
        assertEquals((1 / 5.0 + 1 / 3.0) / 5, r.value(Metric.MRR5), EPS);
    }

    @Test
    public void theOutputLineHasTheProtocolsExactForm() {
        EvalResult r = example().run(new Popularity());
        assertEquals("scorer=popularity default=true HR@3=0.6000 HR@5=0.8000 HR@10=0.8000 MRR@5=0.5067"
                + " coverage@5=0.8750 P@5=0.2000 R@5=0.7000 train_ms=" + r.trainMillis(), r.line(true));
    }

    @Test
    public void withoutEvaluatedBasketsTheMetricsAreNaN() {
        List<List<String>> lines = Arrays.asList(Arrays.asList("a", "b"), Collections.singletonList("a"));
        EvalResult r = Evaluation.of(lines, Split.of(new int[] {0}, new int[] {1})).run(new Popularity());
        assertEquals(0, r.baskets());
        assertEquals(Double.NaN, r.value(Metric.HR5), 0);
    }
}
