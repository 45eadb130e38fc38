package io.uplift.broadleaf.bundle;

import io.uplift.engine.FailureSink;
import io.uplift.engine.bundle.Bundle;
import io.uplift.engine.bundle.BundlePricing;
import io.uplift.engine.bundle.BundlesSource;
import io.uplift.engine.bundle.CartBundleSavings;
import org.broadleafcommerce.common.currency.util.BroadleafCurrencyUtils;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Date;
import java.util.Iterator;
import java.util.List;

/**
 * The bundle step of Broadleaf's pricing workflow (order 1500: after {@code blOfferActivity} has applied Broadleaf's
 * offers and set the subtotal, before {@code blFulfillmentItemPricingActivity} spreads order adjustments over the
 * items and {@code blTotalActivity} subtracts them). Each bundle complete in the cart becomes one order adjustment
 * on the {@link BundleSavingsOffer}, reason "Bundle: name (n sets)", value the saving of all its sets.
 *
 * <p>Every run first removes the plugin's own adjustments and then adds the current ones, so pricing a cart again
 * never adds up savings, and a saving disappears as soon as its set is broken (a line removed, a quantity lowered,
 * the bundle ended or switched off). Broadleaf's own order adjustments are left as they are. Only top-level
 * discrete lines count, at what Broadleaf charges per unit before order adjustments (the line's total after item
 * offers, divided by its quantity; the sale price when there is no item offer). Nothing in the request reaches the
 * figures: the cart's lines and the admin's bundles alone decide them.</p>
 *
 * <p>A failure never breaks pricing: it is recorded once with the order's id and lines, and the order is priced
 * without bundle savings.</p>
 */
public class BundlePricingActivity extends BaseActivity<ProcessContext<Order>> {

    static final String FAILURE_KIND = "bundle:pricing";

    private final BundlesSource bundles;
    private final BundleSavingsOffer savingsOffer;
    private final OfferDao offerDao;
    private final FailureSink failures;

    public BundlePricingActivity(BundlesSource bundles, BundleSavingsOffer savingsOffer, OfferDao offerDao,
            FailureSink failures) {
        this.bundles = bundles;
        this.savingsOffer = savingsOffer;
        this.offerDao = offerDao;
        this.failures = failures;
        setOrder(1500);
    }

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        Order order = context.getSeedData();
        try {
            price(order);
        } catch (RuntimeException e) {
            failures.record(FAILURE_KIND, "pricing the bundles of order " + order.getId() + " (lines "
                    + describe(order) + "); priced without bundle savings", e);
            try {
                removeOwn(order);
            } catch (RuntimeException ignored) {
                // the order could not be read at all; Broadleaf's own steps will fail on it with their own message
            }
        }
        return context;
    }

    private void price(Order order) {
        removeOwn(order);
        List<Bundle> active = bundles.current().active(new Date());
        if (active.isEmpty() || order.getOrderItems() == null) {
            return;
        }
        CartBundleSavings cart = new CartBundleSavings();
        for (OrderItem item : order.getOrderItems()) {
            Long productId = topLevelProduct(item);
            if (productId != null) {
                cart.line(productId, item.getQuantity(), unitPrice(item));
            }
        }
        List<BundlePricing.Applied> savings = cart.savings(active, cap(order));
        if (savings.isEmpty()) {
            return;
        }
        Long offerId = savingsOffer.id();
        Offer offer = offerId == null ? null : offerDao.readOfferById(offerId);
        if (offer == null) {
            throw new IllegalStateException("the offer '" + BundleSavingsOffer.NAME + "' (id " + offerId
                    + ") cannot be read, so the bundle savings have nothing to hang on");
        }
        for (BundlePricing.Applied s : savings) {
            OrderAdjustment adjustment = offerDao.createOrderAdjustment();
            adjustment.init(order, offer, CartBundleSavings.reason(s.getBundle().getName(), s.getSets()));
            adjustment.setValue(BroadleafCurrencyUtils.getMoney(s.getAmount(), order.getCurrency()));
            order.getOrderAdjustments().add(adjustment);
        }
    }

    /** The product of a top-level discrete line with a positive quantity, else {@code null}. */
    private static Long topLevelProduct(OrderItem item) {
        if (!(item instanceof DiscreteOrderItem) || item.getParentOrderItem() != null || item.getQuantity() < 1) {
            return null;
        }
        DiscreteOrderItem line = (DiscreteOrderItem) item;
        if (line.getProduct() != null) {
            return line.getProduct().getId();
        }
        return line.getSku() != null && line.getSku().getProduct() != null ? line.getSku().getProduct().getId() : null;
    }

    /** What Broadleaf charges per unit of the line before order adjustments, or {@code null} when unknown. */
    private static BigDecimal unitPrice(OrderItem item) {
        Money total = item.getTotalPrice();
        return total == null ? null
                : total.getAmount().divide(BigDecimal.valueOf(item.getQuantity()), 2, RoundingMode.HALF_UP);
    }

    /** The subtotal less Broadleaf's own order adjustments: bundle savings never take the order below zero. */
    private BigDecimal cap(Order order) {
        Money subTotal = order.getSubTotal() != null ? order.getSubTotal() : order.calculateSubTotal();
        BigDecimal cap = subTotal.getAmount();
        for (OrderAdjustment a : order.getOrderAdjustments()) {
            if (a.getValue() != null) {
                cap = cap.subtract(a.getValue().getAmount());
            }
        }
        return cap;
    }

    /** Removes the adjustments of earlier runs (Broadleaf's orphan removal deletes their rows). */
    private void removeOwn(Order order) {
        Iterator<OrderAdjustment> it = order.getOrderAdjustments().iterator();
        while (it.hasNext()) {
            if (savingsOffer.holds(it.next().getOffer())) {
                it.remove();
            }
        }
    }

    private static String describe(Order order) {
        StringBuilder sb = new StringBuilder("[");
        try {
            for (OrderItem item : order.getOrderItems()) {
                sb.append(sb.length() > 1 ? ", " : "").append(item.getId()).append(':').append(item.getName())
                        .append(" x").append(item.getQuantity());
            }
        } catch (RuntimeException e) {
            sb.append("unreadable: ").append(e.getClass().getSimpleName());
        }
        return sb.append(']').toString();
    }
}
