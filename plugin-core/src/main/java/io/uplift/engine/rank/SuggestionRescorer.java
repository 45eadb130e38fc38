package io.uplift.engine.rank;

import io.uplift.engine.ProductFacts;
import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;

/**
 * A merchandising rule that changes a kept candidate's score after scoring (stock- and margin-aware boost,
 * rotation). Scores are only compared within one source's candidates, so rescorers multiply rather than add.
 */
public interface SuggestionRescorer {

    /** A short name for the admin preview, e.g. {@code rotation}. */
    String name();

    /**
     * @param score the score so far (after earlier rescorers)
     * @return the new score; never NaN
     */
    double rescore(Suggestion candidate, ProductFacts product, SuggestionContext context, double score);
}
