package io.uplift.broadleaf.warranty;

import io.uplift.broadleaf.event.PurchaseEventsActivity;

import io.uplift.engine.warranty.WarrantyChoice;
import io.uplift.engine.warranty.WarrantyPlan;
import io.uplift.engine.warranty.WarrantyPlansSource;
import io.uplift.engine.warranty.WarrantyQuote;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts a warranty plan on a cart line through Broadleaf's {@link OrderService}, in one transaction: the plan's line
 * is a child of the covered line, for the product of the chosen term, with the covered line's quantity, priced by the
 * engine ({@link WarrantyChoice}) and set as Broadleaf's price override (sale and retail), so neither the plan
 * product's catalog price nor anything in the request is charged. A line has at most one plan: choosing another plan
 * or term replaces it. Broadleaf's add workflow checks the same rules again ({@link WarrantyAddActivity}), so no
 * other path can add a plan line. Any refusal leaves the cart unchanged and carries a message for the shopper.
 */
public class WarrantyService {

    /** How long the categories of a product are reused for the offers a page shows (the add checks them afresh). */
    static final long SHOWN_CATEGORIES_NANOS = 2_000_000_000L;
    static final int SHOWN_CATEGORIES_MAX = 10_000;

    private final OrderService orderService;
    private final WarrantyPlansSource plans;
    private final TransactionTemplate transaction;
    /** Product id to its categories and ancestors, as of a moment (walking Broadleaf's categories costs a page). */
    private final ConcurrentHashMap<Long, ShownCategories> shownCategories =
            new ConcurrentHashMap<Long, ShownCategories>();

