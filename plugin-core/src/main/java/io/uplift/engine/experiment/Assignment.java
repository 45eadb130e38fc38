package io.uplift.engine.experiment;

/**
 * Which arm a visitor is in: a variant, the hold-out (sees no suggestions in the experiment's slot), or none (the
 * experiment is not running). Immutable.
 */
public final class Assignment {

    /** The arm name of the hold-out (no variant may be called so). */
    public static final String HOLDOUT = "holdout";

    static final Assignment NONE = new Assignment(null, null, false, -1);

    private final String experimentId;
    private final Variant variant;
    private final boolean holdout;
    private final int bucket;

    Assignment(String experimentId, Variant variant, boolean holdout, int bucket) {
        this.experimentId = experimentId;
        this.variant = variant;
        this.holdout = holdout;
        this.bucket = bucket;
    }

    /** False when the experiment is not running: show the widget's own settings. */
    public boolean isInExperiment() {
        return experimentId != null;
    }

    /** Whether the visitor must see no suggestions in the slot. */
    public boolean isHoldout() {
        return holdout;
    }

    /** The variant, or null for the hold-out and outside the experiment. */
    public Variant getVariant() {
        return variant;
    }

    /** The arm's name as recorded with events and order lines: the variant's, {@value #HOLDOUT}, or null. */
    public String getArm() {
        return holdout ? HOLDOUT : variant == null ? null : variant.getName();
    }

    public String getExperimentId() {
        return experimentId;
    }

    /** The visitor's bucket, 0 to 9999 (-1 outside the experiment); for diagnostics. */
    public int getBucket() {
        return bucket;
    }

    @Override
    public String toString() {
        return isInExperiment() ? experimentId + ":" + getArm() + "@" + bucket : "none";
    }
}
