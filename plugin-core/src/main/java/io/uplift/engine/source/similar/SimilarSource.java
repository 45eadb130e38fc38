package io.uplift.engine.source.similar;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.learn.ModelHolder;
import io.uplift.engine.similar.SimilarProducts;
import io.uplift.engine.similar.SimilarityScore;
import io.uplift.engine.source.Readiness;
import io.uplift.engine.source.SuggestionSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Similar products (category, attributes, price band, search text) from the precomputed table: for the viewed
 * product, or for the cart's products in turns. Serves products without purchase history.
 */
public class SimilarSource implements SuggestionSource {

    public static final String NAME = "similar";

    private final ModelHolder<SimilarProducts> model;
    private final CatalogFacts catalog;

    public SimilarSource(ModelHolder<SimilarProducts> model, CatalogFacts catalog) {
        this.model = model;
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "similar products: category, attributes, price band and search text (precomputed)";
    }

    @Override
    public List<Suggestion> candidates(SuggestionContext context, int max) {
        List<Long> anchors = new ArrayList<Long>(context.getAnchorProductIds());
        if (anchors.isEmpty()) {
            return Collections.emptyList();
        }
        SimilarProducts m = model.get();
        // best score per candidate over the anchors, remembering which anchor it came from
        Map<Long, Object[]> best = new LinkedHashMap<Long, Object[]>();
        for (Long anchor : anchors) {
            for (SimilarProducts.Entry e : m.forProduct(anchor, max)) {
                Object[] prior = best.get(e.getProductId());
                if (prior == null || ((SimilarProducts.Entry) prior[1]).getScore() < e.getScore()) {
                    best.put(e.getProductId(), new Object[] {anchor, e});
                }
            }
        }
        List<Object[]> sorted = new ArrayList<Object[]>(best.values());
        Collections.sort(sorted, (a, b) -> Double.compare(((SimilarProducts.Entry) b[1]).getScore(),
                ((SimilarProducts.Entry) a[1]).getScore()));
        List<Suggestion> out = new ArrayList<Suggestion>(Math.min(max, sorted.size()));
        for (Object[] pair : sorted) {
            if (out.size() == max) {
                break;
            }
            final SimilarProducts.Entry e = (SimilarProducts.Entry) pair[1];
            final Long anchorId = (Long) pair[0];
            out.add(new Suggestion(e.getProductId(), e.getScore(), NAME, () -> {
                ProductFacts anchor = catalog.find(anchorId);
                ProductFacts candidate = catalog.find(e.getProductId());
                return anchor == null || candidate == null ? "similar product"
                        : SimilarityScore.reason(anchor, candidate, e.isTextMatch());
            }));
        }
        return out;
    }

    @Override
    public Readiness readiness() {
        SimilarProducts m = model.get();
        return new Readiness(m.productsWithNeighbors(), m.products(), m.products() == 0 ? "not built yet"
                : "built from the catalog" + (m.isTextUsed() ? " and the search engine" : " (search engine unavailable)"));
    }
}
