package io.uplift.admin.validation;

import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.ValidationConfigurationBasedPropertyValidator;

import java.io.Serializable;
import java.util.Map;

/**
 * A text of at most {@code max} characters (configuration item), not blank unless {@code optional=true}; the
 * characters are counted as entered, with any spaces or line breaks around the text (it is stored so).
 */
public class TextValidator extends ValidationConfigurationBasedPropertyValidator {

    @Override
    public boolean validateInternal(Entity entity, Serializable instance, Map<String, FieldMetadata> entityFieldMetadata,
            Map<String, String> validationConfiguration, BasicFieldMetadata propertyMetadata, String propertyName,
            String value) {
        String max = validationConfiguration.get("max");
        if (max == null || !max.matches("\\d{1,9}")) {
            throw new IllegalStateException("TextValidator needs a whole-number configuration item 'max': '" + max + "'");
        }
        return valid(value, "true".equals(validationConfiguration.get("optional")), Integer.parseInt(max));
    }

    /** The whole value counts against {@code max}, spaces around it too: it is stored as entered. */
    static boolean valid(String value, boolean optional, int max) {
        if (IntegerRangeValidator.isBlank(value)) {
            return optional && (value == null || value.length() <= max);
        }
        return value.length() <= max;
    }
}
