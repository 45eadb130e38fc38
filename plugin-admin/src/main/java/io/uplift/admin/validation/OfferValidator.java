package io.uplift.admin.validation;

import io.uplift.engine.upsell.ComparisonGroup;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.ValidationConfigurationBasedPropertyValidator;

import java.io.Serializable;
import java.util.Map;

/**
 * A comparison group's limited-time offer: blank, or a text of at most {@link ComparisonGroup#MAX_OFFER_LENGTH}
 * characters together with an end date ({@code offerEnds}) in the same form. The storefront applies the same rule
 * when it reads a group, so an offer without end can never show.
 */
public class OfferValidator extends ValidationConfigurationBasedPropertyValidator {

    static final String ENDS_FIELD = "offerEnds";
    static final String TEXT_FIELD = "offerText";

    @Override
    public boolean validateInternal(Entity entity, Serializable instance, Map<String, FieldMetadata> entityFieldMetadata,
            Map<String, String> validationConfiguration, BasicFieldMetadata propertyMetadata, String propertyName,
            String value) {
        Property ends = entity.findProperty(ENDS_FIELD);
        return valid(value, ends == null ? null : ends.getValue());
    }

    static boolean valid(String text, String ends) {
        if (text == null || text.trim().isEmpty()) {
            return true;
        }
        return text.length() <= ComparisonGroup.MAX_OFFER_LENGTH && ends != null && !ends.trim().isEmpty();
    }
}
