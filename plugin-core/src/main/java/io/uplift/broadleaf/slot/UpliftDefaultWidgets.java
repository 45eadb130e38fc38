package io.uplift.broadleaf.slot;

import io.uplift.broadleaf.addon.AddOnWidgetProvider;
import io.uplift.widget.bundle.BundleWidgetProvider;
import io.uplift.broadleaf.warranty.WarrantyWidgetProvider;
import io.uplift.widget.nudge.FreeShippingWidgetProvider;
import io.uplift.widget.upsell.CartUpgradeWidgetProvider;
import io.uplift.widget.upsell.ComparisonWidgetProvider;

import io.uplift.broadleaf.slot.domain.UpliftWidgetConfigImpl;
import io.uplift.slot.SlotKey;
import io.uplift.widget.order.OrderOffersWidgetProvider;
import io.uplift.widget.suggest.SuggestionWidgets;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

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
 * Does nothing once the table has any row: an admin who deleted every widget keeps an empty storefront.
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

    private static void place(EntityManager em, SlotKey slot, String type, String title, int count, int position) {
        UpliftWidgetConfigImpl w = new UpliftWidgetConfigImpl();
        w.setSlot(slot.name());
        w.setWidgetType(type);
        w.setEnabled(Boolean.TRUE);
        w.setTitle(title);
        w.setMaxItems(count);
        w.setPosition(position);
        em.persist(w);
    }

    /** Places the defaults if the table is empty; logs and carries on if the database refuses. */
    public void install() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.getTransaction().begin();
            Long rows = em.createQuery("SELECT COUNT(w) FROM " + UpliftWidgetConfigImpl.class.getName() + " w",
                    Long.class).getSingleResult();
            if (rows == 0) {
                place(em, SlotKey.PRODUCT, WarrantyWidgetProvider.TYPE, "Protect it", 3, 1);
                place(em, SlotKey.PRODUCT, ComparisonWidgetProvider.TYPE, "Compare and choose your version", 3, 5);
                place(em, SlotKey.PRODUCT, BundleWidgetProvider.TYPE, "Frequently bought together", 4, 7);
                place(em, SlotKey.PRODUCT, SuggestionWidgets.RELATED_PRODUCTS, DEFAULT_TITLE, DEFAULT_COUNT, 10);
                place(em, SlotKey.PRODUCT, SuggestionWidgets.ALSO_BOUGHT, "Customers who bought this also bought", 4, 20);
                place(em, SlotKey.CART, FreeShippingWidgetProvider.TYPE, FREE_SHIPPING_TITLE, 3, 1);
                place(em, SlotKey.CART, CartUpgradeWidgetProvider.TYPE, "Upgrade your choice", 3, 5);
                place(em, SlotKey.CART, WarrantyWidgetProvider.TYPE, "Protect your purchase", 3, 7);
                place(em, SlotKey.CART, SuggestionWidgets.CART_ADD_ONS, "Add these too", 4, 10);
                place(em, SlotKey.CHECKOUT, WarrantyWidgetProvider.TYPE, "Protect your purchase", 3, 5);
                place(em, SlotKey.CHECKOUT, SuggestionWidgets.CART_ADD_ONS, "Last-minute additions", 3, 10);
                place(em, SlotKey.CHECKOUT, AddOnWidgetProvider.TYPE, "Finishing touches", 3, 3);
                place(em, SlotKey.CONFIRMATION, OrderOffersWidgetProvider.TYPE, "Add to your order", 4, 10);
                place(em, SlotKey.MINI_CART, FreeShippingWidgetProvider.TYPE, FREE_SHIPPING_TITLE, 2, 1);
                LOG.info("Uplift: placed the default widgets (product page, cart, checkout, confirmation, mini-cart)");
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
