package io.uplift.broadleaf.slot;

import io.uplift.broadleaf.addon.AddOnWidgetProvider;
import io.uplift.widget.bundle.BundleWidgetProvider;
import io.uplift.broadleaf.warranty.WarrantyWidgetProvider;
import io.uplift.widget.nudge.FreeShippingWidgetProvider;
import io.uplift.widget.upsell.CartUpgradeWidgetProvider;
import io.uplift.widget.upsell.ComparisonWidgetProvider;

import io.uplift.broadleaf.slot.domain.UpliftPlacedDefaultImpl;
import io.uplift.broadleaf.slot.domain.UpliftWidgetConfigImpl;
import io.uplift.slot.SlotKey;
import io.uplift.widget.order.OrderOffersWidgetProvider;
import io.uplift.widget.suggest.SuggestionWidgets;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * On a shop's first start with the plugin, places the default widgets, so every feature shows right after install:
 * on the product page the protection plans (for products a warranty plan covers), the comparison table (for products
 * in a comparison group), "frequently bought together" (for products that anchor a bundle), the merchandiser's
 * related products and "customers also bought", in the cart upgrade offers, protection plans per line and "add these
 * too", at checkout the order's add-ons (gift wrap, shipping insurance), protection plans and last-minute
 * additions for the cart, on the confirmation page offers that complement the order ("Add to your order" while it
 * is open, else "For next time").
 * Every choice can then be changed in the admin (Uplift &gt; Widgets).
 * Each default is placed once, ever, and recorded (UPLIFT_PLACED_DEFAULT): an admin who deleted a widget (or every
 * widget) keeps it deleted, and a shop upgrading from an earlier plugin version gets the defaults new since then.
 */
public class UpliftDefaultWidgets {

    private static final Log LOG = LogFactory.getLog(UpliftDefaultWidgets.class);

    public static final String DEFAULT_TITLE = "You may also like";
    public static final int DEFAULT_COUNT = 4;
    /** The free-shipping nudge's title: the heading over its gap fillers. */
    public static final String FREE_SHIPPING_TITLE = "Add one of these to ship free";

    private final EntityManagerFactory entityManagerFactory;

