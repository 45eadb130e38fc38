package io.uplift.admin.validation;

import io.uplift.broadleaf.warranty.WarrantyLines;
import io.uplift.broadleaf.warranty.WarrantyPlansCache;
import io.uplift.broadleaf.warranty.domain.UpliftWarrantyTermImpl;
import io.uplift.engine.warranty.WarrantyPlan;
import io.uplift.engine.warranty.WarrantyPlans;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A warranty term's product is the plan's own product ("Protection Plan 2 Years"): the storefront sells it only as
 * the child line of an item a plan covers, never alone. Picking an item a plan covers instead (a phone for "Device
 * protection") would make that item unsellable, so such a pick is refused with a message naming the product and the
 * plan. Checked on the term's years (the field the admin saves with the pick), against the enabled plans as the
 * storefront serves them ({@link WarrantyPlansCache}, at most its refresh interval old). Bean {@code blUpliftWarrantyTermProductValidator}.
 */
public class WarrantyTermProductValidator implements PropertyValidator {

    private final WarrantyPlansCache plans;
    private final CatalogService catalog;

    public WarrantyTermProductValidator(WarrantyPlansCache plans, CatalogService catalog) {
        this.plans = plans;
        this.catalog = catalog;
    }

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
            Map<String, FieldMetadata> entityFieldMetadata, Map<String, String> validationConfiguration,
            BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        if (!(instance instanceof UpliftWarrantyTermImpl)) {
            return new PropertyValidationResult(true);
        }
        Product picked = ((UpliftWarrantyTermImpl) instance).getProduct();
        Product product = picked == null || picked.getId() == null ? null : catalog.findProductById(picked.getId());
        if (product == null) {
            return new PropertyValidationResult(true); // Broadleaf refuses a missing product itself
        }
        // the plans as the storefront serves them, re-read in the background every 2 s (no second connection here
        // while the save's transaction holds one)
        String problem = problem(plans.current(), product.getName(), product.getId(), WarrantyLines.categories(product),
                price(product));
        return problem == null ? new PropertyValidationResult(true) : new PropertyValidationResult(false, problem);
    }

    /** Why this product cannot be a term's product (naming it and the plan), or null when it can. */
    static String problem(WarrantyPlans plans, String name, long productId, Collection<Long> categories,
            BigDecimal price) {
        List<WarrantyPlan> covering = plans.covering(categories, price);
        if (covering.isEmpty()) {
            return null;
        }
        return "'" + name + "' (product " + productId + ") is an item the warranty plan '" + covering.get(0).getName()
                + "' covers, so it cannot be a term's product: that would make it unsellable on its own. Pick the"
                + " plan's own product (e.g. 'Protection Plan 2 Years'), which is sold only with the item it covers.";
    }

    private static BigDecimal price(Product product) {
        Sku sku = product.getDefaultSku();
        return sku == null || sku.getPrice() == null ? null
                : sku.getPrice().getAmount().setScale(2, RoundingMode.HALF_UP);
    }
}
