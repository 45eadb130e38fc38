package io.uplift.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link CatalogFacts} over a fixed set of products; remembers which ids were looked up. */
public final class MapCatalog implements CatalogFacts {

    private final Map<Long, ProductFacts> products = new HashMap<Long, ProductFacts>();
    private final List<Long> lookups = new ArrayList<Long>();

    public static MapCatalog of(ProductFacts... products) {
        MapCatalog catalog = new MapCatalog();
        for (ProductFacts p : products) {
            catalog.products.put(p.getId(), p);
        }
        return catalog;
    }

    @Override
    public ProductFacts find(long productId) {
        lookups.add(productId);
        return products.get(productId);
    }

    public List<Long> lookups() {
        return lookups;
    }
}
