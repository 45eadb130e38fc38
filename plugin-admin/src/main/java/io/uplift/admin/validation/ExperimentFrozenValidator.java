package io.uplift.admin.validation;

import io.uplift.broadleaf.experiment.domain.UpliftExperimentImpl;
import io.uplift.engine.experiment.ExperimentState;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;

import java.io.Serializable;
import java.util.Map;

/**
 * Slot, widget, hold-out and variants of an experiment that has started (running or stopped) stay as they were:
 * they decide which arm each visitor is in, so a change would move visitors between arms and mix the results. A
 * changed value is refused, quoted; name and state stay editable (stopping is a change of state). Bean
 * {@code blUpliftExperimentFrozenValidator}.
 */
public class ExperimentFrozenValidator implements PropertyValidator {

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
            Map<String, FieldMetadata> entityFieldMetadata, Map<String, String> validationConfiguration,
            BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        if (!(instance instanceof UpliftExperimentImpl)) {
            return new PropertyValidationResult(true);
        }
        UpliftExperimentImpl e = (UpliftExperimentImpl) instance;
        String before = e.getLoadedState();
        if (before == null || ExperimentState.DRAFT.name().equals(before)
                || same(e.getLoaded(propertyName), value)) {
            return new PropertyValidationResult(true);
        }
        return new PropertyValidationResult(false, "This experiment has started (" + before + "): its slot, widget,"
                + " hold-out and variants cannot change, as that would move visitors between arms; make a new"
                + " experiment instead. You entered " + QuotingValidator.quote(value) + ", it is "
                + QuotingValidator.quote(e.getLoaded(propertyName)) + ".");
    }

    /** Equal after trimming and with line ends made the same; blank equals nothing. */
    static boolean same(String before, String after) {
        return norm(before).equals(norm(after));
    }

    private static String norm(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").replace('\r', '\n').trim();
    }
}
