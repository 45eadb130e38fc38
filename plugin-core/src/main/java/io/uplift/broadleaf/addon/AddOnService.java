package io.uplift.broadleaf.addon;

import io.uplift.engine.addon.AddOn;
import io.uplift.engine.addon.AddOnChoice;
import io.uplift.engine.addon.AddOnsSource;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A shopper's choice of checkout add-ons on their cart, through Broadleaf's {@link OrderService} in one transaction:
 * the engine checks the request ({@link AddOnChoice#check}: known, switched-on ids, each once; an echoed price only
 * compared), the choice is stored on the order ({@link OrderAddOns#ATTRIBUTE}) and the order is priced, where
 * {@link AddOnPricingActivity} turns it into fees. Any refusal leaves the cart unchanged and carries a message for the
 * shopper.
 */
public class AddOnService {

    private final OrderService orderService;
    private final AddOnsSource addOns;
    private final TransactionTemplate transaction;

    public AddOnService(OrderService orderService, AddOnsSource addOns, PlatformTransactionManager transactionManager) {
        this.orderService = orderService;
        this.addOns = addOns;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The add-ons shoppers can choose now, in display order. */
    public List<AddOn> offered() {
        return addOns.current().active();
    }

    /**
     * Sets the cart's add-ons to exactly the requested ones (none: removes them all) and prices the cart.
     *
     * @param idTexts     the ids as sent
     * @param shownPrices the prices the shopper was shown, by id as sent; only compared
     * @return the priced cart
     * @throws AddOnRefused with a message for the shopper; the cart is unchanged
     */
    public Order choose(final long cartId, final Collection<String> idTexts, final Map<String, String> shownPrices) {
        return transaction.execute(new TransactionCallback<Order>() {
            @Override
            public Order doInTransaction(TransactionStatus status) {
                Order cart = orderService.findOrderById(cartId);
                if (cart == null || !OrderStatus.IN_PROCESS.equals(cart.getStatus())) {
                    throw new AddOnRefused("Your cart cannot be changed any more.");
                }
                Money sub = cart.getSubTotal();
                List<AddOn> chosen;
                try {
                    chosen = AddOnChoice.check(addOns.current(), idTexts, shownPrices,
                            sub == null ? BigDecimal.ZERO : sub.getAmount().max(BigDecimal.ZERO),
                            currency(cart));
                } catch (AddOnChoice.Refused e) {
                    throw new AddOnRefused(e.getMessage());
                }
                OrderAddOns.store(cart, AddOnChoice.format(chosen));
                try {
                    return orderService.save(cart, true);
                } catch (PricingException e) {
                    throw new AddOnRefused("Sorry, your add-ons could not be saved; your cart is unchanged.", e);
                }
            }
        });
    }

    static String currency(Order order) {
        return order.getCurrency() == null ? null : order.getCurrency().getCurrencyCode();
    }
}
