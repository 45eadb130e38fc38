package io.uplift.broadleaf.catalog;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.source.RelationLookup;
import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.RelatedProduct;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.inventory.service.type.InventoryType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The engine's view of Broadleaf's catalog. Reads products through {@link CatalogService} (Broadleaf's
 * second-level cached entities) and never writes to them: the related-products list is copied, not mutated
 * (unlike 3.1's "cumulative" related-products mode), and inactive or out-of-stock products are reported as such
 * so the engine's filters can drop them (3.1's own {@code RelatedProductsServiceImpl} does not).
 */
public class BroadleafCatalogFacts implements CatalogFacts, RelationLookup {

    /** Broadleaf's map key of a product's main image. */
    static final String PRIMARY_MEDIA_KEY = "primary";

    private final CatalogService catalogService;

    public BroadleafCatalogFacts(CatalogService catalogService) {
        this.catalogService = catalogService;
    }

    @Override
    public ProductFacts find(long productId) {
        Product product = catalogService.findProductById(productId);
        return product == null ? null : facts(product);
    }

    @Override
    public List<Long> crossSales(long productId) {
        Product product = catalogService.findProductById(productId);
        if (product == null || product.getCrossSaleProducts() == null) {
            return Collections.emptyList();
        }
        List<Long> ids = new ArrayList<Long>();
        for (RelatedProduct related : product.getCrossSaleProducts()) {
            Product target = related.getRelatedProduct();
            if (target != null && target.getId() != null) {
                ids.add(target.getId());
            }
        }
        return ids;
    }

    static ProductFacts facts(Product product) {
        Sku sku = product.getDefaultSku();
        boolean active = product.isActive() && sku != null && sku.isActive();
        Integer quantity = null;
        boolean available = false;
        if (sku != null) {
            InventoryType inventory = sku.getInventoryType();
            if (InventoryType.UNAVAILABLE.equals(inventory) || Boolean.FALSE.equals(sku.isAvailable())) {
                available = false;
            } else if (InventoryType.CHECK_QUANTITY.equals(inventory)) {
                quantity = sku.getQuantityAvailable() == null ? 0 : sku.getQuantityAvailable();
                available = quantity > 0;
            } else {
                available = true;
            }
        }
        Money price = sku == null ? null : sku.getPrice();
        String image = null;
        if (product.getMedia() != null) {
            Media primary = product.getMedia().get(PRIMARY_MEDIA_KEY);
            if (primary != null) {
                image = primary.getUrl();
            }
        }
        return new ProductFacts(product.getId(), product.getName(), product.getUrl(),
                price == null ? null : price.getAmount(),
                price == null || price.getCurrency() == null ? null : price.getCurrency().getCurrencyCode(),
                image, active, active && available, quantity);
    }
}
