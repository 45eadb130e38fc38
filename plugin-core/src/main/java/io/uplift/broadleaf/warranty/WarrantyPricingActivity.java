package io.uplift.broadleaf.warranty;

import io.uplift.engine.FailureSink;
import io.uplift.engine.warranty.WarrantyChoice;
import io.uplift.engine.warranty.WarrantyPlansSource;
import io.uplift.engine.warranty.WarrantyQuote;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/**
 * The warranty step of Broadleaf's pricing workflow (order 900, before {@code blOfferActivity} builds the items'
 * prices and the subtotal): every plan line is priced again by the engine from its covered line's current unit price
 * and the plan's current prices, and set as the line's price override. So a changed plan price reaches carts at their
 * next pricing (every cart change, and the checkout), never from a request. A plan line whose plan was switched off,
 * left out or no longer covers its line keeps the price it was added at (the shopper chose it at that price); the
 * case is recorded once. A failure never breaks pricing.
 */
public class WarrantyPricingActivity extends BaseActivity<ProcessContext<Order>> {

    private final WarrantyPlansSource plans;
    private final FailureSink failures;

    public WarrantyPricingActivity(WarrantyPlansSource plans, FailureSink failures) {
        this.plans = plans;
        this.failures = failures;
        setOrder(900);
    }

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        Order order = context.getSeedData();
        if (order == null || order.getOrderItems() == null) {
            return context;
        }
        for (OrderItem item : order.getOrderItems()) {
            try {
                reprice(item);
            } catch (RuntimeException e) {
                failures.record("warranty:pricing", "pricing plan line " + item.getId() + " of order " + order.getId(), e);
            }
        }
        return context;
    }

    private void reprice(OrderItem item) {
        OrderItem parent = item.getParentOrderItem();
        if (!WarrantyLines.isPlanLine(item) || parent == null || !WarrantyLines.canBeCovered(parent)) {
            return;
        }
        Long planId = WarrantyAddActivity.number(WarrantyLines.attribute(item, WarrantyLines.PLAN));
        Long years = WarrantyAddActivity.number(WarrantyLines.attribute(item, WarrantyLines.YEARS));
        if (planId == null || years == null || years > Integer.MAX_VALUE) {
            return;
        }
        WarrantyQuote quote;
        try {
            quote = WarrantyChoice.check(plans.current(), planId, years.intValue(), parent.getName(),
                    WarrantyLines.categories(((DiscreteOrderItem) parent).getProduct()),
                    WarrantyLines.unitPrice(parent), null);
        } catch (WarrantyChoice.Refused e) {
            failures.record("warranty:kept-price", "plan line " + item.getId() + " keeps its price: " + e.getMessage(),
                    null);
            return;
        }
        Money current = item.getSalePrice();
        if (current != null && current.getAmount().compareTo(quote.getPrice()) == 0 && item.isSalePriceOverride()) {
            return;
        }
        Money price = item.getRetailPrice() == null ? new Money(quote.getPrice())
                : new Money(quote.getPrice(), item.getRetailPrice().getCurrency());
        item.setRetailPrice(price);
        item.setRetailPriceOverride(true);
        item.setSalePrice(price);
        item.setSalePriceOverride(true);
    }
}
