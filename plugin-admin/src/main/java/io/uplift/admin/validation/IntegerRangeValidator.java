package io.uplift.admin.validation;

import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.ValidationConfigurationBasedPropertyValidator;

import java.io.Serializable;
import java.util.Map;

/**
 * Admin validation of a whole number within {@code min}..{@code max} (configuration items of the field's
 * {@code @ValidationConfiguration}); with the item {@code optional=true} a blank value is accepted too. Broadleaf
 * 3.1 ships no range validator. An invalid value is not saved and the
 * form shows the configured error message.
 */
public class IntegerRangeValidator extends ValidationConfigurationBasedPropertyValidator {

    @Override
    public boolean validateInternal(Entity entity, Serializable instance, Map<String, FieldMetadata> entityFieldMetadata,
            Map<String, String> validationConfiguration, BasicFieldMetadata propertyMetadata, String propertyName,
            String value) {
        if (isBlank(value) && "true".equals(validationConfiguration.get("optional"))) {
            return true;
        }
        return inRange(value, bound(validationConfiguration, "min"), bound(validationConfiguration, "max"));
    }

    static boolean isBlank(String value) {
        return value == null || value.trim().isEmpty();
    }

    /** Whether {@code value} is a whole number within [min, max]; blank and non-numbers are not. */
    static boolean inRange(String value, long min, long max) {
        if (value == null || !value.trim().matches("[+-]?\\d{1,18}")) {
            return false;
        }
        long n = Long.parseLong(value.trim());
        return n >= min && n <= max;
    }

    private static long bound(Map<String, String> configuration, String name) {
        String raw = configuration.get(name);
        if (raw == null || !raw.trim().matches("[+-]?\\d{1,18}")) {
            throw new IllegalStateException("IntegerRangeValidator needs a whole-number configuration item '" + name
                    + "': '" + raw + "'");
        }
        return Long.parseLong(raw.trim());
    }
}
