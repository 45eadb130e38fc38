package io.uplift.broadleaf.addon;

import io.uplift.engine.FailureSink;
import io.uplift.engine.addon.AddOn;
import io.uplift.engine.addon.AddOnChoice;
import io.uplift.engine.addon.AddOnsSource;
import org.broadleafcommerce.common.currency.util.BroadleafCurrencyUtils;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.FulfillmentGroupFee;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.FulfillmentGroupService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The add-on step of Broadleaf's pricing workflow (order 2500: after {@code blOfferActivity} has set the merchandise
 * subtotal and {@code blConsolidateFulfillmentFeesActivity} has added the SKUs' fees, before {@code blTotalActivity}
 * adds every fulfillment group fee to the order's total). For a cart (status IN_PROCESS) it makes the first
 * fulfillment group carry exactly one fee per chosen add-on that is still on, priced by the engine from the current
 * subtotal ({@link AddOn#price}): an existing fee of the plugin is updated in place, a missing one created, any other
 * one of the plugin (an add-on no longer chosen, a duplicate, a fee on another group) removed, so repeated pricing
 * never adds up fees and a percentage follows the subtotal. An add-on switched off or deleted in the admin is dropped
 * from the cart's choice at its next pricing (recorded once). A submitted order is never touched: it keeps what it was
 * charged. Broadleaf's own fees are left as they are. A failure never breaks pricing: it is recorded with the order's
 * id and the order is priced without add-ons.
 */
public class AddOnPricingActivity extends BaseActivity<ProcessContext<Order>> {

    static final String FAILURE_KIND = "addon:pricing";

    private final AddOnsSource addOns;
    private final FulfillmentGroupService fulfillmentGroupService;
    private final FailureSink failures;

    public AddOnPricingActivity(AddOnsSource addOns, FulfillmentGroupService fulfillmentGroupService,
            FailureSink failures) {
        this.addOns = addOns;
        this.fulfillmentGroupService = fulfillmentGroupService;
        this.failures = failures;
        setOrder(2500);
    }

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        Order order = context.getSeedData();
        if (order == null || (order.getStatus() != null && !OrderStatus.IN_PROCESS.equals(order.getStatus()))) {
            return context;
        }
        try {
            price(order);
        } catch (RuntimeException e) {
            failures.record(FAILURE_KIND, "pricing the add-ons " + OrderAddOns.chosen(order) + " of order "
                    + order.getId() + "; priced without add-ons", e);
            try {
                reconcile(order, new LinkedHashMap<Long, AddOnFee>());
            } catch (RuntimeException ignored) {
                // the order could not be read at all; Broadleaf's own steps will fail on it with their own message
            }
        }
        return context;
    }

    private void price(Order order) {
        Set<Long> stored = OrderAddOns.chosen(order);
        Map<Long, AddOnFee> wanted = new LinkedHashMap<Long, AddOnFee>();
        if (!stored.isEmpty()) {
            List<Long> dropped = new ArrayList<Long>();
            List<AddOn> kept = AddOnChoice.stillChosen(addOns.current(), stored, dropped);
            if (!dropped.isEmpty()) {
                OrderAddOns.store(order, AddOnChoice.format(kept));
                failures.record("addon:dropped", "order " + order.getId() + ": add-ons " + dropped
                        + " are off or gone; dropped from the cart's choice", null);
            }
            if (OrderAddOns.hasItems(order)) {
                BigDecimal subtotal = subtotal(order);
                for (AddOn a : kept) {
                    wanted.put(a.getId(), new AddOnFee(a.getName(), a.price(subtotal)));
                }
            }
        }
        reconcile(order, wanted);
    }

    /** Makes the plugin's fees exactly {@code wanted}, on the first fulfillment group. */
    private void reconcile(Order order, Map<Long, AddOnFee> wanted) {
        List<FulfillmentGroup> groups = order.getFulfillmentGroups();
        if (groups == null || groups.isEmpty()) {
            return;
        }
        Set<Long> done = new HashSet<Long>();
        for (int g = 0; g < groups.size(); g++) {
            Iterator<FulfillmentGroupFee> it = groups.get(g).getFulfillmentGroupFees().iterator();
            while (it.hasNext()) {
                FulfillmentGroupFee fee = it.next();
                Long id = OrderAddOns.addOnId(fee);
                if (id == null) {
                    continue;
                }
                AddOnFee w = wanted.get(id);
                if (g == 0 && w != null && done.add(id)) {
                    w.applyTo(fee, order);
                } else {
                    it.remove(); // orphan removal deletes the row
                }
            }
        }
        FulfillmentGroup first = groups.get(0);
        Set<Long> missing = new LinkedHashSet<Long>(wanted.keySet());
        missing.removeAll(done);
        for (Long id : missing) {
            FulfillmentGroupFee fee = fulfillmentGroupService.createFulfillmentGroupFee();
            fee.setFulfillmentGroup(first);
            fee.setReportingCode(OrderAddOns.FEE_CODE_PREFIX + id);
            fee.setTaxable(Boolean.FALSE);
            wanted.get(id).applyTo(fee, order);
            first.addFulfillmentGroupFee(fee);
        }
    }

    private static BigDecimal subtotal(Order order) {
        Money subTotal = order.getSubTotal() != null ? order.getSubTotal() : order.calculateSubTotal();
        BigDecimal v = subTotal == null ? BigDecimal.ZERO : subTotal.getAmount();
        return v.signum() < 0 ? BigDecimal.ZERO : v;
    }

    /** The name and amount one add-on's fee should carry. */
    private static final class AddOnFee {
        final String name;
        final BigDecimal amount;

        AddOnFee(String name, BigDecimal amount) {
            this.name = name;
            this.amount = amount;
        }

        void applyTo(FulfillmentGroupFee fee, Order order) {
            fee.setName(name);
            fee.setAmount(BroadleafCurrencyUtils.getMoney(amount, order.getCurrency()));
        }
    }
}
