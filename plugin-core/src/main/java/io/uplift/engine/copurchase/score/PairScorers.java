package io.uplift.engine.copurchase.score;

import io.uplift.engine.copurchase.PairScorer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pairwise scorers by name, for configuration ({@code uplift.copurchase.scorer}). The storefront's default,
 * {@code default} ({@code ease+noisy-or}), is not pairwise: {@code CoPurchaseModelLearner} serves it. An unknown
 * name fails with a message listing the known ones.
 */
public final class PairScorers {

    /** The name that stands for the storefront's default scorer. */
    public static final String DEFAULT = "default";

    private static final Map<String, PairScorer> BY_NAME;

    static {
        Map<String, PairScorer> m = new LinkedHashMap<String, PairScorer>();
        for (PairScorer s : new PairScorer[] {new PopularityScorer(), new CoOccurrenceScorer(), new ConfidenceScorer(),
                new CosineScorer(), new LiftScorer(), new WeightedCosineScorer(), new NoisyOrScorer(10, 1.5, 0.1)}) {
            m.put(s.name(), s);
        }
        BY_NAME = Collections.unmodifiableMap(m);
    }

    private PairScorers() {
    }

    /** @throws IllegalArgumentException naming the unknown scorer and the known ones */
    public static PairScorer byName(String name) {
        PairScorer s = name == null ? null : BY_NAME.get(name.trim());
        if (s == null) {
            throw new IllegalArgumentException("unknown pair scorer: '" + name + "' (known: " + DEFAULT
                    + " = ease+noisy-or, " + String.join(", ", BY_NAME.keySet()) + ")");
        }
        return s;
    }
}
