package io.uplift.engine.addon;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a shopper's choice of add-ons, platform-free: which ids a request may choose, how the choice is stored
 * on the order (ids separated by commas), and which stored choices still apply at a pricing. A price echoed by a form
 * is only compared with the server's price, never charged.
 */
public final class AddOnChoice {

    /** At most this many ids in one request (a form shows every active add-on once). */
    public static final int MAX_IDS = 20;

    private AddOnChoice() {
    }

    /** A choice refused; the message is for the shopper and quotes the bad value. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    /**
     * Checks a requested selection (the complete set the shopper wants; empty removes all).
     *
     * @param addOns     the shop's add-ons
     * @param idTexts    the requested ids as sent (each once; malformed, unknown, switched-off ones are refused)
     * @param shownPrices the prices the shopper was shown, by id as sent ({@code null} or blank: not echoed); only
     *                   compared, for the chosen add-ons
     * @param subtotal   the order's merchandise subtotal
     * @return the chosen add-ons in display order
     * @throws Refused with a message quoting the bad value; nothing may change then
     */
    public static List<AddOn> check(AddOns addOns, Collection<String> idTexts, Map<String, String> shownPrices,
            BigDecimal subtotal, String currency) throws Refused {
        if (idTexts.size() > MAX_IDS) {
            throw new Refused("Too many add-ons in one request: " + idTexts.size() + " (at most " + MAX_IDS + ").");
        }
        Set<Long> ids = new LinkedHashSet<Long>();
        for (String text : idTexts) {
            Long id = parseId(text);
            if (id == null) {
                throw new Refused("That add-on does not exist: '" + text + "'.");
            }
            AddOn a = addOns.byId(id);
            if (a == null) {
                throw new Refused("That add-on does not exist: '" + text + "'.");
            }
            if (!a.isEnabled()) {
                throw new Refused("Sorry, " + a.getName() + " is no longer offered. Nothing was changed.");
            }
            if (!ids.add(id)) {
                throw new Refused("The add-on '" + text + "' is listed twice.");
            }
        }
        if (shownPrices != null) {
            for (Map.Entry<String, String> e : shownPrices.entrySet()) {
                String shown = e.getValue();
                if (shown == null || shown.trim().isEmpty()) {
                    continue;
                }
                if (!shown.trim().matches("\\d{1,9}(\\.\\d{1,2})?")) {
                    throw new Refused("The price is malformed: '" + shown + "'. Please reload the page and try again.");
                }
                Long id = parseId(e.getKey());
                if (id == null || !ids.contains(id)) {
                    continue; // an echo for an add-on that is not chosen changes nothing
                }
                AddOn a = addOns.byId(id);
                BigDecimal price = a.price(subtotal);
                if (new BigDecimal(shown.trim()).compareTo(price) != 0) {
                    throw new Refused("The price of " + a.getName() + " is "
                            + io.uplift.engine.upsell.PriceText.format(price, currency) + ", not '" + shown.trim()
                            + "' as shown. Please check it and choose again; nothing was changed.");
                }
            }
        }
        List<AddOn> out = new ArrayList<AddOn>();
        for (AddOn a : addOns.active()) {
            if (ids.contains(a.getId())) {
                out.add(a);
            }
        }
        return out;
    }

    /** The stored form of a choice: ids in the given order, separated by commas ("" for none). */
    public static String format(Collection<AddOn> chosen) {
        StringBuilder sb = new StringBuilder();
        for (AddOn a : chosen) {
            sb.append(sb.length() == 0 ? "" : ",").append(a.getId());
        }
        return sb.toString();
    }

    /** The ids of a stored choice, each once; pieces that are not ids are skipped (a stored value is never trusted). */
    public static Set<Long> parseStored(String stored) {
        Set<Long> ids = new LinkedHashSet<Long>();
        if (stored == null) {
            return ids;
        }
        for (String piece : stored.split(",")) {
            Long id = parseId(piece);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * What a stored choice charges at a pricing: the chosen add-ons that are still on, in display order. The ones
     * that are off or gone are dropped (their ids are in {@code dropped} when it is not null).
     */
    public static List<AddOn> stillChosen(AddOns addOns, Set<Long> storedIds, Collection<Long> dropped) {
        List<AddOn> out = new ArrayList<AddOn>();
        for (AddOn a : addOns.active()) {
            if (storedIds.contains(a.getId())) {
                out.add(a);
            }
        }
        if (dropped != null) {
            for (Long id : storedIds) {
                if (addOns.activeById(id) == null) {
                    dropped.add(id);
                }
            }
        }
        return out;
    }

    /** A positive id of at most 18 digits, or {@code null}. */
    static Long parseId(String text) {
        if (text == null || !text.trim().matches("\\d{1,18}")) {
            return null;
        }
        long id = Long.parseLong(text.trim());
        return id > 0 ? id : null;
    }
}
