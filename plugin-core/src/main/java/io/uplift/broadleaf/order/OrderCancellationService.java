package io.uplift.broadleaf.order;

import io.uplift.engine.order.Cancellation;
import io.uplift.engine.order.CancellationRefused;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.FulfillmentGroupItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.domain.OrderItemAttribute;
import org.broadleafcommerce.core.order.domain.OrderItemAttributeImpl;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;

/**
 * Cancels a line of a placed order that is not fulfilled yet, or the whole order, on Broadleaf's own data, in one
 * transaction. Broadleaf 3.1 community has no cancellation of a placed order's lines ({@code OrderService.cancelOrder}
 * deletes a cart), so this records it on the rows Broadleaf has:
 * <ul>
 * <li>each cancelled line: order item attributes {@value PlacedOrders#CANCELLED} (when) and
 * {@value PlacedOrders#REFUNDED} (the amount), its fulfillment group items' status {@code CANCELLED}
 * ({@link UpliftFulfillmentStatus});</li>
 * <li>when no line is left: the order's status {@link OrderStatus#CANCELLED} and its fulfillment groups'
 * {@code CANCELLED};</li>
 * <li>the refund, computed here ({@link Cancellation}: what was paid for the lines, plus the shipping when the
 * order is cancelled), as a successful {@code REFUND} transaction on the order's payment (with the pass-through
 * payment of the demo the shop pays it back by hand, as it collected it).</li>
 * </ul>
 * A line's protection plans are always cancelled with it; a plan alone leaves its line. The order's totals stay what
 * was charged (Broadleaf's record of the sale); what is still owed is the total less the refunds.
 */
public class OrderCancellationService {

    private static final Log LOG = LogFactory.getLog(OrderCancellationService.class);

    static {
        // this bean is created at start (site and admin): from then on Broadleaf reads "CANCELLED" fulfillment statuses
        UpliftFulfillmentStatus.CANCELLED.getType();
    }

    private final OrderService orderService;
    private final OrderPaymentService paymentService;
    private final TransactionTemplate transaction;

    private io.uplift.engine.learn.LearningService learning;

