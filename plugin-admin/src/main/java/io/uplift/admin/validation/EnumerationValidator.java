package io.uplift.admin.validation;

import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;

import java.io.Serializable;
import java.util.Map;

/**
 * A drop-down field (a Broadleaf enumeration: slot, widget type, add-on kind, discount type) takes only a value of
 * its list: the admin's form offers no other, but a hand-made or replayed request could post one, and Broadleaf
 * itself stores whatever text comes. Refused with the value quoted and the list's names; blank is left to the
 * field's required check. The list is the one Broadleaf built for the field's drop-down. Bean
 * {@code blUpliftEnumerationValidator}.
 */
public class EnumerationValidator implements PropertyValidator {

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
            Map<String, FieldMetadata> entityFieldMetadata, Map<String, String> validationConfiguration,
            BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        String problem = problem(value, propertyMetadata.getEnumerationValues());
        return problem == null ? new PropertyValidationResult(true) : new PropertyValidationResult(false, problem);
    }

    /**
     * Why {@code value} is not one of {@code choices} (pairs of value and shown name), or null. Without a list (a
     * field that is not a drop-down) nothing is checked.
     */
    static String problem(String value, String[][] choices) {
        if (value == null || value.isEmpty() || choices == null || choices.length == 0) {
            return null;
        }
        StringBuilder names = new StringBuilder();
        for (String[] choice : choices) {
            if (choice == null || choice.length == 0) {
                continue;
            }
            if (value.equals(choice[0])) {
                return null;
            }
            names.append(names.length() == 0 ? "" : ", ").append(choice.length > 1 && choice[1] != null ? choice[1]
                    : choice[0]);
        }
        return "Pick one of the list (" + names + "). You entered " + QuotingValidator.quote(value) + ".";
    }
}
