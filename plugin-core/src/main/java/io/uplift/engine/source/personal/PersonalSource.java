package io.uplift.engine.source.personal;

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
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Personal suggestions: what is bought with the products this shopper recently viewed and (when signed in)
 * bought before, aggregated by the co-purchase model. Empty for a new anonymous visitor, so chains fall back.
 */
public class PersonalSource implements SuggestionSource {

    public static final String NAME = "personal";
    /** Recently viewed products taken into account, most recent first. */
    public static final int MAX_VIEWED = 5;
    /** Past purchases taken into account. */
    public static final int MAX_PURCHASED = 10;

    private final ModelHolder<CoPurchaseModel> model;
    private final CatalogFacts catalog;
    private final CustomerCounter customers;

    /** @param customers how many customers have order history (readiness); may be null */
    public PersonalSource(ModelHolder<CoPurchaseModel> model, CatalogFacts catalog, CustomerCounter customers) {
        this.model = model;
        this.catalog = catalog;
        this.customers = customers;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "for this shopper: bought with what they recently viewed and bought before";
    }

    @Override
    public List<Suggestion> candidates(SuggestionContext context, int max) {
        Set<Long> viewed = new LinkedHashSet<Long>();
        for (Long id : context.getRecentlyViewed()) {
            if (viewed.size() == MAX_VIEWED) {
                break;
            }
            viewed.add(id);
        }
        Set<Long> anchors = new LinkedHashSet<Long>(viewed);
        int purchased = 0;
        for (Long id : context.getPurchasedProductIds()) {
            if (purchased++ == MAX_PURCHASED) {
                break;
            }
            anchors.add(id);
        }
        if (anchors.isEmpty()) {
            return Collections.emptyList();
        }
        long[] ids = new long[anchors.size()];
        int i = 0;
        for (Long id : anchors) {
            ids[i++] = id;
        }
        List<Neighbor> neighbors = model.get().forCart(ids, max);
        List<Suggestion> out = new ArrayList<Suggestion>(neighbors.size());
        for (final Neighbor n : neighbors) {
            if (n.getScore() <= 0) {
                break; // negatively associated (the default scorer's EASE weights can be negative)
            }
            final boolean wasViewed = viewed.contains(n.getContextProductId());
            out.add(new Suggestion(n.getProductId(), n.getScore(), NAME, () -> {
                ProductFacts p = catalog.find(n.getContextProductId());
                String name = p == null ? "product " + n.getContextProductId() : p.getName();
                return String.format(Locale.ROOT, "%s%s: bought together in %,d orders (lift %.1f)",
                        wasViewed ? "because you viewed " : "because you bought ", name, n.getTogether(), n.getLift());
            }));
        }
        return out;
    }

    @Override
    public Readiness readiness() {
        int known = customers == null ? -1 : customers.customersWithOrders();
        return new Readiness(Math.max(0, known), -1, (known < 0 ? "" : known + " customers have orders; ")
                + "recently viewed products count for every visitor");
    }

    /** Counts customers with order history (admin readiness; may read the database). */
    public interface CustomerCounter {
        int customersWithOrders();
    }
}
