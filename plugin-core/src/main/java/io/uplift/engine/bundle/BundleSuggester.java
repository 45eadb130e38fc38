package io.uplift.engine.bundle;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.copurchase.Neighbor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Suggests bundles from the shop's co-purchase statistics: for each product bought in at least {@code minOrders}
 * orders, the companions bought with it in at least {@code minTogether} orders, active, in stock and costing no more
 * than the anchor (the set is built around its dearest product: a phone with its case, never a case with two phones),
 * ranked by lift (how much more often than chance they are bought together), at most {@code companions} of them.
 * Products that already anchor a bundle are skipped. Each suggestion carries its figures for the admin.
 */
public final class BundleSuggester {

    private final CatalogFacts catalog;

    public BundleSuggester(CatalogFacts catalog) {
        this.catalog = catalog;
    }

    public List<BundleSuggestion> suggest(CoPurchaseModel model, Iterable<Long> products, Set<Long> anchored,
            int minOrders, int minTogether, int companions, int max) {
        return suggest(model, products, anchored, Collections.<Long>emptySet(), minOrders, minTogether, companions, max);
    }

    /**
     * @param excluded products that are never part of a bundle, as anchor or companion (e.g. protection plans, which
     *                 are sold only with the item they cover)
     */
    public List<BundleSuggestion> suggest(CoPurchaseModel model, Iterable<Long> products, Set<Long> anchored,
            Set<Long> excluded, int minOrders, int minTogether, int companions, int max) {
        if (companions < Bundle.MIN_COMPANIONS || companions > Bundle.MAX_COMPANIONS) {
            throw new IllegalArgumentException("companions per suggestion must be between " + Bundle.MIN_COMPANIONS
                    + " and " + Bundle.MAX_COMPANIONS + ": " + companions);
        }
        List<BundleSuggestion> out = new ArrayList<BundleSuggestion>();
        for (Long anchor : products) {
            ProductFacts a = catalog.find(anchor);
            if (anchored.contains(anchor) || excluded.contains(anchor) || a == null || !a.isActive() || !a.isAvailable()
                    || model.count(anchor) < minOrders) {
                continue;
            }
            List<Neighbor> pool = new ArrayList<Neighbor>();
            for (Neighbor n : model.forProduct(anchor, 50)) {
                ProductFacts p = catalog.find(n.getProductId());
                if (!excluded.contains(n.getProductId()) && n.getTogether() >= minTogether && n.getLift() > 1 && p != null && p.isActive() && p.isAvailable()
                        && p.getPrice() != null && completes(a, p)) {
                    pool.add(n);
                }
            }
            Collections.sort(pool, new Comparator<Neighbor>() {
                @Override
                public int compare(Neighbor x, Neighbor y) {
                    int c = Double.compare(y.getLift(), x.getLift());
                    return c != 0 ? c : Long.compare(x.getProductId(), y.getProductId());
                }
            });
            if (pool.isEmpty()) {
                continue;
            }
            out.add(new BundleSuggestion(anchor, a.getName(), new ArrayList<Neighbor>(
                    pool.subList(0, Math.min(companions, pool.size()))), model.count(anchor), model.baskets()));
        }
        Collections.sort(out, new Comparator<BundleSuggestion>() {
            @Override
            public int compare(BundleSuggestion x, BundleSuggestion y) {
                int c = Double.compare(y.getMinLift(), x.getMinLift());
                return c != 0 ? c : Long.compare(x.getAnchorProductId(), y.getAnchorProductId());
            }
        });
        return out.size() > max ? new ArrayList<BundleSuggestion>(out.subList(0, max)) : out;
    }

    /**
     * Whether {@code companion} can complete a set anchored on {@code anchor}: it costs no more than the anchor. The
     * anchor is the product the set is built around (the phone, the laptop); without this rule an accessory bought
     * with several versions of a device would be offered with two laptops as its "companions".
     */
    static boolean completes(ProductFacts anchor, ProductFacts companion) {
        return anchor.getPrice() != null && companion.getPrice().compareTo(anchor.getPrice()) <= 0;
    }
}
