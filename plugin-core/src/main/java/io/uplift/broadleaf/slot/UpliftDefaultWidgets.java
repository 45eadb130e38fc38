package io.uplift.broadleaf.slot;

import io.uplift.broadleaf.slot.domain.UpliftWidgetConfigImpl;
import io.uplift.slot.SlotKey;
import io.uplift.widget.related.RelatedProductsProvider;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * On a shop's first start with the plugin, places the default widget (related products on the product page), so
 * the feature shows right after install; every choice can then be changed in the admin (Uplift &gt; Widgets).
 * Does nothing once the table has any row: an admin who deleted every widget keeps an empty storefront.
 */
public class UpliftDefaultWidgets {

    private static final Log LOG = LogFactory.getLog(UpliftDefaultWidgets.class);

    public static final String DEFAULT_TITLE = "You may also like";
    public static final int DEFAULT_COUNT = 4;

    private final EntityManagerFactory entityManagerFactory;

    public UpliftDefaultWidgets(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Places the defaults if the table is empty; logs and carries on if the database refuses. */
    public void install() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.getTransaction().begin();
            Long rows = em.createQuery("SELECT COUNT(w) FROM " + UpliftWidgetConfigImpl.class.getName() + " w",
                    Long.class).getSingleResult();
            if (rows == 0) {
                UpliftWidgetConfigImpl related = new UpliftWidgetConfigImpl();
                related.setSlot(SlotKey.PRODUCT.name());
                related.setWidgetType(RelatedProductsProvider.TYPE);
                related.setEnabled(Boolean.TRUE);
                related.setTitle(DEFAULT_TITLE);
                related.setMaxItems(DEFAULT_COUNT);
                related.setPosition(10);
                em.persist(related);
                LOG.info("Uplift: placed the default widget (related products on the product page)");
            }
            em.getTransaction().commit();
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            LOG.error("Uplift: could not place the default widget; configure widgets in the admin (Uplift > Widgets)", e);
        } finally {
            em.close();
        }
    }
}
