package io.uplift.web.slot;

import io.uplift.broadleaf.customer.CustomerPurchasesCache;
import io.uplift.broadleaf.customer.VisitorKeys;
import io.uplift.engine.CartLine;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.journey.Journey;
import io.uplift.engine.journey.OfferLimits;
import io.uplift.engine.journey.OfferLimitsSource;
import io.uplift.engine.nudge.CartShipping;
import io.uplift.web.page.UpliftPage;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.service.type.FulfillmentType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/**
 * Builds the {@link SuggestionContext} of a slot from the request, without I/O: the cart from Broadleaf's
 * {@link CartState}, the customer from {@link CustomerState} (purchases from the in-memory
 * {@link CustomerPurchasesCache}), recently viewed products from the session, and one {@code PageState} per
 * request shared by all slots of the page (in the request's {@link UpliftPage}). Also records product views.
 */
public class ShopperContext {

    /** Session attribute: recently viewed product ids, most recent first. */
    public static final String RECENTLY_VIEWED = "uplift.recentlyViewed";
    /** Recently viewed products remembered per session. */
    public static final int MAX_VIEWED = 12;

    /** Session attribute: the visit's {@link Journey} (frequency caps). */
    public static final String JOURNEY = "uplift.journey";

    private final CustomerPurchasesCache purchases;
    private final OfferLimitsSource limits;

    public ShopperContext(CustomerPurchasesCache purchases) {
        this(purchases, OfferLimitsSource.of(OfferLimits.NONE));
    }

    /** @param limits the merchandiser's frequency caps (Uplift &gt; Offer limits), read without I/O */
    public ShopperContext(CustomerPurchasesCache purchases, OfferLimitsSource limits) {
        this.purchases = purchases;
        this.limits = limits;
    }

