package io.uplift.web.order;

import io.uplift.broadleaf.order.FollowUpOrderService;
import io.uplift.broadleaf.order.OrderCancellationService;
import io.uplift.engine.event.Attribution;
import io.uplift.engine.order.Cancellation;
import io.uplift.engine.order.CancellationRefused;
import io.uplift.web.cart.QuickAddController;
import io.uplift.web.event.StorefrontEvents;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.WebUtils;
import io.uplift.widget.bundle.BundleTokens;
import javax.servlet.http.HttpSession;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import javax.servlet.http.HttpServletRequest;

/**
 * The storefront's actions on a placed order of the caller (Broadleaf's CSRF token required, like every POST; plain
 * form posts that redirect back with a message in the flash attributes {@value #MESSAGE} and {@value #OK}):
 * <ul>
 * <li>{@code POST /uplift/order/cancel} ({@code orderNumber}, {@code lineId}: a line id, or {@code all} for the
 * whole order): cancels the line with its protection plans ({@link OrderCancellationService});</li>
 * <li>{@code POST /uplift/order/add} ({@code orderNumber}, {@code productId}, optional {@code price}: the unit price
 * shown, only compared): adds the product to the open order as a linked follow-up order
 * ({@link FollowUpOrderService}).</li>
 * </ul>
 * Refused with a message quoting the bad value and nothing changed: another customer's order or an unknown one (the
 * same answer for both), malformed ids, a shipped or cancelled order, a line already cancelled, a changed price; and
 * for an add, a token this session's confirmation page did not render for that order, or a product that rendering
 * did not offer ({@link OrderOfferTokens}).
 */
@Controller
public class PlacedOrderController {

    private static final Log LOG = LogFactory.getLog(PlacedOrderController.class);

    public static final String CANCEL_PATH = "/uplift/order/cancel";
    public static final String ADD_PATH = "/uplift/order/add";
    /** Session attribute: the add-to-order tokens this session has used. */
    public static final String USED_TOKENS = "uplift.orderAddTokens";
    /** Flash attribute: the message of the last order action. */
    public static final String MESSAGE = "upliftOrderMessage";
    /** Flash attribute: whether the last order action was done. */
    public static final String OK = "upliftOrderOk";

    private static final String NUMBER = "[A-Za-z0-9-]{1,40}";

    private final OrderCancellationService cancellations;
    private final FollowUpOrderService followUps;

    private StorefrontEvents events;

    /**
     * Attribution (optional): with the form's {@code upliftWidget}, the follow-up order's line carries the
     * {@code upliftSource} order item attribute (its checkout records the purchase) and an {@code ADD_TO_CART}.
     */
    public void setEvents(StorefrontEvents events) {
        this.events = events;
    }

    public PlacedOrderController(OrderCancellationService cancellations, FollowUpOrderService followUps) {
        this.cancellations = cancellations;
        this.followUps = followUps;
    }

    @RequestMapping(value = CANCEL_PATH, method = RequestMethod.POST)
    public String cancel(HttpServletRequest request, RedirectAttributes redirect,
            @RequestParam(value = "orderNumber", required = false) String orderNumber,
            @RequestParam(value = "lineId", required = false) String lineIdText,
            @RequestParam(value = "returnTo", required = false) String returnTo) {
        String message;
        boolean ok = false;
        Long lineId = "all".equals(lineIdText) ? null : QuickAddController.parseId(lineIdText);
        if (orderNumber == null || !orderNumber.matches(NUMBER)) {
            message = "That order number is malformed: '" + orderNumber + "'.";
        } else if (lineId == null && !"all".equals(lineIdText)) {
            message = "That order line does not exist: '" + lineIdText + "'.";
        } else {
            try {
                Cancellation c = cancellations.cancel(orderNumber, customerId(request), lineId).getCancellation();
                ok = true;
                message = (c.isOrderCancelled() ? "Order " + orderNumber + " is cancelled."
                        : c.getLineIds().size() == 1 ? "Cancelled 1 line." : "Cancelled " + c.getLineIds().size()
                        + " lines (the item and its protection plan).") + " We will refund " + money(c.getRefund()) + ".";
            } catch (CancellationRefused e) {
                LOG.info("cancellation refused for order " + orderNumber + ", line " + lineIdText + ": " + e.getMessage());
                message = e.getMessage();
            }
        }
        return back(redirect, ok, message, returnTo);
    }

