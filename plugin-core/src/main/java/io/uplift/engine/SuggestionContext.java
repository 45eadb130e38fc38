package io.uplift.engine;

import io.uplift.engine.nudge.CartShipping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What suggestions are for: the product being viewed (if any), the products already in the cart, and who is asking
 * (customer, the customer's past purchases, recently viewed products, a visitor key for rotation). Immutable except
 * for the {@link PageState} it carries, which the slots of one page share so that a product shows only once.
 */
public final class SuggestionContext {

    private final Long productId;
    private final Set<Long> cartProductIds;
    private final Long customerId;
    private final Set<Long> purchasedProductIds;
    private final List<Long> recentlyViewed;
    private final String visitorKey;
    private final PageState page;
    private final List<CartLine> cartLines;
    private final CartShipping cartShipping;

    public SuggestionContext(Long productId, Set<Long> cartProductIds) {
        this(new Builder().product(productId).cart(cartProductIds));
    }

    private SuggestionContext(Builder b) {
        this.productId = b.productId;
        this.cartProductIds = immutable(b.cartProductIds);
        this.customerId = b.customerId;
        this.purchasedProductIds = immutable(b.purchasedProductIds);
        this.recentlyViewed = b.recentlyViewed == null ? Collections.<Long>emptyList()
                : Collections.unmodifiableList(new ArrayList<Long>(b.recentlyViewed));
        this.visitorKey = b.visitorKey == null ? "" : b.visitorKey;
        this.page = b.page == null ? new PageState() : b.page;
        this.cartLines = b.cartLines == null ? Collections.<CartLine>emptyList()
                : Collections.unmodifiableList(new ArrayList<CartLine>(b.cartLines));
        this.cartShipping = b.cartShipping == null ? CartShipping.EMPTY : b.cartShipping;
    }

    private static Set<Long> immutable(Set<Long> ids) {
        return ids == null || ids.isEmpty() ? Collections.<Long>emptySet()
                : Collections.unmodifiableSet(new LinkedHashSet<Long>(ids));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The product being viewed, or {@code null} on pages without one. */
    public Long getProductId() {
        return productId;
    }

    /** Products already in the shopper's cart (or, on the confirmation page, in the order); never null. */
    public Set<Long> getCartProductIds() {
        return cartProductIds;
    }

    /** The signed-in customer, or {@code null} for an anonymous shopper. */
    public Long getCustomerId() {
        return customerId;
    }

    /** Products the customer bought before, as far as known; never null. */
    public Set<Long> getPurchasedProductIds() {
        return purchasedProductIds;
    }

    /** Products this shopper viewed recently, most recent first; never null. */
    public List<Long> getRecentlyViewed() {
        return recentlyViewed;
    }

    /** A stable key of the visitor (customer or session), used to rotate suggestions per visitor; never null. */
    public String getVisitorKey() {
        return visitorKey;
    }

    /** The cart's top-level lines (not on the confirmation page), in cart order; never null. */
    public List<CartLine> getCartLines() {
        return cartLines;
    }

    /** The cart's amount and chosen shipping option, for the free-shipping nudge; never null (empty: no cart). */
    public CartShipping getCartShipping() {
        return cartShipping;
    }

    /** State shared by the slots of one page; never null. */
    public PageState getPage() {
        return page;
    }

    /** The products the suggestions are about: the viewed product and the cart, viewed product first. */
    public Set<Long> getAnchorProductIds() {
        Set<Long> anchors = new LinkedHashSet<Long>();
        if (productId != null) {
            anchors.add(productId);
        }
        anchors.addAll(cartProductIds);
        return anchors;
    }

    /**
     * What the slots of one page share: the products already shown, so a later slot does not repeat them; and, when
     * the page belongs to a visit, the visit's {@link io.uplift.engine.journey.Journey} with this page as the place
     * and the merchandiser's {@link io.uplift.engine.journey.OfferLimits}, so a product is not pushed in more places
     * than allowed and a declined protection plan is not offered again. Used by one request thread at a time.
     */
    public static final class PageState {
        private final Set<Long> shown = new LinkedHashSet<Long>();
        private final java.util.Map<String, String> assignments = new java.util.LinkedHashMap<String, String>();
        private final io.uplift.engine.journey.Journey journey;
        private final String place;
        private final io.uplift.engine.journey.OfferLimits limits;

        /** A page outside any visit (an admin preview, an e-mail): no caps apply and nothing is recorded. */
        public PageState() {
            this(null, null, io.uplift.engine.journey.OfferLimits.NONE);
        }

        /**
         * @param journey the visit, or {@code null}
         * @param place   this page's place key (its path)
         * @param limits  the caps; never null
         */
        public PageState(io.uplift.engine.journey.Journey journey, String place, io.uplift.engine.journey.OfferLimits limits) {
            if (limits == null) {
                throw new IllegalArgumentException("offer limits are required");
            }
            this.journey = journey;
            this.place = place;
            this.limits = limits;
        }

        public boolean isShown(long productId) {
            return shown.contains(productId);
        }

        /** Marks the product shown on this page, and in this place of the visit. */
        public void markShown(long productId) {
            shown.add(productId);
            if (journey != null) {
                journey.recordShown(productId, place);
            }
        }

        /**
         * Marks the product shown on this page only, not as suggested in this place of the visit: for the free-shipping
         * nudge's gap fillers, picked by price to close a gap (and shown in the mini-cart of every page), which should
         * neither use up a product's places nor be capped by them.
         */
        public void markShownOnPageOnly(long productId) {
            shown.add(productId);
        }

        public Set<Long> getShown() {
            return Collections.unmodifiableSet(shown);
        }

        /** True when the product was already suggested in as many other places of the visit as the limit allows. */
        public boolean isOverPlaceLimit(long productId) {
            return journey != null && !journey.mayShow(productId, place, limits);
        }

        /** True when the shopper declined the protection plan as often as the limit allows. */
        public boolean isWarrantyCapped() {
            return journey != null && journey.isWarrantyCapped(limits);
        }

        /** The visit, or {@code null} outside one. */
        public io.uplift.engine.journey.Journey getJourney() {
            return journey;
        }

        public io.uplift.engine.journey.OfferLimits getLimits() {
            return limits;
        }

        /** This page's place key, or {@code null} outside a visit. */
        public String getPlace() {
            return place;
        }

        /**
         * Records the visitor's arm of a running experiment on this page (experiment id to arm name: a variant's name
         * or {@code holdout}); the slot service does it for each experiment of a slot it renders.
         */
        public synchronized void recordAssignment(String experimentId, String arm) {
            assignments.put(experimentId, arm);
        }

        /**
         * The visitor's arms of the experiments of the slots rendered so far on this page: experiment id to arm
         * name, in the order met (for attribution of events and order lines). A copy; never null.
         */
        public synchronized java.util.Map<String, String> getAssignments() {
            return new java.util.LinkedHashMap<String, String>(assignments);
        }
    }

    /** Builds a context; every part is optional. */
    public static final class Builder {
        private Long productId;
        private Set<Long> cartProductIds;
        private Long customerId;
        private Set<Long> purchasedProductIds;
        private List<Long> recentlyViewed;
        private String visitorKey;
        private PageState page;
        private List<CartLine> cartLines;
        private CartShipping cartShipping;

        /** The cart's amount and shipping option, for the free-shipping nudge. */
        public Builder shipping(CartShipping cartShipping) {
            this.cartShipping = cartShipping;
            return this;
        }

        /** The cart's top-level lines, for line-level widgets such as cart upgrades. */
        public Builder lines(List<CartLine> cartLines) {
            this.cartLines = cartLines;
            return this;
        }

        public Builder product(Long productId) {
            this.productId = productId;
            return this;
        }

        public Builder cart(Set<Long> cartProductIds) {
            this.cartProductIds = cartProductIds;
            return this;
        }

        public Builder customer(Long customerId) {
            this.customerId = customerId;
            return this;
        }

        public Builder purchased(Set<Long> purchasedProductIds) {
            this.purchasedProductIds = purchasedProductIds;
            return this;
        }

        public Builder recentlyViewed(List<Long> recentlyViewed) {
            this.recentlyViewed = recentlyViewed;
            return this;
        }

        public Builder visitor(String visitorKey) {
            this.visitorKey = visitorKey;
            return this;
        }

        public Builder page(PageState page) {
            this.page = page;
            return this;
        }

        public SuggestionContext build() {
            return new SuggestionContext(this);
        }
    }
}
