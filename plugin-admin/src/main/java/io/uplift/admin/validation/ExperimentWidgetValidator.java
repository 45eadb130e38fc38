package io.uplift.admin.validation;

import io.uplift.broadleaf.experiment.domain.UpliftExperimentImpl;
import io.uplift.slot.ExperimentDefinition;
import io.uplift.slot.SlotKey;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;

import org.springframework.jdbc.datasource.DataSourceUtils;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/**
 * An experiment's widget must be a widget of Uplift &gt; Widgets placed in the experiment's slot (blank: every widget
 * of the slot); the storefront leaves out an experiment whose widget is elsewhere. Bean
 * {@code blUpliftExperimentWidgetValidator}.
 */
public class ExperimentWidgetValidator implements PropertyValidator {

    private final DataSource dataSource;

    public ExperimentWidgetValidator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
            Map<String, FieldMetadata> entityFieldMetadata, Map<String, String> validationConfiguration,
            BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        if (IntegerRangeValidator.isBlank(value) || !value.trim().matches("\\d{1,12}")
                || !(instance instanceof UpliftExperimentImpl)) {
            // blank is every widget; a malformed number is the range validator's message
            return new PropertyValidationResult(true);
        }
        String slotName = ((UpliftExperimentImpl) instance).getSlot();
        SlotKey slot;
        try {
            slot = ExperimentDefinition.slot(slotName);
        } catch (IllegalArgumentException e) {
            return new PropertyValidationResult(true); // the slot's own message says it
        }
        String widgetSlot;
        try {
            widgetSlot = slotOf(Long.parseLong(value.trim()));
        } catch (SQLException e) {
            return new PropertyValidationResult(false, "The widget could not be checked (" + e.getMessage()
                    + "); nothing was saved.");
        }
        if (widgetSlot != null && ExperimentDefinition.slot(widgetSlot) == slot) {
            return new PropertyValidationResult(true);
        }
        return new PropertyValidationResult(false, "The widget must be one of Uplift > Widgets in the slot '"
                + slot.tagName() + "' (or blank for all of them)" + (widgetSlot == null ? "; there is no such widget"
                : "; it is in '" + widgetSlot + "'") + ". You entered " + QuotingValidator.quote(value) + ".");
    }

    /**
     * Reads on the admin save's own connection when the save runs in a transaction (Spring's
     * {@link DataSourceUtils}), so that validating never holds a second connection while the save's transaction holds
     * the first (README, "Failures": one connection per thread at a time).
     */
    private String slotOf(long widgetId) throws SQLException {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement st = c.prepareStatement("SELECT SLOT_KEY FROM UPLIFT_WIDGET_CONFIG WHERE WIDGET_ID = ?")) {
            st.setLong(1, widgetId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