    /**
     * @param productId the viewed product, or null
     * @param order     the order of a confirmation page (its products count as the cart), or null
     */
    public SuggestionContext build(HttpServletRequest request, Long productId, Order order) {
        SuggestionContext.Builder b = SuggestionContext.builder().product(productId);
        UpliftPage scope = request == null ? null : UpliftPage.of(request);
        if (order != null) {
            b.cart(productsOf(order));
        } else {
            Order cart = CartState.getCart();
            Object held = scope == null ? null : scope.getCartFacts();
            CartFacts facts = held instanceof CartFacts ? (CartFacts) held : null;
            if (facts == null || facts.cart != cart) {
                // once per page (a page has several slots; the cart does not change while the page renders)
                facts = new CartFacts(cart, productsOf(cart), linesOf(cart), shippingOf(cart));
                if (scope != null) {
                    scope.setCartFacts(facts);
                }
            }
            b.cart(facts.products).lines(facts.lines).shipping(facts.shipping);
        }
        Customer customer = request == null ? CustomerState.getCustomer() : CustomerState.getCustomer(request);
        // the visitor's one key (events, experiments, exposures): Broadleaf's customer, anonymous ones included
        String visitor = VisitorKeys.of(customer);
        if (visitor == null) {
            visitor = "";
        }
        if (customer != null && customer.getId() != null && customer.isRegistered()) {
            b.customer(customer.getId()).purchased(purchases.get(customer.getId()));
        }
        if (request != null) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                b.recentlyViewed(viewed(session));
            }
            SuggestionContext.PageState page = scope.getPageState();
            if (page == null) {
                Journey journey = session == null ? null : journey(session);
                page = journey == null ? new SuggestionContext.PageState()
                        : new SuggestionContext.PageState(journey, place(request), limits.current());
                scope.setPageState(page);
            }
            b.page(page);
        }
        return b.visitor(visitor).build();
    }

    /** What the slots of one page read from the cart, as its first slot read them (kept in its {@link UpliftPage}). */
    private static final class CartFacts {
        final Order cart;
        final Set<Long> products;
        final List<CartLine> lines;
        final CartShipping shipping;

        CartFacts(Order cart, Set<Long> products, List<CartLine> lines, CartShipping shipping) {
            this.cart = cart;
            this.products = products;
            this.lines = lines;
            this.shipping = shipping;
        }
    }

    /** The visit's journey, created on first use. */
    public static Journey journey(HttpSession session) {
        synchronized (session) {
            Object j = session.getAttribute(JOURNEY);
            if (j instanceof Journey) {
                return (Journey) j;
            }
            Journey created = new Journey();
            session.setAttribute(JOURNEY, created);
            return created;
        }
    }

    /** A page's place in the visit: its path within the site, without the query (a reload is the same place). */
    static String place(HttpServletRequest request) {
        String path = io.uplift.broadleaf.web.RequestPaths.withinApp(request);
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** Remembers that this session viewed the product (most recent first, at most {@link #MAX_VIEWED}). */
    @SuppressWarnings("unchecked")
    public static void recordView(HttpServletRequest request, long productId) {
        HttpSession session = request.getSession(true);
        synchronized (session) {
            LinkedList<Long> list = (LinkedList<Long>) session.getAttribute(RECENTLY_VIEWED);
            LinkedList<Long> next = list == null ? new LinkedList<Long>() : new LinkedList<Long>(list);
            next.remove(Long.valueOf(productId));
            next.addFirst(productId);
            while (next.size() > MAX_VIEWED) {
                next.removeLast();
            }
            session.setAttribute(RECENTLY_VIEWED, next);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Long> viewed(HttpSession session) {
        Object list = session.getAttribute(RECENTLY_VIEWED);
        return list instanceof List ? new ArrayList<Long>((List<Long>) list) : Collections.<Long>emptyList();
    }

    /** The cart's top-level product lines (child lines such as warranties are part of their parent). */
    static List<CartLine> linesOf(Order order) {
        if (order == null || order.getOrderItems() == null) {
            return Collections.emptyList();
        }
        List<CartLine> lines = new ArrayList<CartLine>();
        for (OrderItem item : order.getOrderItems()) {
            if (item instanceof DiscreteOrderItem && item.getParentOrderItem() == null && item.getId() != null
                    && ((DiscreteOrderItem) item).getProduct() != null && item.getQuantity() > 0) {
                lines.add(new CartLine(item.getId(), ((DiscreteOrderItem) item).getProduct().getId(), item.getQuantity()));
            }
        }
        return lines;
    }

    /**
     * The cart's amount as Broadleaf's banded shipping pricing compares it (the sum of the lines' totals after item
     * discounts, before order discounts: the order's subtotal, while every line is in one fulfillment group) and its
     * chosen shipping option. Nothing is read for an empty cart; the fulfillment groups only for a cart with items.
     */
    static CartShipping shippingOf(Order cart) {
        if (cart == null || cart.getItemCount() <= 0 || cart.getSubTotal() == null) {
            return CartShipping.EMPTY;
        }
        Long option = null;
        if (cart.getFulfillmentGroups() != null) {
            for (FulfillmentGroup group : cart.getFulfillmentGroups()) {
                if (group.getFulfillmentOption() != null && (group.getType() == null
                        || FulfillmentType.PHYSICAL_SHIP.equals(group.getType()))) {
                    option = group.getFulfillmentOption().getId();
                    break;
                }
            }
        }
        String currency = cart.getCurrency() == null ? null : cart.getCurrency().getCurrencyCode();
        return new CartShipping(cart.getSubTotal().getAmount().max(BigDecimal.ZERO), option, currency,
                cart.getItemCount());
    }

    static Set<Long> productsOf(Order order) {
        if (order == null || order.getOrderItems() == null) {
            return Collections.emptySet();
        }
        Set<Long> ids = new LinkedHashSet<Long>();
        for (OrderItem item : order.getOrderItems()) {
            if (item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getProduct() != null) {
                ids.add(((DiscreteOrderItem) item).getProduct().getId());
            }
        }
        return ids;
    }
}
