package io.uplift.engine.copurchase.score;

import io.uplift.engine.copurchase.PairScorer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pair scorers by name, for configuration ({@code uplift.copurchase.scorer}) and the evaluation command.
 * {@code default} names the scorer the storefront uses unless configured otherwise. An unknown name fails with a
 * message listing the known ones.
 */
public final class PairScorers {

    /** The name that stands for the storefront's default scorer. */
    public static final String DEFAULT = "default";

    private static final Map<String, PairScorer> BY_NAME;

    static {
        Map<String, PairScorer> m = new LinkedHashMap<String, PairScorer>();
        for (PairScorer s : new PairScorer[] {new PopularityScorer(), new CoOccurrenceScorer(), new ConfidenceScorer(),
                new CosineScorer(), new LiftScorer()}) {
            m.put(s.name(), s);
        }
        BY_NAME = Collections.unmodifiableMap(m);
    }

    private PairScorers() {
    }

    /** The storefront's default scorer. */
    public static PairScorer defaultScorer() {
        return BY_NAME.get(CosineScorer.NAME);
    }

    /** @throws IllegalArgumentException naming the unknown scorer and the known ones */
    public static PairScorer byName(String name) {
        if (name != null && DEFAULT.equals(name.trim())) {
            return defaultScorer();
        }
        PairScorer s = name == null ? null : BY_NAME.get(name.trim());
        if (s == null) {
            throw new IllegalArgumentException("unknown pair scorer: '" + name + "' (known: " + DEFAULT + ", "
                    + String.join(", ", BY_NAME.keySet()) + ")");
        }
        return s;
    }
}
