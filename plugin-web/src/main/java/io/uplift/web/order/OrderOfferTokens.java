package io.uplift.web.order;

import io.uplift.slot.SlotView;
import io.uplift.slot.WidgetView;
import io.uplift.widget.order.OrderOffers;
import org.springframework.web.util.WebUtils;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/**
 * What the add-to-order forms of this session's confirmation pages offered: each rendering's token, the order it was
 * for and the products on its cards. The confirmation slot remembers them as it renders ({@link #remember}); the add
 * action ({@link PlacedOrderController}) orders only a product offered under the token it gets, for that order, so a
 * hand-made request cannot add an arbitrary product to a placed order. The latest {@link #CAPACITY} renderings are
 * kept per session (older pages answer "out of date"; a reload offers again).
 */
public final class OrderOfferTokens implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Session attribute holding this class. */
    public static final String SESSION_ATTRIBUTE = "uplift.orderOfferTokens";
    /** Renderings remembered per session. */
    public static final int CAPACITY = 50;

    private final LinkedHashMap<String, Offered> offers = new LinkedHashMap<String, Offered>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Offered> eldest) {
            return size() > CAPACITY;
        }
    };

    /** One rendering's offer: the order and its cards' products. */
    static final class Offered implements Serializable {
        private static final long serialVersionUID = 1L;
        final String orderNumber;
        final Set<Long> productIds;

        Offered(String orderNumber, Set<Long> productIds) {
            this.orderNumber = orderNumber;
            this.productIds = Collections.unmodifiableSet(new LinkedHashSet<Long>(productIds));
        }
    }

    /** Why an add is refused. */
    public enum Refusal {
        /** The token was not issued to this session (or is too old), or was issued for another order. */
        UNKNOWN_TOKEN,
        /** The product was not on the cards of that rendering. */
        NOT_OFFERED
    }

    /** Remembers the add-to-order offers of a rendered slot (nothing for a slot without them). */
    public static void remember(HttpServletRequest request, SlotView view) {
        for (WidgetView w : view.getWidgets()) {
            if (!(w.getDetail() instanceof OrderOffers) || !((OrderOffers) w.getDetail()).isAddToOrder()) {
                continue;
            }
            OrderOffers o = (OrderOffers) w.getDetail();
            HttpSession session = request.getSession(true);
            synchronized (WebUtils.getSessionMutex(session)) {
                OrderOfferTokens tokens = (OrderOfferTokens) session.getAttribute(SESSION_ATTRIBUTE);
                if (tokens == null) {
                    tokens = new OrderOfferTokens();
                }
                tokens.put(o.getToken(), o.getOrderNumber(), o.getPrices().keySet());
                session.setAttribute(SESSION_ATTRIBUTE, tokens); // set again: a replicated session sees the change
            }
        }
    }

    /**
     * Why the session may not add {@code productId} to {@code orderNumber} under {@code token}, or null when that
     * rendering offered it. The caller holds the session's lock.
     */
    public static Refusal check(HttpSession session, String token, String orderNumber, long productId) {
        Object held = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return held instanceof OrderOfferTokens ? ((OrderOfferTokens) held).refusal(token, orderNumber, productId)
                : Refusal.UNKNOWN_TOKEN;
    }

    synchronized void put(String token, String orderNumber, Set<Long> productIds) {
        offers.put(token, new Offered(orderNumber, productIds));
    }

    synchronized Refusal refusal(String token, String orderNumber, long productId) {
        Offered o = token == null ? null : offers.get(token);
        if (o == null || !o.orderNumber.equals(orderNumber)) {
            return Refusal.UNKNOWN_TOKEN;
        }
        return o.productIds.contains(productId) ? null : Refusal.NOT_OFFERED;
    }

    synchronized int size() {
        return offers.size();
    }
}
