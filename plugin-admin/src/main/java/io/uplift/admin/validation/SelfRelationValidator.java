package io.uplift.admin.validation;

import io.uplift.broadleaf.relation.domain.UpliftRelationImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;

import java.io.Serializable;
import java.util.Map;

/**
 * A merchandiser's relation suggests another product: "when a shopper looks at X, suggest X" is refused with a message
 * naming the product (the storefront never suggests a product on its own page, so such a row would only sit in the
 * list doing nothing). Checked on the relation's position, the field the admin saves with both picks. Bean
 * {@code blUpliftSelfRelationValidator}.
 */
public class SelfRelationValidator implements PropertyValidator {

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
            Map<String, FieldMetadata> entityFieldMetadata, Map<String, String> validationConfiguration,
            BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        if (!(instance instanceof UpliftRelationImpl)) {
            return new PropertyValidationResult(true);
        }
        UpliftRelationImpl relation = (UpliftRelationImpl) instance;
        Product product = relation.getProduct();
        Product related = relation.getRelatedProduct();
        String problem = product == null || related == null ? null // a missing pick is Broadleaf's to refuse
                : problem(product.getId(), product.getName(), related.getId());
        return problem == null ? new PropertyValidationResult(true) : new PropertyValidationResult(false, problem);
    }

    /** Why a relation of these two products cannot be saved, or null when it can. */
    static String problem(Long productId, String name, Long relatedId) {
        if (productId == null || !productId.equals(relatedId)) {
            return null;
        }
        return "'" + name + "' (product " + productId + ") cannot be suggested on its own page: pick another product to"
                + " suggest.";
    }
}
