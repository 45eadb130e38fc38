package io.uplift.broadleaf.event;

import java.math.BigDecimal;
import java.time.Instant;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.domain.OrderItemAttribute;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import io.uplift.engine.FailureSink;
import io.uplift.engine.event.Attribution;
import io.uplift.engine.event.Event;
import io.uplift.engine.event.EventType;

/**
 * A step of Broadleaf's checkout workflow (order 7100, after {@code blCompleteOrderActivity} has submitted the order
 * and after the learner's hook): one {@code PURCHASE} event for each line of the order that carries an
 * {@value #ATTRIBUTE} order item attribute (set when the line was added from a suggestion), with the line's revenue
 * ({@link OrderItem#getTotalPrice()}: its quantity at its final price, after item-level discounts) and the order id.
 * The event's page view id is {@code item:<orderItemId>}, so its idempotency key is unique per order line: a second
 * run for the same order (a retried workflow, another node) stores nothing more. Queued to the
 * {@link EventRecorder} (written in the background); never throws, a plugin must not fail a checkout.
 */
public class PurchaseEventsActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    /** The order item attribute holding the line's {@link Attribution#toText()}. */
    public static final String ATTRIBUTE = "upliftSource";

    private final EventRecorder recorder;
    private final FailureSink failures;

    public PurchaseEventsActivity(EventRecorder recorder, FailureSink failures) {
        this.recorder = recorder;
        this.failures = failures;
        setOrder(7100);
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        try {
            record(order, Instant.now());
        } catch (RuntimeException e) {
            failures.record("events:purchase", "recording the purchases of order " + order.getId(), e);
        }
        return context;
    }

    /** Queues the purchases of the order's attributed lines; returns how many. */
    public int record(Order order, Instant at) {
        int n = 0;
        String visitor = visitorKey(order);
        for (OrderItem item : order.getOrderItems()) {
            Attribution source = attribution(item);
            if (source == null || !(item instanceof DiscreteOrderItem)
                    || ((DiscreteOrderItem) item).getProduct() == null) {
                continue;
            }
            BigDecimal revenue = item.getTotalPrice() == null ? BigDecimal.ZERO : item.getTotalPrice().getAmount();
            Event e = new Event(EventType.PURCHASE, visitor, "item:" + item.getId(), source,
                    ((DiscreteOrderItem) item).getProduct().getId(), at);
            recorder.recordPurchase(e, order.getId(), revenue);
            n++;
        }
        return n;
    }

    /** The line's attribution, or null when it has none (or an unreadable one, which is counted). */
    public Attribution attribution(OrderItem item) {
        OrderItemAttribute a = item.getOrderItemAttributes() == null ? null
                : item.getOrderItemAttributes().get(ATTRIBUTE);
        if (a == null || a.getValue() == null) {
            return null;
        }
        try {
            return Attribution.parse(a.getValue());
        } catch (IllegalArgumentException e) {
            failures.record("events:attribution", "order item " + item.getId(), e);
            return null;
        }
    }

    /** The visitor key of events: {@code c:<customerId>} (Broadleaf gives anonymous shoppers a customer id too). */
    public static String visitorKey(Order order) {
        String key = io.uplift.broadleaf.customer.VisitorKeys.of(order.getCustomer());
        return key == null ? "c:unknown" : key;
    }
}
