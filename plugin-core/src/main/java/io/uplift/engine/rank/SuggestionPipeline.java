package io.uplift.engine.rank;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The merchandising rules of one widget, applied to one source's scored candidates: filters drop candidates
 * (inactive, out of stock, in the cart, ...), rescorers change the kept ones' scores (stock and margin, rotation),
 * the kept candidates are re-sorted, and "limit to N" comes last, so a filter never leaves a widget short while
 * further candidates exist. Duplicates and unknown products are dropped. Thread-safe once built.
 */
public class SuggestionPipeline {

    private final CatalogFacts catalog;
    private final List<SuggestionFilter> filters;
    private final List<SuggestionRescorer> rescorers;

    public SuggestionPipeline(CatalogFacts catalog, List<SuggestionFilter> filters) {
        this(catalog, filters, Collections.<SuggestionRescorer>emptyList());
    }

    public SuggestionPipeline(CatalogFacts catalog, List<SuggestionFilter> filters, List<SuggestionRescorer> rescorers) {
        this.catalog = catalog;
        this.filters = Collections.unmodifiableList(new ArrayList<SuggestionFilter>(filters));
        this.rescorers = Collections.unmodifiableList(new ArrayList<SuggestionRescorer>(rescorers));
    }

    /** The filters every storefront widget applies: active, in stock, not the viewed product, not in the cart. */
    public static List<SuggestionFilter> standardFilters() {
        return Arrays.asList(Filters.active(), Filters.inStock(), Filters.notSelf(), Filters.notInCart());
    }

    /** A pipeline with the standard filters only. */
    public static SuggestionPipeline standard(CatalogFacts catalog) {
        return new SuggestionPipeline(catalog, standardFilters());
    }

    /**
     * @param limit how many to keep, at least 1
     * @return the kept candidates with their facts, best first after rescoring; never null
     */
    public List<Ranked> apply(List<Suggestion> candidates, SuggestionContext context, int limit) {
        return run(candidates, context, limit, null);
    }

    /**
     * Like {@link #apply} but also reports every candidate that was dropped and why (for the admin preview).
     */
    public List<Ranked> explain(List<Suggestion> candidates, SuggestionContext context, int limit,
            List<Rejected> rejected) {
        return run(candidates, context, limit, rejected);
    }

    private List<Ranked> run(List<Suggestion> candidates, SuggestionContext context, int limit, List<Rejected> rejected) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        List<Ranked> kept = new ArrayList<Ranked>(candidates.size());
        Set<Long> seen = new HashSet<Long>();
        int order = 0;
        for (Suggestion s : candidates) {
            if (!seen.add(s.getProductId())) {
                continue;
            }
            ProductFacts facts = catalog.find(s.getProductId());
            if (facts == null) {
                if (rejected != null) {
                    rejected.add(new Rejected(s, null, "unknown product"));
                }
                continue;
            }
            String reason = rejection(s, facts, context);
            if (reason != null) {
                if (rejected != null) {
                    rejected.add(new Rejected(s, facts, reason));
                }
                continue;
            }
            double score = s.getScore();
            for (SuggestionRescorer r : rescorers) {
                score = r.rescore(s, facts, context, score);
            }
            kept.add(new Ranked(s, facts, score, order++));
            if (rescorers.isEmpty() && kept.size() == limit && rejected == null) {
                break; // candidates come best first: without rescorers the first N kept are the answer
            }
        }
        if (!rescorers.isEmpty()) {
            Collections.sort(kept, BY_FINAL_SCORE);
        }
        if (kept.size() > limit) {
            if (rejected != null) {
                for (Ranked r : kept.subList(limit, kept.size())) {
                    rejected.add(Rejected.beyondLimit(r, limit));
                }
            }
            return new ArrayList<Ranked>(kept.subList(0, limit));
        }
        return kept;
    }

    private static final Comparator<Ranked> BY_FINAL_SCORE = new Comparator<Ranked>() {
        @Override
        public int compare(Ranked a, Ranked b) {
            int c = Double.compare(b.finalScore, a.finalScore);
            return c != 0 ? c : Integer.compare(a.order, b.order);
        }
    };

    private String rejection(Suggestion s, ProductFacts facts, SuggestionContext context) {
        for (SuggestionFilter f : filters) {
            String reason = f.reject(s, facts, context);
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    /** A kept suggestion with the catalog facts it was judged on and its score after rescoring. */
    public static final class Ranked {
        private final Suggestion suggestion;
        private final ProductFacts product;
        private final double finalScore;
        private final int order;

        Ranked(Suggestion suggestion, ProductFacts product, double finalScore, int order) {
            this.suggestion = suggestion;
            this.product = product;
            this.finalScore = finalScore;
            this.order = order;
        }

        public Suggestion getSuggestion() {
            return suggestion;
        }

        public ProductFacts getProduct() {
            return product;
        }

        /** The score after the rescorers (equal to the source's score without rescorers). */
        public double getFinalScore() {
            return finalScore;
        }
    }

    /** A candidate the rules dropped, with the reason. */
    public static final class Rejected {
        private final Suggestion suggestion;
        private final ProductFacts product;
        private final String reason;

        public Rejected(Suggestion suggestion, ProductFacts product, String reason) {
            this.suggestion = suggestion;
            this.product = product;
            this.reason = reason;
        }

        /** A candidate that passed the rules but does not fit: the widget shows {@code limit} products already. */
        public static Rejected beyondLimit(Ranked ranked, int limit) {
            return new Rejected(ranked.getSuggestion(), ranked.getProduct(), "beyond the widget's limit of " + limit);
        }

        public Suggestion getSuggestion() {
            return suggestion;
        }

        /** The product's facts, or {@code null} when the product is unknown. */
        public ProductFacts getProduct() {
            return product;
        }

        public String getReason() {
            return reason;
        }
    }
}
