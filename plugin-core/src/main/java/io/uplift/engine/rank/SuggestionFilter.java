package io.uplift.engine.rank;

import io.uplift.engine.ProductFacts;
import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;

/**
 * A merchandising rule applied after scoring: it keeps a candidate or names why it is dropped.
 */
public interface SuggestionFilter {

    /**
     * @param product the candidate's catalog facts, never null (unknown products never reach a filter)
     * @return {@code null} to keep the candidate, otherwise a short reason it is dropped
     */
    String reject(Suggestion candidate, ProductFacts product, SuggestionContext context);
}
