package io.uplift.admin.validation;

import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.ValidationConfigurationBasedPropertyValidator;

import java.io.Serializable;
import java.util.Map;

/**
 * The price band's maximum: blank, or a whole number from 1 to 1000 that is not below the minimum entered in the
 * same form ({@code priceMinPercent}).
 */
public class PriceBandValidator extends ValidationConfigurationBasedPropertyValidator {

    static final String MIN_FIELD = "priceMinPercent";

    @Override
    public boolean validateInternal(Entity entity, Serializable instance, Map<String, FieldMetadata> entityFieldMetadata,
            Map<String, String> validationConfiguration, BasicFieldMetadata propertyMetadata, String propertyName,
            String value) {
        Property min = entity.findProperty(MIN_FIELD);
        return valid(value, min == null ? null : min.getValue());
    }

    static boolean valid(String max, String min) {
        if (IntegerRangeValidator.isBlank(max)) {
            return true;
        }
        if (!IntegerRangeValidator.inRange(max, 1, 1000)) {
            return false;
        }
        if (IntegerRangeValidator.isBlank(min) || !IntegerRangeValidator.inRange(min, 0, 1000)) {
            return true; // the minimum's own validator reports a bad minimum
        }
        return Long.parseLong(max.trim()) >= Long.parseLong(min.trim());
    }
}
