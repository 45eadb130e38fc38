package io.uplift.admin.experiment;

import io.uplift.broadleaf.slot.domain.UpliftWidgetConfig;
import io.uplift.broadleaf.slot.domain.UpliftWidgetConfigImpl;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** Which removes the guard takes, and the widget id it reads from the removed entity. */
public class WidgetRemovalGuardTest {

    private final WidgetRemovalGuard guard = new WidgetRemovalGuard(null);

    @Test
    public void itTakesTheRemovesOfWidgetsOnly() {
        assertTrue(guard.canHandleRemove(removing(UpliftWidgetConfig.class.getName())));
        assertTrue(guard.canHandleRemove(removing(UpliftWidgetConfigImpl.class.getName())));
        assertFalse(guard.canHandleRemove(removing("io.uplift.broadleaf.experiment.domain.UpliftExperimentImpl")));
        assertFalse(guard.canHandleRemove(removing("org.broadleafcommerce.core.catalog.domain.Product")));
        assertFalse("only removes", guard.canHandleUpdate(removing(UpliftWidgetConfig.class.getName())));
        assertFalse("Broadleaf's security check runs first", guard.willHandleSecurity(removing(
                UpliftWidgetConfig.class.getName())));
    }

    @Test
    public void theWidgetIdIsTheEntitysIdWhenItIsOne() {
        assertEquals(Long.valueOf(42), WidgetRemovalGuard.widgetId(entity(" 42 ")));
        assertNull(WidgetRemovalGuard.widgetId(entity("")));
        assertNull(WidgetRemovalGuard.widgetId(entity("4x")));
        assertNull(WidgetRemovalGuard.widgetId(entity(null)));
        assertNull(WidgetRemovalGuard.widgetId(new Entity()));
        assertNull(WidgetRemovalGuard.widgetId(null));
    }

    private static PersistencePackage removing(String ceiling) {
        PersistencePackage p = new PersistencePackage();
        p.setCeilingEntityFullyQualifiedClassname(ceiling);
        return p;
    }

    private static Entity entity(String id) {
        Entity e = new Entity();
        Property p = new Property();
        p.setName("id");
        p.setValue(id);
        e.setProperties(new Property[] {p});
        return e;
    }
}
