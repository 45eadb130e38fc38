package io.uplift.admin.validation;

import io.uplift.slot.ExperimentDefinition;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.ValidationConfigurationBasedPropertyValidator;

import java.io.Serializable;
import java.util.Map;

/** An experiment's slot: a slot name the plugin knows ({@code product}, {@code cart}, ...). */
public class ExperimentSlotValidator extends ValidationConfigurationBasedPropertyValidator {

    @Override
    public boolean validateInternal(Entity entity, Serializable instance, Map<String, FieldMetadata> entityFieldMetadata,
            Map<String, String> validationConfiguration, BasicFieldMetadata propertyMetadata, String propertyName,
            String value) {
        return valid(value);
    }

    static boolean valid(String value) {
        try {
            ExperimentDefinition.slot(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
