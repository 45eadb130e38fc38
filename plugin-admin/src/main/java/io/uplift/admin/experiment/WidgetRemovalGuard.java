package io.uplift.admin.experiment;

import io.uplift.admin.web.AdornedAddGuard;
import io.uplift.broadleaf.slot.domain.UpliftWidgetConfig;
import io.uplift.broadleaf.slot.domain.UpliftWidgetConfigImpl;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.ValidationException;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Deleting a widget that a running experiment tests is refused, and nothing is deleted: the experiment's arms would
 * lose their widget mid-run and its results would stop meaning anything. Stop the experiment first (Uplift &gt;
 * Experiments); a stopped or draft experiment does not hold its widget (a draft naming a deleted widget is refused
 * when it is saved). The admin shows the refusal at the top of the widget's page (Broadleaf shows a
 * {@link ValidationException}'s message key there); the log names the experiment.
 *
 * <p>A custom persistence handler of removes of {@code UpliftWidgetConfig} (in {@code blCustomPersistenceHandlers});
 * Broadleaf's own security check runs before it ({@link #willHandleSecurity} is false), and an allowed remove is
 * Broadleaf's own basic remove. Bean {@code blUpliftWidgetRemovalGuard}.</p>
 */
public class WidgetRemovalGuard extends CustomPersistenceHandlerAdapter {

    private static final Log LOG = LogFactory.getLog(WidgetRemovalGuard.class);

    /** The admin message (UpliftAdminMessages) shown when the widget is in a running experiment. */
    public static final String IN_EXPERIMENT = "UpliftWidgetInRunningExperiment";
    /** The admin message shown when the experiments could not be read. */
    public static final String NOT_CHECKED = "UpliftWidgetExperimentsNotChecked";

    private final DataSource dataSource;

    public WidgetRemovalGuard(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Boolean canHandleRemove(PersistencePackage persistencePackage) {
        String ceiling = persistencePackage.getCeilingEntityFullyQualifiedClassname();
        return UpliftWidgetConfig.class.getName().equals(ceiling) || UpliftWidgetConfigImpl.class.getName().equals(ceiling);
    }

    @Override
    public void remove(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity entity = persistencePackage.getEntity();
        Long widgetId = widgetId(entity);
        if (widgetId != null) {
            String[] running;
            try {
                running = RunningExperiments.testing(dataSource, widgetId);
            } catch (SQLException e) {
                LOG.warn("widget " + widgetId + " not deleted: its experiments could not be read", e);
                throw new ValidationException(entity, NOT_CHECKED);
            }
            if (running != null) {
                LOG.info("widget " + widgetId + " not deleted: the running experiment '" + running[0]
                        + "' tests it in the slot '" + running[1] + "'");
                throw new ValidationException(entity, IN_EXPERIMENT);
            }
        }
        helper.getCompatibleModule(persistencePackage.getPersistencePerspective().getOperationTypes().getRemoveType())
                .remove(persistencePackage);
    }

    /** The widget's id from the removed entity, or null when it has none (nothing of ours to protect then). */
    static Long widgetId(Entity entity) {
        return AdornedAddGuard.number(entity, "id");
    }
}
