package io.uplift.engine.source.copurchase;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.copurchase.Neighbor;
import io.uplift.engine.learn.ModelHolder;
import io.uplift.engine.source.Readiness;
import io.uplift.engine.source.SuggestionSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Customers who bought this also bought": the current co-purchase generation's list for the viewed product, or
 * the aggregated list for the cart (and the viewed product, if any) on pages without one. Only positive scores are
 * proposed (the default scorer's EASE weights can be negative). Every suggestion's reason quotes its pair's
 * figures.
 */
public class CoPurchaseSource implements SuggestionSource {

    public static final String NAME = "copurchase";
    /** A product is "ready" with at least this many co-purchased products. */
    public static final int READY_NEIGHBORS = 3;

    private final ModelHolder<CoPurchaseModel> model;
    private final CatalogFacts catalog;

    public CoPurchaseSource(ModelHolder<CoPurchaseModel> model, CatalogFacts catalog) {
        this.model = model;
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "customers who bought this also bought (pair statistics of real orders)";
    }

    @Override
    public List<Suggestion> candidates(SuggestionContext context, int max) {
        CoPurchaseModel m = model.get();
        List<Neighbor> neighbors;
        if (context.getProductId() != null && context.getCartProductIds().isEmpty()) {
            neighbors = m.forProduct(context.getProductId(), max);
        } else {
            Set<Long> anchors = context.getAnchorProductIds();
            if (anchors.isEmpty()) {
                return new ArrayList<Suggestion>(0);
            }
            long[] ids = new long[anchors.size()];
            int i = 0;
            for (Long id : anchors) {
                ids[i++] = id;
            }
            neighbors = m.forCart(ids, max);
        }
        List<Suggestion> out = new ArrayList<Suggestion>(neighbors.size());
        for (final Neighbor n : neighbors) {
            if (n.getScore() <= 0) {
                // a negative EASE weight: bought together, but less often than the rest of the basket explains;
                // the chain's next source is a better suggestion than that
                break;
            }
            out.add(new Suggestion(n.getProductId(), n.getScore(), NAME, () -> reason(n, catalog)));
        }
        return out;
    }

    /** "bought with Nova X 128 GB in 212 of 5,400 orders (38 % of its buyers, lift 3.4, cosine 0.31)". */
    public static String reason(Neighbor n, CatalogFacts catalog) {
        ProductFacts context = catalog.find(n.getContextProductId());
        String with = context == null ? "product " + n.getContextProductId() : context.getName();
        return String.format(Locale.ROOT, "bought with %s in %,d of %,d orders (%.0f %% of its buyers, lift %.1f, cosine %.2f)",
                with, n.getTogether(), n.getBaskets(), 100 * n.getConfidence(), n.getLift(), n.getCosine());
    }

    @Override
    public Readiness readiness() {
        CoPurchaseModel m = model.get();
        return new Readiness(m.productsWithNeighbors(READY_NEIGHBORS), m.products(), String.format(Locale.ROOT,
                "%,d orders, scorer %s; a product is ready with %d or more co-purchased products",
                m.baskets(), m.scorerName(), READY_NEIGHBORS));
    }
}