    public UpliftDefaultWidgets(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** One default widget: where, what, how it is titled and sized, and whether plugin versions before 1.6 placed it. */
    public static final class Default {
        final SlotKey slot;
        final String type;
        final String title;
        final int count;
        final int position;
        final boolean legacy;
        final String replaces;

        Default(SlotKey slot, String type, String title, int count, int position, boolean legacy, String replaces) {
            this.slot = slot;
            this.type = type;
            this.title = title;
            this.count = count;
            this.position = position;
            this.legacy = legacy;
            this.replaces = replaces;
        }

        /** {@code SLOT:WIDGET_TYPE}. */
        public String key() {
            return slot.name() + ":" + type;
        }
    }

    /**
     * The defaults, in order. "legacy": placed by earlier plugin versions (which placed defaults only into an empty
     * widget table and kept no record), so on an upgrade they are taken as handled: present, or removed on purpose.
     * "replaces": a widget type this default supersedes in its slot; where the shop has that one switched on, the new
     * default is placed switched off, for the merchandiser to choose.
     */
    public static final List<Default> DEFAULTS = Collections.unmodifiableList(Arrays.asList(
            new Default(SlotKey.PRODUCT, WarrantyWidgetProvider.TYPE, "Protect it", 3, 1, true, null),
            new Default(SlotKey.PRODUCT, ComparisonWidgetProvider.TYPE, "Compare and choose your version", 3, 5, true, null),
            new Default(SlotKey.PRODUCT, BundleWidgetProvider.TYPE, "Frequently bought together", 4, 7, true, null),
            new Default(SlotKey.PRODUCT, SuggestionWidgets.RELATED_PRODUCTS, DEFAULT_TITLE, DEFAULT_COUNT, 10, true, null),
            new Default(SlotKey.PRODUCT, SuggestionWidgets.ALSO_BOUGHT, "Customers who bought this also bought", 4, 20,
                    true, null),
            new Default(SlotKey.CART, FreeShippingWidgetProvider.TYPE, FREE_SHIPPING_TITLE, 3, 1, false, null),
            new Default(SlotKey.CART, CartUpgradeWidgetProvider.TYPE, "Upgrade your choice", 3, 5, true, null),
            new Default(SlotKey.CART, WarrantyWidgetProvider.TYPE, "Protect your purchase", 3, 7, true, null),
            new Default(SlotKey.CART, SuggestionWidgets.CART_ADD_ONS, "Add these too", 4, 10, true, null),
            new Default(SlotKey.CHECKOUT, AddOnWidgetProvider.TYPE, "Finishing touches", 3, 3, false, null),
            new Default(SlotKey.CHECKOUT, WarrantyWidgetProvider.TYPE, "Protect your purchase", 3, 5, true, null),
            new Default(SlotKey.CHECKOUT, SuggestionWidgets.CART_ADD_ONS, "Last-minute additions", 3, 10, true, null),
            new Default(SlotKey.CONFIRMATION, OrderOffersWidgetProvider.TYPE, "Add to your order", 4, 10, false,
                    SuggestionWidgets.FOR_YOU),
            new Default(SlotKey.MINI_CART, FreeShippingWidgetProvider.TYPE, FREE_SHIPPING_TITLE, 2, 1, false, null)));

    private static void place(EntityManager em, Default d, boolean enabled) {
        UpliftWidgetConfigImpl w = new UpliftWidgetConfigImpl();
        w.setSlot(d.slot.name());
        w.setWidgetType(d.type);
        w.setEnabled(enabled);
        w.setTitle(d.title);
        w.setMaxItems(d.count);
        w.setPosition(d.position);
        em.persist(w);
    }

    private static long widgets(EntityManager em, SlotKey slot, String type, boolean enabledOnly) {
        return em.createQuery("SELECT COUNT(w) FROM " + UpliftWidgetConfigImpl.class.getName()
                + " w WHERE w.slot = :slot AND w.widgetType = :type" + (enabledOnly ? " AND w.enabled = true" : ""),
                Long.class).setParameter("slot", slot.name()).setParameter("type", type).getSingleResult();
    }

    /**
     * Places each default widget once, ever: on a shop's first start all of them; on an upgrade only those new since
     * the shop's version (each into its slot unless the slot already has that type; switched off where it supersedes
     * a widget the shop has switched on). Each is recorded, so one the merchandiser removes stays removed. One
     * transaction; logs and carries on if the database refuses.
     *
     * @return the keys placed now ({@code SLOT:TYPE}), for the log and tests
     */
    public List<String> install() {
        List<String> placed = new ArrayList<String>();
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.getTransaction().begin();
            Long rows = em.createQuery("SELECT COUNT(w) FROM " + UpliftWidgetConfigImpl.class.getName() + " w",
                    Long.class).getSingleResult();
            Set<String> done = new HashSet<String>(em.createQuery("SELECT d.key FROM "
                    + UpliftPlacedDefaultImpl.class.getName() + " d", String.class).getResultList());
            boolean upgrade = rows > 0 && done.isEmpty();
            for (Default d : DEFAULTS) {
                if (done.contains(d.key())) {
                    continue;
                }
                String outcome;
                if (upgrade && d.legacy || widgets(em, d.slot, d.type, false) > 0) {
                    outcome = "KEPT";
                } else if (d.replaces != null && widgets(em, d.slot, d.replaces, true) > 0) {
                    place(em, d, false);
                    outcome = "PLACED_OFF";
                } else {
                    place(em, d, true);
                    outcome = "PLACED";
                }
                em.persist(new UpliftPlacedDefaultImpl(d.key(), outcome));
                if (!"KEPT".equals(outcome)) {
                    placed.add(d.key() + ("PLACED_OFF".equals(outcome) ? " (off)" : ""));
                }
            }
            em.getTransaction().commit();
            if (!placed.isEmpty()) {
                LOG.info("Uplift: placed the default widgets " + placed + (upgrade ? " (new in this version; switch"
                        + " them in Uplift > Widgets)" : ""));
            }
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            LOG.error("Uplift: could not place the default widgets; configure widgets in the admin (Uplift > Widgets)", e);
        } finally {
            em.close();
        }
        return placed;
    }
}
