package io.uplift.engine.experiment;

import java.util.regex.Pattern;

/**
 * One arm of an experiment: a name (e.g. {@code three}, {@code five}), its share of the experiment's traffic outside
 * the hold-out (percent; an experiment's weights sum to 100) and its overrides. Immutable.
 */
public final class Variant {

    static final Pattern NAME = Pattern.compile("[a-z0-9_-]{1,32}");

    private final String name;
    private final int weight;
    private final VariantOverrides overrides;

    /** @throws IllegalArgumentException quoting the bad value */
    public Variant(String name, int weight, VariantOverrides overrides) {
        if (name == null || !NAME.matcher(name).matches() || Assignment.HOLDOUT.equals(name)) {
            throw new IllegalArgumentException("variant name must be 1-32 lower-case letters, digits, _ or -, and"
                    + " not '" + Assignment.HOLDOUT + "': '" + name + "'");
        }
        if (weight < 1 || weight > 100) {
            throw new IllegalArgumentException("variant '" + name + "': weight must be 1 to 100: " + weight);
        }
        this.name = name;
        this.weight = weight;
        this.overrides = overrides == null ? VariantOverrides.NONE : overrides;
    }

    public String getName() {
        return name;
    }

    public int getWeight() {
        return weight;
    }

    public VariantOverrides getOverrides() {
        return overrides;
    }

    @Override
    public String toString() {
        return name + " (" + weight + "%: " + overrides + ")";
    }
}
