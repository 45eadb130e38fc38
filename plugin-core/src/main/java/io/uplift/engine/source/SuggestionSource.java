package io.uplift.engine.source;

import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;

import java.util.List;

/**
 * A strategy that proposes products for a context: the merchandiser's relations, co-purchase statistics, similar
 * products, trending products, the shopper's own history. Sources run on the page-render path: they read
 * precomputed, in-memory data only and are thread-safe. Filters and rescorers are applied after them, so a source
 * proposes more than a widget shows.
 */
public interface SuggestionSource {

    /** The stable name used in the admin's fallback chains, e.g. {@code copurchase}. Lower case, no spaces. */
    String name();

    /** One line for the admin: what the source suggests. */
    String description();

    /**
     * @param max how many candidates at most, at least 1
     * @return candidates best first, each with this source's name and a reason with its figures; never null
     */
    List<Suggestion> candidates(SuggestionContext context, int max);

    /** How much data the source has, for the admin's readiness table. */
    Readiness readiness();
}
