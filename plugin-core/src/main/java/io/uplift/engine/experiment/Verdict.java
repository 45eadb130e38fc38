package io.uplift.engine.experiment;

/** The outcome of one comparison of an arm against its baseline. */
public enum Verdict {
    /** Either arm is below the minimum sample: no verdict yet, whatever the numbers say. */
    TOO_SMALL,
    /** The test cannot be computed (e.g. no spread at all, or no seen impressions). */
    NO_DATA,
    /** The difference is not significant at the 5 % level (two-sided). */
    NOT_SIGNIFICANT,
    /** Significantly higher than the baseline. */
    BETTER,
    /** Significantly lower than the baseline. */
    WORSE
}
