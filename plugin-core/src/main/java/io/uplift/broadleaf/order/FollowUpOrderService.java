package io.uplift.broadleaf.order;

import io.uplift.broadleaf.event.PurchaseEventsActivity;

import io.uplift.broadleaf.bundle.CheckoutInventoryActivity;
import io.uplift.engine.order.ConfirmationOffer;
import io.uplift.engine.warranty.WarrantyPlansSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.inventory.service.InventoryService;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderAttribute;
import org.broadleafcommerce.core.order.domain.OrderAttributeImpl;
import org.broadleafcommerce.core.order.service.FulfillmentGroupService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.service.AddressService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * "Add to your order" on the confirmation page, done honestly with Broadleaf 3.1, which cannot change a submitted
 * order: a <b>linked follow-up order</b>. One click creates a new order for the same customer holding the product,
 * shipped to a copy of the original's address with its fulfillment option, paid the way the original was (only
 * Broadleaf's pass-through payments, e.g. cash on delivery: a card cannot be charged again without the shopper),
 * priced by Broadleaf's pricing workflow and checked out through Broadleaf's real checkout workflow
 * ({@code blCheckoutWorkflow}: stock check, payment confirmation, order number, the plugin's learning hook). The new
 * order carries the order attribute {@value PlacedOrders#FOLLOW_UP_OF} with the original's number, so order history
 * and both confirmation pages show them linked.
 *
 * <p>Only while the original is open ({@link ConfirmationOffer#ADD_TO_ORDER}: not fulfilled, not cancelled). The
 * price a form echoes is only compared with the server's; the order is charged what Broadleaf prices.</p>
 */
public class FollowUpOrderService {

    private static final Log LOG = LogFactory.getLog(FollowUpOrderService.class);

    private final OrderService orderService;
    private final CatalogService catalogService;
    private final InventoryService inventoryService;
    private final FulfillmentGroupService fulfillmentGroupService;
    private final AddressService addressService;
    private final OrderPaymentService paymentService;
    private final CheckoutService checkoutService;
    private final WarrantyPlansSource warrantyPlans;
    private final TransactionTemplate transaction;

    public FollowUpOrderService(OrderService orderService, CatalogService catalogService,
            InventoryService inventoryService, FulfillmentGroupService fulfillmentGroupService,
            AddressService addressService, OrderPaymentService paymentService, CheckoutService checkoutService,
            WarrantyPlansSource warrantyPlans, PlatformTransactionManager transactionManager) {
        this.orderService = orderService;
        this.catalogService = catalogService;
        this.inventoryService = inventoryService;
        this.fulfillmentGroupService = fulfillmentGroupService;
        this.addressService = addressService;
        this.paymentService = paymentService;
        this.checkoutService = checkoutService;
        this.warrantyPlans = warrantyPlans;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** A follow-up order refused; the message is for the shopper, nothing was ordered. */
    public static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    /** The price the server charges for one unit of the product (its default SKU's current price), 2 decimals. */
    public static BigDecimal unitPrice(Sku sku) {
        Money price = sku.getPrice();
        return price == null ? null : price.getAmount().setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Adds one unit of the product to the open order {@code originalNumber} of the customer, as a linked follow-up
     * order checked out at once.
     *
     * @param shownPrice the unit price the shopper saw, or {@code null}; only compared, never charged
     * @return the placed follow-up order
     * @throws Refused with a message for the shopper; nothing ordered
     */
    public Order add(final String originalNumber, final Long customerId, final long productId, BigDecimal shownPrice) {
        return add(originalNumber, customerId, productId, shownPrice, null);
    }

    /**
     * {@link #add(String, Long, long, BigDecimal)} from a suggestion: the follow-up order's line carries
     * {@code attribution} as its {@code upliftSource} order item attribute (null: none), so its checkout records the
     * purchase.
     */
    public Order add(final String originalNumber, final Long customerId, final long productId, BigDecimal shownPrice,
            final String attribution) {
        final Order original = originalNumber == null ? null : orderService.findOrderByOrderNumber(originalNumber);
        if (original == null || customerId == null || original.getCustomer() == null
                || !customerId.equals(original.getCustomer().getId()) || !PlacedOrders.isPlaced(original)) {
            throw new Refused("We could not find that order among yours: '" + originalNumber + "'.");
        }
        if (PlacedOrders.offer(original) != ConfirmationOffer.ADD_TO_ORDER) {
            throw new Refused(PlacedOrders.isCancelled(original) ? "This order is cancelled; nothing can be added to it."
                    : "This order has already been shipped; add the product to your cart for next time.");
        }
        final Product product = catalogService.findProductById(productId);
        final Sku sku = product == null ? null : product.getDefaultSku();
        if (product == null || sku == null || !product.isActive() || !sku.isActive()
                || warrantyPlans.current().isPlanProduct(productId)) {
            throw new Refused("That product cannot be added to your order: '" + productId + "'.");
        }
        BigDecimal price = unitPrice(sku);
        if (shownPrice != null && (price == null || shownPrice.compareTo(price) != 0)) {
            throw new Refused("The price of " + product.getName() + " is now $" + price + ", not $" + shownPrice
                    + ". Please look again before adding it.");
        }
        if (!inventoryService.isAvailable(sku, 1)) {
            throw new Refused("Sorry, " + product.getName() + " is not available.");
        }
        final OrderPayment originalPayment = passThroughPayment(original);
        final FulfillmentGroup originalGroup = fulfillmentGroupService.getFirstShippableFulfillmentGroup(original);
        if (originalPayment == null || originalGroup == null || originalGroup.getAddress() == null) {
            throw new Refused("This order was not paid on delivery; please add " + product.getName()
                    + " to your cart and check out.");
        }
        Order draft = transaction.execute(new TransactionCallback<Order>() {
            @Override
            public Order doInTransaction(TransactionStatus status) {
                try {
                    return draft(original, originalGroup, originalPayment.getType(), product, sku, attribution);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        try {
            Order placed = checkoutService.performCheckout(draft).getOrder();
            LOG.info("order " + placed.getOrderNumber() + " adds " + product.getName() + " to order " + originalNumber);
            return placed;
        } catch (Exception e) {
            String message = CheckoutInventoryActivity.shopperMessage(e);
            LOG.warn("follow-up order of " + originalNumber + " for product " + productId + " failed at checkout", e);
            discard(draft);
            throw new Refused(message != null ? message
                    : "Sorry, " + product.getName() + " could not be added to your order. Please try again.");
        }
    }

    /** The new order, priced, with the copied address, the fulfillment option and the pass-through payment. */
    private Order draft(Order original, FulfillmentGroup originalGroup, PaymentType paymentType, Product product,
            Sku sku, String attribution) throws Exception {
        Order order = orderService.createNamedOrderForCustomer("Addition to order " + original.getOrderNumber(),
                original.getCustomer());
        order.setEmailAddress(original.getEmailAddress());
        OrderAttribute link = new OrderAttributeImpl();
        link.setName(PlacedOrders.FOLLOW_UP_OF);
        link.setValue(original.getOrderNumber());
        link.setOrder(order);
        order.getOrderAttributes().put(PlacedOrders.FOLLOW_UP_OF, link);
        order = orderService.save(order, false);
        OrderItemRequestDTO item = new OrderItemRequestDTO(product.getId(), sku.getId(), 1);
        if (attribution != null) {
            item.getItemAttributes().put(PurchaseEventsActivity.ATTRIBUTE, attribution);
        }
        order = orderService.addItem(order.getId(), item, false);
        FulfillmentGroup group = fulfillmentGroupService.getFirstShippableFulfillmentGroup(order);
        if (group == null) {
            throw new IllegalStateException("order " + order.getId() + " has no shippable fulfillment group");
        }
        group.setAddress(copy(originalGroup.getAddress()));
        group.setFulfillmentOption(originalGroup.getFulfillmentOption());
        order = orderService.save(order, true);

        OrderPayment payment = paymentService.create();
        payment.setType(paymentType);
        payment.setPaymentGatewayType(PaymentGatewayType.PASSTHROUGH);
        payment.setAmount(order.getTotalAfterAppliedPayments());
        payment.setOrder(order);
        PaymentTransaction t = paymentService.createTransaction();
        t.setAmount(order.getTotalAfterAppliedPayments());
        t.setRawResponse("Passthrough Payment (Uplift: addition to order " + original.getOrderNumber() + ")");
        t.setSuccess(true);
        t.setType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
        t.setOrderPayment(payment);
        payment.addTransaction(t);
        orderService.addPaymentToOrder(order, payment, null);
        return orderService.save(order, true);
    }

    private Address copy(Address from) {
        Address a = addressService.create();
        a.setFirstName(from.getFirstName());
        a.setLastName(from.getLastName());
        a.setCompanyName(from.getCompanyName());
        a.setAddressLine1(from.getAddressLine1());
        a.setAddressLine2(from.getAddressLine2());
        a.setCity(from.getCity());
        a.setState(from.getState());
        a.setPostalCode(from.getPostalCode());
        a.setCountry(from.getCountry());
        a.setEmailAddress(from.getEmailAddress());
        return a;
    }

    /** The original's active pass-through payment, or {@code null} when it was paid another way. */
    private static OrderPayment passThroughPayment(Order order) {
        for (OrderPayment p : order.getPayments()) {
            if (p.isActive() && PaymentGatewayType.PASSTHROUGH.equals(p.getGatewayType())) {
                return p;
            }
        }
        return null;
    }

    private void discard(final Order draft) {
        try {
            transaction.execute(new TransactionCallback<Object>() {
                @Override
                public Object doInTransaction(TransactionStatus status) {
                    Order o = orderService.findOrderById(draft.getId());
                    if (o != null && !PlacedOrders.isPlaced(o)) {
                        orderService.cancelOrder(o);
                    }
                    return null;
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("could not discard the unplaced follow-up order " + draft.getId(), e);
        }
    }
}
