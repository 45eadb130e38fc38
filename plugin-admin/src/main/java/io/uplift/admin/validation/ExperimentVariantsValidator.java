package io.uplift.admin.validation;

import io.uplift.engine.source.SourceRegistry;
import io.uplift.slot.ExperimentDefinition;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;

import java.io.Serializable;
import java.util.Map;

/**
 * An experiment's variants as typed (one line each), checked with the storefront's own rules
 * ({@link ExperimentDefinition#variants}): the message names the line and quotes the bad part. Bean
 * {@code blUpliftExperimentVariantsValidator}.
 */
public class ExperimentVariantsValidator implements PropertyValidator {

    /** The length of the column {@code UPLIFT_EXPERIMENT.VARIANTS_TEXT}. */
    static final int MAX_LENGTH = 2000;

    private final SourceRegistry sources;

    public ExperimentVariantsValidator(SourceRegistry sources) {
        this.sources = sources;
    }

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
            Map<String, FieldMetadata> entityFieldMetadata, Map<String, String> validationConfiguration,
            BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        String problem = problem(value);
        if (problem == null) {
            return new PropertyValidationResult(true);
        }
        String configured = validationConfiguration.get(ConfigurationItem.ERROR_MESSAGE);
        return new PropertyValidationResult(false, (configured == null ? "" : configured + " ") + problem);
    }

    /** Why the text is refused, quoting it, or null when it is good. */
    String problem(String value) {
        if (value != null && value.length() > MAX_LENGTH) {
            return "The variants take at most " + MAX_LENGTH + " characters in all, these take " + value.length()
                    + ": shorten the titles. You entered " + QuotingValidator.quote(value) + ".";
        }
        try {
            ExperimentDefinition.variants(value, sources.names());
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
