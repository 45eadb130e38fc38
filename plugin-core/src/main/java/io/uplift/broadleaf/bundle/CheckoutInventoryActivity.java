package io.uplift.broadleaf.bundle;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.domain.SkuImpl;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.inventory.service.InventoryService;
import org.broadleafcommerce.core.inventory.service.InventoryUnavailableException;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.persistence.CacheRetrieveMode;
import javax.persistence.CacheStoreMode;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Stock at checkout, a step Broadleaf 3.1's checkout workflow does not have (order 2500: after Broadleaf's own
 * validations, before {@code blValidateAndConfirmPaymentActivity} confirms the payment). Every discrete line of the
 * order counts, not only the lines of a bundle: a shopper must not be able to buy what is out of stock, bundled or
 * not. Units of one SKU on several lines add up. Each SKU is asked of Broadleaf's {@link InventoryService} as the
 * database has it now: the SKU is read again from the database on the checkout's own connection (refreshed, which
 * also drops the second-level cache's copy), because stock changed by the admin, another node or an import does not
 * reach this node's cache for up to a day.
 *
 * <p>A SKU short of stock (or no longer active) stops the checkout with an {@link InventoryUnavailableException},
 * which Broadleaf's checkout workflow lists among the failures it does not log as errors, whose message names the
 * product and is meant for the shopper; {@link #shopperMessage(Throwable)} finds it in what the checkout throws.
 * Nothing irreversible has happened yet at this step: the order stays a cart.</p>
 */
public class CheckoutInventoryActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private static final Log LOG = LogFactory.getLog(CheckoutInventoryActivity.class);
    /** Read from the database, not the second-level cache, and put what was read into the cache. */
    private static final Map<String, Object> FRESH;

    static {
        Map<String, Object> hints = new HashMap<String, Object>();
        hints.put("javax.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS);
        hints.put("javax.persistence.cache.storeMode", CacheStoreMode.REFRESH);
        FRESH = Collections.unmodifiableMap(hints);
    }

    private final InventoryService inventoryService;
    private final EntityManagerFactory entityManagerFactory;

    public CheckoutInventoryActivity(InventoryService inventoryService, EntityManagerFactory entityManagerFactory) {
        this.inventoryService = inventoryService;
        this.entityManagerFactory = entityManagerFactory;
        setOrder(2500);
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        Map<Long, Integer> units = new LinkedHashMap<Long, Integer>();
        Map<Long, String> names = new LinkedHashMap<Long, String>();
        for (OrderItem item : order.getOrderItems()) {
            collect(item, units, names);
        }
        if (units.isEmpty()) {
            return context;
        }
        // the checkout's own entity manager (its transaction's connection) when there is one: a second connection
        // taken while the checkout's transaction holds the first can hang the store (HSQLDB's CHECKPOINT waits for
        // the open transaction while the second connection waits for the CHECKPOINT) or starve a bounded pool
        EntityManager shared = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory);
        EntityManager em = shared != null ? shared : entityManagerFactory.createEntityManager();
        try {
            for (Map.Entry<Long, Integer> e : units.entrySet()) {
                Sku sku = fresh(em, shared != null, e.getKey());
                if (sku == null || !inventoryService.isAvailable(sku, e.getValue())) {
                    Integer left = sku == null ? null : inventoryService.retrieveQuantityAvailable(sku);
                    LOG.info("checkout of order " + order.getId() + " refused: SKU " + e.getKey() + " ("
                            + names.get(e.getKey()) + ") wanted " + e.getValue() + ", available " + left);
                    throw new InventoryUnavailableException(message(names.get(e.getKey()), e.getValue(), left),
                            e.getKey(), e.getValue(), left == null ? 0 : left);
                }
            }
        } finally {
            if (shared == null) {
                em.close();
            }
        }
        return context;
    }

    /**
     * The SKU as the database has it now. In the checkout's entity manager the SKU is usually managed already (the
     * order's lines hold it), so it is refreshed: read again from the database on the same connection, and Hibernate
     * evicts the second-level cache's copy first. In a session of its own it is read past the second-level cache.
     */
    private static Sku fresh(EntityManager em, boolean shared, Long skuId) {
        if (!shared) {
            return em.find(SkuImpl.class, skuId, FRESH);
        }
        Sku sku = em.find(SkuImpl.class, skuId);
        if (sku != null) {
            em.refresh(sku);
        }
        return sku;
    }

    /** Counts a discrete line; child lines (a warranty, gift wrap) are lines of the order too and count alike. */
    private static void collect(OrderItem item, Map<Long, Integer> units, Map<Long, String> names) {
        if (item instanceof DiscreteOrderItem && item.getQuantity() > 0 && ((DiscreteOrderItem) item).getSku() != null) {
            Long skuId = ((DiscreteOrderItem) item).getSku().getId();
            Integer before = units.get(skuId);
            units.put(skuId, before == null ? item.getQuantity() : before + item.getQuantity());
            names.put(skuId, item.getName());
        }
    }

    static String message(String productName, int wanted, Integer left) {
        String stock = left == null || left <= 0 ? "it is out of stock"
                : "only " + left + (left == 1 ? " is" : " are") + " left";
        return "Sorry, " + productName + " is no longer available in the quantity in your cart (" + wanted + "): "
                + stock + ". Please change the quantity or remove it from your cart, then place your order again.";
    }

    /**
     * The message for the shopper if a checkout failed for want of stock, else {@code null}. Checkout controllers
     * call it with what {@code initiateCheckout} threw (Broadleaf wraps the activity's exception twice).
     */
    public static String shopperMessage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InventoryUnavailableException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return null;
    }
}
