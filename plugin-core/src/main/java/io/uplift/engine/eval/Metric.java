package io.uplift.engine.eval;

/**
 * The protocol's per-trial metrics, each a mean over trials. Coverage@5 is not one of them: it is a count of
 * distinct items over all lists ({@link EvalResult#coverage5()}).
 */
public enum Metric {
    /** Cart context: the left-out item is in the top 3. */
    HR3("HR@3"),
    /** Cart context: the left-out item is in the top 5. */
    HR5("HR@5"),
    /** Cart context: the left-out item is in the top 10. */
    HR10("HR@10"),
    /** Cart context: 1 / rank of the left-out item when it is in the top 5, else 0. */
    MRR5("MRR@5"),
    /** Product context: hits in the top 5 / 5. */
    P5("P@5"),
    /** Product context: hits in the top 5 / number of the basket's other items. */
    R5("R@5");

    private final String label;

    Metric(String label) {
        this.label = label;
    }

    /** The name printed in the output line, e.g. {@code HR@5}. */
    public String label() {
        return label;
    }
}
