package io.uplift.engine.rank;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies filters to scored candidates in their order, drops duplicates and unknown products, and cuts to the
 * limit last, so a filter never leaves a slot short while further candidates exist. Thread-safe once built.
 */
public class SuggestionPipeline {

    private final CatalogFacts catalog;
    private final List<SuggestionFilter> filters;

    public SuggestionPipeline(CatalogFacts catalog, List<SuggestionFilter> filters) {
        this.catalog = catalog;
        this.filters = Collections.unmodifiableList(new ArrayList<SuggestionFilter>(filters));
    }

    /** The filters every storefront widget applies: active, in stock, not the viewed product, not in the cart. */
    public static SuggestionPipeline standard(CatalogFacts catalog) {
        return new SuggestionPipeline(catalog,
                Arrays.asList(Filters.active(), Filters.inStock(), Filters.notSelf(), Filters.notInCart()));
    }

    /**
     * @param limit how many to keep, at least 1
     * @return the kept candidates with their facts, best first; never null
     */
    public List<Ranked> apply(List<Suggestion> candidates, SuggestionContext context, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        List<Ranked> kept = new ArrayList<Ranked>(Math.min(limit, candidates.size()));
        Set<Long> seen = new HashSet<Long>();
        for (Suggestion s : candidates) {
            if (kept.size() == limit) {
                break;
            }
            if (!seen.add(s.getProductId())) {
                continue;
            }
            ProductFacts facts = catalog.find(s.getProductId());
            if (facts == null || rejected(s, facts, context)) {
                continue;
            }
            kept.add(new Ranked(s, facts));
        }
        return kept;
    }

    private boolean rejected(Suggestion s, ProductFacts facts, SuggestionContext context) {
        for (SuggestionFilter f : filters) {
            if (f.reject(s, facts, context) != null) {
                return true;
            }
        }
        return false;
    }

    /** A kept suggestion with the catalog facts it was judged on. */
    public static final class Ranked {
        private final Suggestion suggestion;
        private final ProductFacts product;

        Ranked(Suggestion suggestion, ProductFacts product) {
            this.suggestion = suggestion;
            this.product = product;
        }

        public Suggestion getSuggestion() {
            return suggestion;
        }

        public ProductFacts getProduct() {
            return product;
        }
    }
}
