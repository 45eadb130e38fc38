package io.uplift.admin.validation;

import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;

import java.io.Serializable;
import java.util.Map;

/**
 * A checkout add-on's price kind, checked on its {@code amount} field against the same form's {@code percent},
 * {@code floor} and {@code ceiling}: the same rules as a warranty price ({@link WarrantyRateValidator#valid}: exactly
 * one of a fixed amount and a percentage, a floor or ceiling only with a percentage, the ceiling not below the floor).
 * The message quotes the four values. The storefront applies the same rules ({@code io.uplift.engine.addon.AddOn}).
 * Bean {@code blUpliftAddOnPriceValidator}.
 */
public class AddOnPriceValidator implements PropertyValidator {

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
            Map<String, FieldMetadata> entityFieldMetadata, Map<String, String> validationConfiguration,
            BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        String percent = field(entity, "percent");
        String floor = field(entity, "floor");
        String ceiling = field(entity, "ceiling");
        if (WarrantyRateValidator.valid(value, percent, floor, ceiling)) {
            return new PropertyValidationResult(true);
        }
        return new PropertyValidationResult(false, message(validationConfiguration.get(ConfigurationItem.ERROR_MESSAGE),
                value, percent, floor, ceiling));
    }

    static String message(String configured, String amount, String percent, String floor, String ceiling) {
        return configured + " You entered: fixed price " + QuotingValidator.quote(amount) + ", percentage "
                + QuotingValidator.quote(percent) + ", floor " + QuotingValidator.quote(floor) + ", ceiling "
                + QuotingValidator.quote(ceiling) + ".";
    }

    private static String field(Entity entity, String name) {
        Property p = entity.findProperty(name);
        return p == null ? null : p.getValue();
    }
}
