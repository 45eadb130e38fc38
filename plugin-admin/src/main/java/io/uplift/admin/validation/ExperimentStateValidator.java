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
 * An experiment's state goes one way only: Draft to Running (start) to Stopped (stop); a new experiment is a draft
 * or starts at once. Bean {@code blUpliftExperimentStateValidator}.
 */
public class ExperimentStateValidator implements PropertyValidator {

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
            Map<String, FieldMetadata> entityFieldMetadata, Map<String, String> validationConfiguration,
            BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        String before = instance instanceof UpliftExperimentImpl ? ((UpliftExperimentImpl) instance).getLoadedState()
                : null;
        String problem = problem(before, value);
        return problem == null ? new PropertyValidationResult(true) : new PropertyValidationResult(false, problem);
    }

    /** Why the change from {@code before} (null: a new experiment) to {@code after} is refused, or null. */
    static String problem(String before, String after) {
        ExperimentState to;
        try {
            to = ExperimentState.valueOf(String.valueOf(after).trim());
        } catch (IllegalArgumentException e) {
            return "The state must be Draft, Running or Stopped. You entered " + QuotingValidator.quote(after) + ".";
        }
        ExperimentState from = before == null ? null : ExperimentState.valueOf(before);
        boolean ok = from == to
                || (from == null && to != ExperimentState.STOPPED)
                || (from == ExperimentState.DRAFT && to == ExperimentState.RUNNING)
                || (from == ExperimentState.RUNNING && to == ExperimentState.STOPPED);
        if (ok) {
            return null;
        }
        return "An experiment goes from Draft to Running to Stopped, never back or across: it is "
                + (from == null ? "new" : from) + " and cannot become '" + to + "' (make a new experiment instead).";
    }
}
