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
 * A warranty price's kind, checked on its {@code amount} field against the same form's {@code percent},
 * {@code floor} and {@code ceiling}: exactly one of a fixed amount and a percentage; a floor or ceiling only with a
 * percentage; the ceiling not below the floor. Each number's own format is checked by its field's
 * {@link MoneyValidator}. The storefront applies the same rules ({@code io.uplift.engine.warranty.WarrantyRate}).
 * Bean {@code blUpliftWarrantyRateValidator}.
 */
public class WarrantyRateValidator extends ValidationConfigurationBasedPropertyValidator {

    @Override
    public boolean validateInternal(Entity entity, Serializable instance, Map<String, FieldMetadata> entityFieldMetadata,
            Map<String, String> validationConfiguration, BasicFieldMetadata propertyMetadata, String propertyName,
            String value) {
        return valid(value, field(entity, "percent"), field(entity, "floor"), field(entity, "ceiling"));
    }

    private static String field(Entity entity, String name) {
        Property p = entity.findProperty(name);
        return p == null ? null : p.getValue();
    }

    static boolean valid(String amount, String percent, String floor, String ceiling) {
        boolean hasAmount = !IntegerRangeValidator.isBlank(amount);
        boolean hasPercent = !IntegerRangeValidator.isBlank(percent);
        if (hasAmount == hasPercent) {
            return false;
        }
        if (hasAmount) {
            BigDecimal a = MoneyValidator.parse(amount);
            return a != null && a.signum() > 0 && IntegerRangeValidator.isBlank(floor)
                    && IntegerRangeValidator.isBlank(ceiling);
        }
        BigDecimal f = MoneyValidator.parse(floor);
        BigDecimal c = MoneyValidator.parse(ceiling);
        return f == null || c == null || c.compareTo(f) >= 0;
    }
}