    @RequestMapping(value = ADD_PATH, method = RequestMethod.POST)
    public String add(HttpServletRequest request, RedirectAttributes redirect,
            @RequestParam(value = "orderNumber", required = false) String orderNumber,
            @RequestParam(value = "productId", required = false) String productIdText,
            @RequestParam(value = "price", required = false) String priceText,
            @RequestParam(value = "token", required = false) String token,
            @RequestParam(value = "returnTo", required = false) String returnTo) {
        String message;
        boolean ok = false;
        Long productId = QuickAddController.parseId(productIdText);
        if (!BundleTokens.isWellFormed(token)) {
            message = outOfDate(token);
        } else if (orderNumber == null || !orderNumber.matches(NUMBER)) {
            message = "That order number is malformed: '" + orderNumber + "'.";
        } else if (productId == null) {
            message = "That product does not exist: '" + productIdText + "'.";
        } else if (priceText != null && !priceText.trim().isEmpty()
                && !priceText.trim().matches("\\d{1,9}(\\.\\d{1,2})?")) {
            message = "The price is malformed: '" + priceText + "'. Please reload the page and try again.";
        } else {
            BigDecimal shown = priceText == null || priceText.trim().isEmpty() ? null : new BigDecimal(priceText.trim());
            HttpSession session = request.getSession(true);
            // one follow-up order per rendered offer: a double click or a resent form waits here and orders nothing
            synchronized (WebUtils.getSessionMutex(session)) {
                BundleTokens.Used used = (BundleTokens.Used) session.getAttribute(USED_TOKENS);
                if (used == null) {
                    used = new BundleTokens.Used();
                }
                OrderOfferTokens.Refusal refusal = OrderOfferTokens.check(session, token, orderNumber, productId);
                if (used.contains(token)) {
                    ok = true;
                    message = "Already added to your order " + orderNumber + ".";
                } else if (refusal == OrderOfferTokens.Refusal.UNKNOWN_TOKEN) {
                    message = outOfDate(token);
                } else if (refusal == OrderOfferTokens.Refusal.NOT_OFFERED) {
                    message = "That product was not offered for order " + orderNumber + ": '" + productIdText
                            + "'. Please reload the page and try again.";
                } else {
                    try {
                        Attribution source = events == null ? null
                                : events.source(request);
                        Order placed = followUps.add(orderNumber, customerId(request), productId, shown,
                                source == null ? null : source.toText());
                        if (source != null) {
                            events.addedToCart(request, source, productId, placed.getOrderItems().get(0).getId());
                        }
                        used.add(token);
                        session.setAttribute(USED_TOKENS, used);
                        ok = true;
                        message = "Added " + placed.getOrderItems().get(0).getName() + " to your order: order "
                                + placed.getOrderNumber() + " (" + money(placed.getTotal().getAmount())
                                + " with shipping) ships with order " + orderNumber
                                + " to the same address, paid the same way.";
                    } catch (FollowUpOrderService.Refused e) {
                        message = e.getMessage();
                    }
                }
            }
        }
        return back(redirect, ok, message, returnTo);
    }

    /** The answer to a token that is malformed or was not rendered by this session's pages for that order. */
    private static String outOfDate(String token) {
        return "This offer is out of date: '" + token + "'. Please reload the page and try again.";
    }

    /** "$1,208.90". */
    static String money(BigDecimal amount) {
        return String.format(java.util.Locale.US, "$%,.2f", amount);
    }

    private static Long customerId(HttpServletRequest request) {
        Customer customer = CustomerState.getCustomer(request);
        return customer == null ? null : customer.getId();
    }

    private static String back(RedirectAttributes redirect, boolean ok, String message, String returnTo) {
        redirect.addFlashAttribute(MESSAGE, message);
        redirect.addFlashAttribute(OK, ok);
        return "redirect:" + QuickAddController.safeReturn(returnTo);
    }
}
