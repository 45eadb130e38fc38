package io.uplift.broadleaf.catalog;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.SafeUrls;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductAttribute;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.domain.SkuAttribute;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.inventory.service.type.InventoryType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The engine's view of Broadleaf's catalog. Reads products through {@link CatalogService} (Broadleaf's
 * second-level cached entities) and never writes to them: collections are copied, not mutated (unlike 3.1's
 * "cumulative" related-products mode), and inactive or out-of-stock products are reported as such so the engine's
 * filters can drop them (3.1's own {@code RelatedProductsServiceImpl} does not).
 *
 * <p>Categories are the product's default category first, then its other parent categories; attributes are its
 * product attributes; the unit cost (for margin-aware ranking) is the default SKU's attribute named by
 * {@code uplift.rank.costAttribute} (3.1 has no cost field), ignored when missing or not a non-negative number.</p>
 */
public class BroadleafCatalogFacts implements CatalogFacts {

    private static final Log LOG = LogFactory.getLog(BroadleafCatalogFacts.class);

    /** Broadleaf's map key of a product's main image. */
    static final String PRIMARY_MEDIA_KEY = "primary";

    private final CatalogService catalogService;
    private final String costAttribute;

    /** @param costAttribute the SKU attribute holding the unit cost, e.g. {@code cost} */
    public BroadleafCatalogFacts(CatalogService catalogService, String costAttribute) {
        this.catalogService = catalogService;
        this.costAttribute = costAttribute;
    }

    @Override
    public ProductFacts find(long productId) {
        Product product = catalogService.findProductById(productId);
        return product == null ? null : facts(product, costAttribute);
    }

    static ProductFacts facts(Product product, String costAttribute) {
        Sku sku = product.getDefaultSku();
        // a product whose URL could run a script (e.g. javascript:) is never linked: it is not suggested at all
        boolean linkable = product.getUrl() == null || SafeUrls.isSafe(product.getUrl());
        boolean active = product.isActive() && sku != null && sku.isActive() && linkable;
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
                image = SafeUrls.orNull(primary.getUrl()); // an unsafe image address shows no image
            }
        }
        return new ProductFacts(product.getId(), product.getName(), product.getUrl(),
                price == null ? null : price.getAmount(),
                price == null || price.getCurrency() == null ? null : price.getCurrency().getCurrencyCode(),
                image, active, active && available, quantity, categories(product), attributes(product),
                cost(product, sku, costAttribute));
    }

    static List<Long> categories(Product product) {
        List<Long> ids = new ArrayList<Long>();
        if (product.getDefaultCategory() != null && product.getDefaultCategory().getId() != null) {
            ids.add(product.getDefaultCategory().getId());
        }
        List<CategoryProductXref> xrefs = product.getAllParentCategoryXrefs();
        if (xrefs != null) {
            for (CategoryProductXref x : xrefs) {
                if (x.getCategory() != null && x.getCategory().getId() != null && !ids.contains(x.getCategory().getId())) {
                    ids.add(x.getCategory().getId());
                }
            }
        }
        return ids;
    }

    static Map<String, String> attributes(Product product) {
        Map<String, String> out = new TreeMap<String, String>();
        Map<String, ProductAttribute> attrs = product.getProductAttributes();
        if (attrs != null) {
            for (Map.Entry<String, ProductAttribute> e : attrs.entrySet()) {
                if (e.getKey() != null && e.getValue() != null && e.getValue().getValue() != null) {
                    out.put(e.getKey(), e.getValue().getValue());
                }
            }
        }
        return out;
    }

    static BigDecimal cost(Product product, Sku sku, String costAttribute) {
        if (sku == null || costAttribute == null || sku.getSkuAttributes() == null) {
            return null;
        }
        SkuAttribute a = sku.getSkuAttributes().get(costAttribute);
        if (a == null || a.getValue() == null) {
            return null;
        }
        try {
            BigDecimal cost = new BigDecimal(a.getValue().trim());
            return cost.signum() < 0 ? null : cost;
        } catch (NumberFormatException e) {
            LOG.debug("product " + product.getId() + ": SKU attribute '" + costAttribute + "' is not a number: '"
                    + a.getValue() + "' (margin-aware ranking ignores it)");
            return null;
        }
    }
}
