package io.uplift.admin.validation;

import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.ValidationConfigurationBasedPropertyValidator;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * An amount (or percentage) field: a number above zero with at most two decimals that fits a (19, 2) column.
 * Configuration items: {@code optional=true} accepts blank, {@code zero=true} accepts 0, {@code max=N} caps it,
 * {@code above=field} requires it to be above the value of another field of the same form (when that one is a valid
 * number; its own check reports it otherwise). Bean {@code blUpliftMoneyValidator}.
 */
public class MoneyValidator extends ValidationConfigurationBasedPropertyValidator {

    @Override
    public boolean validateInternal(Entity entity, Serializable instance, Map<String, FieldMetadata> entityFieldMetadata,
            Map<String, String> validationConfiguration, BasicFieldMetadata propertyMetadata, String propertyName,
            String value) {
        String aboveField = validationConfiguration.get("above");
        Property above = aboveField == null ? null : entity.findProperty(aboveField);
        return valid(value, "true".equals(validationConfiguration.get("optional")),
                "true".equals(validationConfiguration.get("zero")), validationConfiguration.get("max"),
                above == null ? null : above.getValue());
    }

    static boolean valid(String value, boolean optional, boolean zero, String max, String above) {
        if (IntegerRangeValidator.isBlank(value)) {
            return optional;
        }
        BigDecimal v = parse(value);
        if (v == null || (zero ? v.signum() < 0 : v.signum() <= 0)) {
            return false;
        }
        if (max != null && v.compareTo(new BigDecimal(max)) > 0) {
            return false;
        }
        BigDecimal lower = parse(above);
        return lower == null || v.compareTo(lower) > 0;
    }

    /** A plain number with at most two decimals that fits a (19, 2) column, or {@code null}. */
    static BigDecimal parse(String value) {
        if (value == null || !value.trim().matches("[+-]?\\d{1,18}(\\.\\d{1,18})?")) {
            return null;
        }
        BigDecimal v = new BigDecimal(value.trim());
        if (v.stripTrailingZeros().scale() > 2 || v.precision() - v.scale() > BundleDiscountValidator.MAX_INTEGER_DIGITS) {
            return null;
        }
        return v;
    }
}
