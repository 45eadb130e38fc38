package io.uplift.engine.experiment;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;

import java.nio.charset.StandardCharsets;

/**
 * Sticky assignment of visitors to an experiment's arms, with no stored state: the visitor key (a customer's id for
 * signed-in customers, else the anonymous visitor's cookie key) is hashed with the experiment's id and salt,
 * {@code murmur3_32(id + ":" + salt + ":" + visitorKey)} (Guava's {@code Hashing.murmur3_32()}, UTF-8), and the hash,
 * read as an unsigned number, modulo {@value #BUCKETS} is the visitor's bucket. Buckets below
 * {@code holdoutPercent * 100} are the hold-out; the rest are split between the variants in order, each getting
 * {@code weight} percent of them. The same visitor always gets the same arm while the experiment's id, salt, hold-out
 * and weights stay the same (they are fixed once an experiment is made). Thread-safe.
 */
public final class ExperimentAssigner {

    /** Buckets per experiment: one bucket is 0.01 % of traffic. */
    public static final int BUCKETS = 10000;

    private static final HashFunction MURMUR = Hashing.murmur3_32();

    /**
     * The visitor's arm, or an assignment that is not {@link Assignment#isInExperiment() in the experiment} when the
     * experiment is not running.
     *
     * @throws IllegalArgumentException when the visitor key is blank (the adapter must always have one)
     */
    public Assignment assign(Experiment experiment, String visitorKey) {
        if (visitorKey == null || visitorKey.trim().isEmpty()) {
            throw new IllegalArgumentException("visitor key must not be blank: '" + visitorKey + "'");
        }
        if (experiment.getState() != ExperimentState.RUNNING) {
            return Assignment.NONE;
        }
        int bucket = bucket(experiment, visitorKey);
        int holdoutBuckets = experiment.getHoldoutPercent() * (BUCKETS / 100);
        if (bucket < holdoutBuckets) {
            return new Assignment(experiment.getId(), null, true, bucket);
        }
        // the rest, [holdoutBuckets, BUCKETS), split by cumulative weight: variant i takes positions p with
        // p * 100 < cumulative weight * rest (integer arithmetic, no rounding drift)
        long p = bucket - holdoutBuckets;
        long rest = BUCKETS - holdoutBuckets;
        int cumulative = 0;
        for (Variant v : experiment.getVariants()) {
            cumulative += v.getWeight();
            if (p * 100 < cumulative * rest) {
                return new Assignment(experiment.getId(), v, false, bucket);
            }
        }
        throw new IllegalStateException("weights of " + experiment.getId() + " do not sum to 100");
    }

    static int bucket(Experiment experiment, String visitorKey) {
        int hash = MURMUR.hashString(experiment.getId() + ":" + experiment.getSalt() + ":" + visitorKey,
                StandardCharsets.UTF_8).asInt();
        return (int) ((hash & 0xFFFFFFFFL) % BUCKETS);
    }
}