    public OrderCancellationService(OrderService orderService, OrderPaymentService paymentService,
            PlatformTransactionManager transactionManager) {
        this.orderService = orderService;
        this.paymentService = paymentService;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** What a cancellation did. */
    public static final class Result {
        private final Cancellation cancellation;
        private final Order order;

        Result(Cancellation cancellation, Order order) {
            this.cancellation = cancellation;
            this.order = order;
        }

        public Cancellation getCancellation() {
            return cancellation;
        }

        public Order getOrder() {
            return order;
        }
    }

    /**
     * @param orderNumber the placed order's number
     * @param customerId  the caller; an order of another customer is refused like an unknown one
     * @param lineId      the line to cancel (with its plans), or {@code null} for the whole order
     * @throws CancellationRefused with a message for the shopper; nothing changed
     */
    public Result cancel(final String orderNumber, final Long customerId, final Long lineId) {
        Result result = transaction.execute(new TransactionCallback<Result>() {
            @Override
            public Result doInTransaction(TransactionStatus status) {
                return cancelInTransaction(orderNumber, customerId, lineId);
            }
        });
        if (result.getCancellation().isOrderCancelled() && learning != null) {
            // the co-purchase model learns submitted orders; a full rebuild (after the commit) reads SUBMITTED orders
            // only, so the cancelled order leaves the statistics and the model agrees with a rebuild again
            learning.requestRebuild();
        }
        return result;
    }

    /**
     * The learner to ask for a rebuild once a whole order is cancelled (its baskets then leave the co-purchase
     * statistics); unset: the order stays learned until the next rebuild.
     */
    public void setLearning(io.uplift.engine.learn.LearningService learning) {
        this.learning = learning;
    }

    private Result cancelInTransaction(String orderNumber, Long customerId, Long lineId) {
        Order order = orderNumber == null ? null : orderService.findOrderByOrderNumber(orderNumber);
        if (order == null || customerId == null || order.getCustomer() == null
                || !customerId.equals(order.getCustomer().getId()) || !PlacedOrders.isPlaced(order)) {
            throw new CancellationRefused("We could not find that order among yours: '" + orderNumber + "'.");
        }
        if (PlacedOrders.isCancelled(order)) {
            throw new CancellationRefused("This order is already cancelled.");
        }
        Cancellation c = Cancellation.of(PlacedOrders.lines(order), PlacedOrders.isFulfilled(order), lineId,
                PlacedOrders.shipping(order));
        String now = new Date().toInstant().toString();
        Set<Long> ids = new HashSet<Long>(c.getLineIds());
        for (OrderItem item : order.getOrderItems()) {
            if (!ids.contains(item.getId())) {
                continue;
            }
            String paid = PlacedOrders.paid(order, item).toPlainString();
            put(item, PlacedOrders.CANCELLED, now);
            put(item, PlacedOrders.REFUNDED, paid);
            for (FulfillmentGroupItem fgi : PlacedOrders.fulfillmentItems(order, item)) {
                fgi.setStatus(UpliftFulfillmentStatus.CANCELLED);
            }
        }
        if (c.isOrderCancelled()) {
            order.setStatus(OrderStatus.CANCELLED);
            for (FulfillmentGroup g : order.getFulfillmentGroups()) {
                g.setStatus(UpliftFulfillmentStatus.CANCELLED);
            }
        }
        recordRefund(order, c.getRefund());
        try {
            order = orderService.save(order, false);
        } catch (PricingException e) {
            throw new IllegalStateException("could not save the cancellation of order " + orderNumber, e);
        }
        LOG.info("order " + orderNumber + ": cancelled lines " + c.getLineIds() + ", refund " + c.getRefund()
                + (c.isOrderCancelled() ? ", order cancelled" : ""));
        return new Result(c, order);
    }

    private static void put(OrderItem item, String name, String value) {
        OrderItemAttribute a = item.getOrderItemAttributes().get(name);
        if (a == null) {
            a = new OrderItemAttributeImpl();
            a.setName(name);
            a.setOrderItem(item);
            item.getOrderItemAttributes().put(name, a);
        }
        a.setValue(value);
    }

    /** A successful REFUND transaction on the order's captured payment (none to record when nothing is refunded). */
    private void recordRefund(Order order, BigDecimal refund) {
        if (refund.signum() <= 0) {
            return;
        }
        for (OrderPayment payment : order.getPayments()) {
            if (!payment.isActive()) {
                continue;
            }
            PaymentTransaction captured = null;
            for (PaymentTransaction t : payment.getTransactions()) {
                if (PaymentTransactionType.AUTHORIZE_AND_CAPTURE.equals(t.getType())
                        || PaymentTransactionType.CAPTURE.equals(t.getType())) {
                    captured = t;
                }
            }
            if (captured == null) {
                continue;
            }
            PaymentTransaction t = paymentService.createTransaction();
            t.setType(PaymentTransactionType.REFUND);
            t.setAmount(new Money(refund, order.getCurrency()));
            t.setSuccess(true);
            t.setDate(new Date());
            t.setRawResponse("Uplift: cancelled lines of order " + order.getOrderNumber());
            t.setParentTransaction(captured);
            t.setOrderPayment(payment);
            payment.addTransaction(t);
            return;
        }
        LOG.warn("order " + order.getOrderNumber() + " has no captured payment to record a refund of " + refund + " on");
    }

    /** The refunds recorded on the order so far. */
    public static BigDecimal refunded(Order order) {
        BigDecimal sum = BigDecimal.ZERO;
        for (OrderPayment payment : order.getPayments()) {
            for (PaymentTransaction t : payment.getTransactions()) {
                if (PaymentTransactionType.REFUND.equals(t.getType()) && Boolean.TRUE.equals(t.getSuccess())) {
                    sum = sum.add(t.getAmount().getAmount());
                }
            }
        }
        return sum;
    }
}
