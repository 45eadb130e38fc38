package io.uplift.engine.journey;

import java.io.Serializable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One shopper's visit as far as frequency caps care (kept in the session): the places where a protection plan was
 * declined, and for each suggested product the places (pages) it was shown in. A place is a page's path, so a reload
 * or a second click on the same page never counts twice. Bounded: at most {@value #MAX_PRODUCTS} products (the oldest
 * forgotten first) and {@value #MAX_PLACES_KEPT} places each, {@value #MAX_DECLINES_KEPT} declines. Thread-safe: a
 * session's requests may run at the same time.
 */
public final class Journey implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Products remembered per visit. */
    public static final int MAX_PRODUCTS = 2000;
    /** Places remembered per product (more than any limit the admin may set). */
    public static final int MAX_PLACES_KEPT = OfferLimits.MAX_PLACES + 1;
    /** Declines remembered per visit. */
    public static final int MAX_DECLINES_KEPT = OfferLimits.MAX_DECLINES + 1;
    /** Longest place key kept; longer ones are cut (a path is a place, its query is not). */
    public static final int MAX_PLACE_LENGTH = 200;

    private final Set<String> declinedAt = new HashSet<String>();
    private final LinkedHashMap<Long, Set<String>> shownAt = new LinkedHashMap<Long, Set<String>>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Set<String>> eldest) {
            return size() > MAX_PRODUCTS;
        }
    };

    /**
     * Records that the shopper declined the protection-plan offer on this page. Declining again on the same page
     * does not count again.
     *
     * @return the number of places where the shopper has declined so far
     */
    public synchronized int recordWarrantyDecline(String place) {
        String key = placeKey(place);
        if (declinedAt.size() < MAX_DECLINES_KEPT) {
            declinedAt.add(key);
        }
        return declinedAt.size();
    }

    /** Places where the shopper declined the protection-plan offer. */
    public synchronized int getWarrantyDeclines() {
        return declinedAt.size();
    }

    /** True when the shopper declined as often as the limit allows: no plan is offered again this visit. */
    public synchronized boolean isWarrantyCapped(OfferLimits limits) {
        return limits.getWarrantyDeclines() != null && declinedAt.size() >= limits.getWarrantyDeclines();
    }

    /**
     * True when the product may be suggested here: it was shown here before (a reload), or in fewer places than the
     * limit.
     */
    public synchronized boolean mayShow(long productId, String place, OfferLimits limits) {
        if (limits.getProductPlaces() == null) {
            return true;
        }
        Set<String> places = shownAt.get(productId);
        return places == null || places.contains(placeKey(place)) || places.size() < limits.getProductPlaces();
    }

    /** Records that the product was suggested here. */
    public synchronized void recordShown(long productId, String place) {
        Set<String> places = shownAt.get(productId);
        if (places == null) {
            places = new HashSet<String>();
            shownAt.put(productId, places);
        }
        if (places.size() < MAX_PLACES_KEPT) {
            places.add(placeKey(place));
        }
    }

    /** The number of places the product was suggested in this visit. */
    public synchronized int placesOf(long productId) {
        Set<String> places = shownAt.get(productId);
        return places == null ? 0 : places.size();
    }

    static String placeKey(String place) {
        if (place == null || place.isEmpty()) {
            return "/";
        }
        return place.length() > MAX_PLACE_LENGTH ? place.substring(0, MAX_PLACE_LENGTH) : place;
    }

    @Override
    public synchronized String toString() {
        return "Journey{declines=" + declinedAt.size() + ", products=" + shownAt.size() + "}";
    }
}
