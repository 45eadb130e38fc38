package io.uplift.engine.warranty;

import io.uplift.engine.upsell.PriceText;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * A shopper's choice of a plan and term for one item, checked against the current plans: the plan must exist and be
 * on, cover the item (category and unit price) and offer the term. A price sent with the choice (what the shopper
 * was shown) is only compared with the server's figure, never used as a price. Platform-free; the storefront action
 * and the cart's add step both use it, so they cannot disagree.
 */
public final class WarrantyChoice {

    private WarrantyChoice() {
    }

    /**
     * @param itemName       the covered item's name, for messages
     * @param itemCategories the item's categories
     * @param unitPrice      what the cart charges per unit of the item
     * @param shownPrice     the plan price the shopper was shown, or {@code null} when none was sent
     * @return the quote to charge
     * @throws Refused with a message for the shopper
     */
    public static WarrantyQuote check(WarrantyPlans plans, long planId, int years, String itemName,
            Collection<Long> itemCategories, BigDecimal unitPrice, BigDecimal shownPrice) throws Refused {
        WarrantyPlan plan = plans.byId(planId);
        if (plan == null) {
            throw new Refused("That protection plan is not offered: '" + planId + "'.");
        }
        if (!plan.covers(itemCategories, unitPrice)) {
            throw new Refused(plan.getName() + " does not cover " + itemName + ".");
        }
        if (!plan.offers(years)) {
            throw new Refused(plan.getName() + " has no " + years + "-year term (" + terms(plan.getTerms()) + ").");
        }
        BigDecimal price = plan.price(years, unitPrice);
        if (shownPrice != null && shownPrice.compareTo(price) != 0) {
            throw new Refused("The price of " + plan.getName() + " for " + years(years) + " is "
                    + PriceText.format(price, null) + " now, not " + PriceText.format(shownPrice, null)
                    + "; nothing was changed. Please check and try again.");
        }
        return new WarrantyQuote(plan, years, price);
    }

    /** "1 year", "3 years". */
    public static String years(int years) {
        return years + (years == 1 ? " year" : " years");
    }

    /** "1, 2 or 3 years". */
    static String terms(List<Integer> terms) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            sb.append(i == 0 ? "" : i == terms.size() - 1 ? " or " : ", ").append(terms.get(i));
        }
        return sb.append(terms.size() == 1 && terms.get(0) == 1 ? " year" : " years").toString();
    }

    /** A choice that cannot be honoured; the message is for the shopper. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }
}
