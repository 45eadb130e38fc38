package io.uplift.admin.validation;

import io.uplift.admin.experiment.RunningExperiments;
import io.uplift.broadleaf.slot.domain.UpliftWidgetConfigImpl;
import io.uplift.slot.SlotKey;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;

import java.io.Serializable;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A widget that a running experiment tests stays in the experiment's slot: moved elsewhere, the storefront would leave
 * the experiment out mid-run and its results would mix two set-ups. Stop the experiment first (Uplift &gt;
 * Experiments). Checked on the widget's slot when an existing widget is saved. Bean
 * {@code blUpliftWidgetSlotValidator}.
 */
public class WidgetSlotValidator implements PropertyValidator {

    private final DataSource dataSource;

    public WidgetSlotValidator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
            Map<String, FieldMetadata> entityFieldMetadata, Map<String, String> validationConfiguration,
            BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        if (!(instance instanceof UpliftWidgetConfigImpl) || ((UpliftWidgetConfigImpl) instance).getId() == null
                || value == null) {
            return new PropertyValidationResult(true); // a new widget is in no experiment
        }
        String[] running;
        try {
            running = RunningExperiments.testing(dataSource, ((UpliftWidgetConfigImpl) instance).getId());
        } catch (SQLException e) {
            return new PropertyValidationResult(false, "The widget's experiments could not be checked ("
                    + e.getMessage() + "); nothing was saved.");
        }
        return problem(running, value) == null ? new PropertyValidationResult(true)
                : new PropertyValidationResult(false, problem(running, value));
    }

    /**
     * Why the widget may not move to {@code slot}, or null.
     *
     * @param running the name and slot of a running experiment of the widget, or null
     */
    static String problem(String[] running, String slot) {
        if (running == null || running[1] == null || same(running[1], slot)) {
            return null;
        }
        return "The running experiment '" + running[0] + "' tests this widget in the slot '" + running[1]
                + "': stop it first (Uplift > Experiments), or its results would mix two set-ups. You chose "
                + QuotingValidator.quote(slot) + ".";
    }

    /** Slot names as the widget ({@code MINI_CART}) and the experiment ({@code mini-cart}) write them; unknown: not. */
    private static boolean same(String a, String b) {
        try {
            return SlotKey.fromName(a) == SlotKey.fromName(b);
        } catch (IllegalArgumentException e) {
            return false; // an unknown slot is refused by the slot's own check
        }
    }
}
