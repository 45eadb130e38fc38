package io.uplift.broadleaf.relation;

import io.uplift.broadleaf.support.Jdbc;
import io.uplift.broadleaf.support.ShortLivedMemo;

import io.uplift.engine.source.manual.RelationLookup;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.RelatedProduct;
import org.broadleafcommerce.core.catalog.service.CatalogService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
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
    /** Broadleaf's cross-sale lists, read once per product at a time and reused for the TTL. */
    private final ShortLivedMemo<Long, List<Long>> crossSales;
    private final Function<Long, List<Long>> load = this::broadleafCrossSales;

    public BroadleafRelations(CatalogService catalogService, UpliftRelationsCache own, DataSource dataSource) {
        this(catalogService, own, dataSource, 2000);
    }

    /**
     * @param ttlMillis how long a product's Broadleaf cross-sale list is reused on the page path (0: never), like
     *                  the product facts ({@code uplift.catalog.factsTtlMillis}); one load per product at a time, pages
     *                  asking meanwhile get the list it replaces (at most twice the TTL old)
     */
    public BroadleafRelations(CatalogService catalogService, UpliftRelationsCache own, DataSource dataSource,
            long ttlMillis) {
        this.catalogService = catalogService;
        this.own = own;
        this.dataSource = dataSource;
        this.crossSales = new ShortLivedMemo<Long, List<Long>>(ttlMillis, 50_000, System::nanoTime);
    }

    @Override
    public List<Long> crossSales(long productId) {
        List<Long> broadleaf = crossSales.get(productId, load);
        List<Long> ids = new ArrayList<Long>(broadleaf);
        for (Long id : own.related(productId)) {
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids.isEmpty() ? Collections.<Long>emptyList() : ids;
    }

    private List<Long> broadleafCrossSales(Long productId) {
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
