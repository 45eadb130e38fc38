package io.uplift.admin.validation;

import io.uplift.engine.bundle.Bundle;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.ValidationConfigurationBasedPropertyValidator;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A bundle's discount ({@code discountValue}): a number above zero with at most two decimals and, when the discount
 * type entered in the same form ({@code discountType}) is a percentage, at most {@link Bundle#MAX_PERCENT}; an amount
 * at most 15 digits before the point (the column's size). The storefront applies the same rules ({@link Bundle}) when
 * it reads a bundle. Bean {@code blUpliftBundleDiscountValidator}.
 */
public class BundleDiscountValidator extends ValidationConfigurationBasedPropertyValidator {

    static final String TYPE_FIELD = "discountType";
    /** Digits before the point the DISCOUNT_VALUE column (precision 19, scale 2) stores, with room to spare. */
    static final int MAX_INTEGER_DIGITS = 15;

    @Override
    public boolean validateInternal(Entity entity, Serializable instance, Map<String, FieldMetadata> entityFieldMetadata,
            Map<String, String> validationConfiguration, BasicFieldMetadata propertyMetadata, String propertyName,
            String value) {
        Property type = entity.findProperty(TYPE_FIELD);
        return valid(value, type == null ? null : type.getValue());
    }

    /**
     * @param value the discount as the form or Broadleaf's record has it ("10", "12.5", "-3"); blank is refused (the
     *              field is required)
     * @param type  {@code PERCENT}, {@code AMOUNT}, or blank (the type's own check reports a missing type)
     */
    static boolean valid(String value, String type) {
        if (value == null || !value.trim().matches("[+-]?\\d{1,18}(\\.\\d{1,18})?")) {
            return false;
        }
        BigDecimal v = new BigDecimal(value.trim());
        if (v.signum() <= 0 || v.stripTrailingZeros().scale() > 2 || v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
            return false;
        }
        return !Bundle.DiscountType.PERCENT.name().equals(type == null ? null : type.trim())
                || v.compareTo(Bundle.MAX_PERCENT) <= 0;
    }
}
