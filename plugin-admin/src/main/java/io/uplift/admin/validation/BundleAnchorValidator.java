package io.uplift.admin.validation;

import io.uplift.admin.web.AdornedAddGuard;
import io.uplift.broadleaf.bundle.domain.UpliftBundle;
import io.uplift.broadleaf.bundle.domain.UpliftBundleItemImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;

import java.io.Serializable;
import java.util.Map;

/**
 * A bundle's anchor is not one of its companions: the storefront leaves such a bundle out (a set of a product with
 * itself), so a save that makes a companion the anchor is refused with a message next to the anchor, naming the
 * product, and nothing is saved. Checked on the anchor field, against the companions of the bundle as the save sees
 * them (its own transaction). A new bundle has no companions yet; the companions' lookup never offers the anchor
 * ({@code BundleCompanionGuard}). Bean {@code blUpliftBundleAnchorValidator}.
 */
public class BundleAnchorValidator implements PropertyValidator {

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
            Map<String, FieldMetadata> entityFieldMetadata, Map<String, String> validationConfiguration,
            BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        if (!(instance instanceof UpliftBundle)) {
            return new PropertyValidationResult(true);
        }
        UpliftBundle bundle = (UpliftBundle) instance;
        Product anchor = bundle.getAnchorProduct();
        if (anchor == null || anchor.getId() == null || bundle.getCompanions() == null) {
            return new PropertyValidationResult(true); // a missing anchor is Broadleaf's to refuse (required)
        }
        for (UpliftBundleItemImpl item : bundle.getCompanions()) {
            Product companion = item == null ? null : item.getProduct();
            if (companion != null && anchor.getId().equals(companion.getId())) {
                // the default SKU's name (Broadleaf's getName() throws without a default SKU)
                String name = anchor.getDefaultSku() == null ? null : anchor.getDefaultSku().getName();
                return new PropertyValidationResult(false, problem(anchor.getId(), name));
            }
        }
        return new PropertyValidationResult(true);
    }

    /** The message for an anchor that is one of the bundle's companions. */
    static String problem(long productId, String name) {
        return AdornedAddGuard.product(productId, name) + " is a companion of this bundle, so it cannot be its anchor"
                + " (the page that shows the set): remove it from the companions first, or pick another product.";
    }
}
