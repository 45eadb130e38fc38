package io.uplift.admin.validation;

import io.uplift.engine.source.SourceChain;
import io.uplift.engine.source.SourceRegistry;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.ValidationConfigurationBasedPropertyValidator;

import java.io.Serializable;
import java.util.Map;

/**
 * A widget's source chain: blank (the widget type's default), or known source names separated by commas, each at
 * most once ({@link SourceChain#parse}). The known names come from the running {@link SourceRegistry}, so a source
 * a shop adds is accepted too. Bean {@code blUpliftSourceChainValidator}.
 */
public class SourceChainValidator extends ValidationConfigurationBasedPropertyValidator {

    private final SourceRegistry sources;

    public SourceChainValidator(SourceRegistry sources) {
        this.sources = sources;
    }

    @Override
    public boolean validateInternal(Entity entity, Serializable instance, Map<String, FieldMetadata> entityFieldMetadata,
            Map<String, String> validationConfiguration, BasicFieldMetadata propertyMetadata, String propertyName,
            String value) {
        return valid(value);
    }

    boolean valid(String value) {
        if (IntegerRangeValidator.isBlank(value)) {
            return true;
        }
        try {
            SourceChain.parse(value, sources.names());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
