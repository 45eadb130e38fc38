package io.uplift.broadleaf.relation;

import io.uplift.broadleaf.support.Jdbc;

import io.uplift.engine.source.manual.RelationLookup;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.RelatedProduct;
import org.broadleafcommerce.core.catalog.service.CatalogService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * The merchandiser's relations: Broadleaf's cross-sale list of a product (read through the cached catalog, copied,
 * never mutated), followed by the plugin's own relations (Uplift &gt; Relations, held in memory by
 * {@link UpliftRelationsCache}).
 */
public class BroadleafRelations implements RelationLookup {

    private final CatalogService catalogService;
    private final UpliftRelationsCache own;
    private final DataSource dataSource;
    private final long ttlNanos;
    private final java.util.concurrent.ConcurrentHashMap<Long, Object[]> cache =
            new java.util.concurrent.ConcurrentHashMap<Long, Object[]>();

    public BroadleafRelations(CatalogService catalogService, UpliftRelationsCache own, DataSource dataSource) {
        this(catalogService, own, dataSource, 2000);
    }

    /**
     * @param ttlMillis how long a product's Broadleaf cross-sale list is reused on the page path (0: never), like
     *                  the product facts ({@code uplift.catalog.factsTtlMillis})
     */
    public BroadleafRelations(CatalogService catalogService, UpliftRelationsCache own, DataSource dataSource,
            long ttlMillis) {
        this.catalogService = catalogService;
        this.own = own;
        this.dataSource = dataSource;
        this.ttlNanos = ttlMillis * 1_000_000L;
    }

    @Override
    public List<Long> crossSales(long productId) {
        long now = System.nanoTime();
        Object[] hit = cache.get(productId);
        List<Long> broadleaf;
        if (hit != null && now - (Long) hit[1] < ttlNanos) {
            @SuppressWarnings("unchecked")
            List<Long> cached = (List<Long>) hit[0];
            broadleaf = cached;
        } else {
            broadleaf = broadleafCrossSales(productId);
            if (ttlNanos > 0) {
                if (cache.size() > 50_000) {
                    cache.clear();
                }
                cache.put(productId, new Object[] {broadleaf, now});
            }
        }
        List<Long> ids = new ArrayList<Long>(broadleaf);
        for (Long id : own.related(productId)) {
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids.isEmpty() ? Collections.<Long>emptyList() : ids;
    }

    private List<Long> broadleafCrossSales(long productId) {
        List<Long> ids = new ArrayList<Long>();
        Product product = catalogService.findProductById(productId);
        if (product != null && product.getCrossSaleProducts() != null) {
            for (RelatedProduct related : product.getCrossSaleProducts()) {
                Product target = related.getRelatedProduct();
                if (target != null && target.getId() != null && !ids.contains(target.getId())) {
                    ids.add(target.getId());
                }
            }
        }
        return Collections.unmodifiableList(ids);
    }

    @Override
    public int productsWithRelations() {
        return Jdbc.count(dataSource, "SELECT COUNT(*) FROM (SELECT PRODUCT_ID FROM BLC_PRODUCT_CROSS_SALE"
                + " UNION SELECT PRODUCT_ID FROM UPLIFT_RELATION) r");
    }
}
