package io.uplift.admin.validation;

import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;

import java.io.Serializable;
import java.util.Map;

/**
 * Another validator's rule with a message that quotes the refused value: the field's configured error message
 * followed by "You entered '...'." (long values shortened, with their length). Beans
 * {@code blUpliftQuotedMoneyValidator}, {@code blUpliftQuotedRangeValidator}, {@code blUpliftQuotedTextValidator},
 * {@code blUpliftQuotedRegexValidator} (Broadleaf's regular-expression check).
 */
public class QuotingValidator implements PropertyValidator {

    static final int SHOWN = 40;

    private final PropertyValidator rule;

    public QuotingValidator(PropertyValidator rule) {
        this.rule = rule;
    }

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
            Map<String, FieldMetadata> entityFieldMetadata, Map<String, String> validationConfiguration,
            BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        PropertyValidationResult r = rule.validate(entity, instance, entityFieldMetadata, validationConfiguration,
                propertyMetadata, propertyName, value);
        if (r.isValid()) {
            return r;
        }
        return new PropertyValidationResult(false, message(validationConfiguration.get(ConfigurationItem.ERROR_MESSAGE),
                value));
    }

    static String message(String configured, String value) {
        return (configured == null ? "Not a valid value." : configured) + " You entered " + quote(value) + ".";
    }

    /** "'4.999'", "'' (blank)", or the first characters of a long value with its length. */
    static String quote(String value) {
        if (value == null || value.isEmpty()) {
            return "nothing";
        }
        if (value.length() > SHOWN) {
            return "'" + value.substring(0, SHOWN) + "...' (" + value.length() + " characters)";
        }
        return "'" + value + "'";
    }
}
