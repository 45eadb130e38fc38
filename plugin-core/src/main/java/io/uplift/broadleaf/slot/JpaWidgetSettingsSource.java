package io.uplift.broadleaf.slot;

import io.uplift.broadleaf.slot.domain.UpliftWidgetConfig;
import io.uplift.broadleaf.slot.domain.UpliftWidgetConfigImpl;
import io.uplift.slot.SlotKey;
import io.uplift.slot.WidgetRules;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetSettingsSource;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;

/**
 * Reads the admin's widget rows from the plugin's table with a fresh, short-lived entity manager (no
 * second-level or query cache), so every read sees the latest admin save. Called by the background refresh only.
 */
public class JpaWidgetSettingsSource implements WidgetSettingsSource {

    private final EntityManagerFactory entityManagerFactory;

    public JpaWidgetSettingsSource(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public Loaded loadAll() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            TypedQuery<UpliftWidgetConfig> query = em.createQuery(
                    "SELECT w FROM " + UpliftWidgetConfigImpl.class.getName() + " w", UpliftWidgetConfig.class);
            query.setHint("org.hibernate.cacheable", Boolean.FALSE);
            List<WidgetSettings> widgets = new ArrayList<WidgetSettings>();
            List<String> rejected = new ArrayList<String>();
            for (UpliftWidgetConfig row : query.getResultList()) {
                try {
                    widgets.add(toSettings(row));
                } catch (IllegalArgumentException e) {
                    rejected.add("widget row " + row.getId() + " ignored: " + e.getMessage());
                }
            }
            return new Loaded(widgets, rejected);
        } finally {
            em.close();
        }
    }

    static WidgetSettings toSettings(UpliftWidgetConfig row) {
        if (row.getMaxItems() == null) {
            throw new IllegalArgumentException("number of items is missing");
        }
        return new WidgetSettings(row.getId() == null ? 0 : row.getId(), SlotKey.fromName(row.getSlot()),
                row.getWidgetType(), Boolean.TRUE.equals(row.getEnabled()), row.getTitle(), row.getMaxItems(),
                row.getPosition() == null ? 0 : row.getPosition(),
                new WidgetRules(row.getSources(), Boolean.TRUE.equals(row.getExcludePurchased()),
                        row.getPriceMinPercent(), row.getPriceMaxPercent(), Boolean.TRUE.equals(row.getRotate()),
                        Boolean.TRUE.equals(row.getStockMarginBoost())),
                row instanceof UpliftWidgetConfigImpl ? ((UpliftWidgetConfigImpl) row).toUpsellOptions() : null);
    }
}