    public WarrantyService(OrderService orderService, WarrantyPlansSource plans,
            PlatformTransactionManager transactionManager) {
        this.orderService = orderService;
        this.plans = plans;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The plans and terms offered for a cart line (none for a line no plan covers or that is a plan itself). */
    public List<WarrantyQuote> offers(OrderItem line) {
        if (!WarrantyLines.canBeCovered(line)) {
            return Collections.emptyList();
        }
        return offers(((DiscreteOrderItem) line).getProduct(), WarrantyLines.unitPrice(line));
    }

    /** The plans and terms offered for a product at a unit price, plan by plan, shortest term first. */
    public List<WarrantyQuote> offers(Product product, BigDecimal unitPrice) {
        if (product == null || unitPrice == null || plans.current().isPlanProduct(product.getId())) {
            return Collections.emptyList();
        }
        List<WarrantyQuote> out = new ArrayList<WarrantyQuote>();
        for (WarrantyPlan p : plans.current().covering(shownCategories(product), unitPrice)) {
            out.addAll(p.quotes(unitPrice));
        }
        return out;
    }

    /**
     * The product's categories with their ancestors, reused for {@link #SHOWN_CATEGORIES_NANOS}: like the catalog
     * facts of the widgets, a page's offers may be that old; choosing a plan checks the categories afresh.
     */
    private Set<Long> shownCategories(Product product) {
        Long id = product.getId();
        long now = System.nanoTime();
        ShownCategories known = id == null ? null : shownCategories.get(id);
        if (known != null && now - known.at < SHOWN_CATEGORIES_NANOS) {
            return known.ids;
        }
        Set<Long> categories = Collections.unmodifiableSet(WarrantyLines.categories(product));
        if (id != null) {
            if (shownCategories.size() >= SHOWN_CATEGORIES_MAX) {
                shownCategories.clear();
            }
            shownCategories.put(id, new ShownCategories(now, categories));
        }
        return categories;
    }

    private static final class ShownCategories {
        final long at;
        final Set<Long> ids;

        ShownCategories(long at, Set<Long> ids) {
            this.at = at;
            this.ids = ids;
        }
    }

    /**
     * Puts the plan on a line of the cart, replacing the line's current plan; nothing changes when the line already
     * has this plan and term.
     *
     * @param shownPrice the plan price the shopper was shown, or {@code null}; only compared, never charged
     * @throws WarrantyRefused with a message for the shopper; the cart is unchanged
     */
    public Order choose(final long cartId, final long lineId, final long planId, final int years,
            final BigDecimal shownPrice) {
        return choose(cartId, lineId, planId, years, shownPrice, null);
    }

    /**
     * {@link #choose(long, long, long, int, BigDecimal)} from a suggestion: the plan line carries
     * {@code attribution} as its {@code upliftSource} order item attribute (null: none).
     */
    public Order choose(final long cartId, final long lineId, final long planId, final int years,
            final BigDecimal shownPrice, final String attribution) {
        return run(new TransactionCallback<Order>() {
            @Override
            public Order doInTransaction(TransactionStatus status) {
                return chooseInTransaction(cartId, lineId, planId, years, shownPrice, attribution);
            }
        });
    }

    /**
     * The product page's "add to cart with protection": adds {@code quantity} of the product, then the plan on its
     * line, in one transaction (both or neither).
     */
    public Order addWithPlan(final long cartId, final long productId, final long skuId, final int quantity,
            final long planId, final int years, final BigDecimal shownPrice) {
        return addWithPlan(cartId, productId, skuId, quantity, planId, years, shownPrice, null);
    }

    /** {@link #addWithPlan} from a suggestion: the plan line (not the product's) carries the attribution. */
    public Order addWithPlan(final long cartId, final long productId, final long skuId, final int quantity,
            final long planId, final int years, final BigDecimal shownPrice, final String attribution) {
        return run(new TransactionCallback<Order>() {
            @Override
            public Order doInTransaction(TransactionStatus status) {
                Map<Long, Integer> before = quantities(orderService.findOrderById(cartId));
                Order after;
                try {
                    after = orderService.addItem(cartId, new OrderItemRequestDTO(productId, skuId, quantity), false);
                } catch (Exception e) {
                    throw refusal(e, "Sorry, that product could not be added to your cart.");
                }
                Long line = null;
                for (OrderItem item : after.getOrderItems()) {
                    Integer was = before.get(item.getId());
                    if (WarrantyLines.canBeCovered(item)
                            && ((DiscreteOrderItem) item).getProduct().getId() == productId
                            && (was == null || was < item.getQuantity())) {
                        line = item.getId();
                    }
                }
                if (line == null) {
                    throw new IllegalStateException("the added line of product " + productId + " was not found");
                }
                return chooseInTransaction(cartId, line, planId, years, shownPrice, attribution);
            }
        });
    }

    private Order chooseInTransaction(long cartId, long lineId, long planId, int years, BigDecimal shownPrice,
            String attribution) {
        Order cart = orderService.findOrderById(cartId);
        OrderItem line = WarrantyLines.line(cart, lineId);
        if (line == null || !WarrantyLines.canBeCovered(line)) {
            throw new WarrantyRefused("That line is not in your cart: '" + lineId + "'.");
        }
        WarrantyQuote quote;
        try {
            quote = WarrantyChoice.check(plans.current(), planId, years, line.getName(),
                    WarrantyLines.categories(((DiscreteOrderItem) line).getProduct()), WarrantyLines.unitPrice(line),
                    shownPrice);
        } catch (WarrantyChoice.Refused e) {
            throw new WarrantyRefused(e.getMessage());
        }
        for (OrderItem old : WarrantyLines.planChildren(line)) {
            if (String.valueOf(planId).equals(WarrantyLines.attribute(old, WarrantyLines.PLAN))
                    && String.valueOf(years).equals(WarrantyLines.attribute(old, WarrantyLines.YEARS))) {
                return cart;
            }
            try {
                cart = orderService.removeItem(cartId, old.getId(), false);
            } catch (Exception e) {
                throw refusal(e, "Sorry, the protection plan could not be changed; your cart is unchanged.");
            }
        }
        OrderItemRequestDTO request = new OrderItemRequestDTO();
        request.setProductId(quote.getPlan().productFor(years));
        request.setQuantity(line.getQuantity());
        request.setParentOrderItemId(lineId);
        Map<String, String> attributes = new HashMap<String, String>();
        attributes.put(WarrantyLines.PLAN, String.valueOf(planId));
        attributes.put(WarrantyLines.YEARS, String.valueOf(years));
        attributes.put(WarrantyLines.COVERS, String.valueOf(lineId));
        if (attribution != null) {
            attributes.put(PurchaseEventsActivity.ATTRIBUTE, attribution);
        }
        request.setItemAttributes(attributes);
        Money price = line.getRetailPrice() == null ? new Money(quote.getPrice())
                : new Money(quote.getPrice(), line.getRetailPrice().getCurrency());
        request.setOverrideSalePrice(price);
        request.setOverrideRetailPrice(price);
        try {
            return orderService.addItemWithPriceOverrides(cartId, request, true);
        } catch (Exception e) {
            throw refusal(e, "Sorry, the protection plan could not be added; your cart is unchanged.");
        }
    }

    private Order run(TransactionCallback<Order> work) {
        return transaction.execute(work);
    }

    private static Map<Long, Integer> quantities(Order order) {
        Map<Long, Integer> out = new HashMap<Long, Integer>();
        for (OrderItem item : order.getOrderItems()) {
            out.put(item.getId(), item.getQuantity());
        }
        return out;
    }

    /** The warranty refusal inside a Broadleaf failure, or a refusal with the fallback message (cause kept). */
    static WarrantyRefused refusal(Exception e, String fallback) {
        WarrantyRefused r = WarrantyRefused.in(e);
        if (r != null) {
            return r;
        }
        WarrantyRefused wrapped = new WarrantyRefused(fallback);
        wrapped.initCause(e);
        return wrapped;
    }
}
