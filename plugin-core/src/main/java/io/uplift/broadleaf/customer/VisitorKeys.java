package io.uplift.broadleaf.customer;

import org.broadleafcommerce.profile.core.domain.Customer;

/**
 * The one key a visitor has everywhere in the plugin, {@code c:<Broadleaf customer id>}: events, sticky experiment
 * assignment, exposures and purchases use it, so an experiment's arms can be joined with the orders of the same
 * visitors. A registered customer keeps it across visits and devices; Broadleaf gives an anonymous shopper a customer
 * of its own for the session (the cart and a guest checkout's order belong to it), so an anonymous visitor keeps the
 * key while the session lasts.
 */
public final class VisitorKeys {

    private static final String PREFIX = "c:";

    private VisitorKeys() {
    }

    /** The customer's key, or null without a customer or id. */
    public static String of(Customer customer) {
        return customer == null || customer.getId() == null ? null : PREFIX + customer.getId();
    }

    /** The key of the customer with this id (e.g. the addressee of an e-mail, clicking its link). */
    public static String ofCustomerId(long customerId) {
        return PREFIX + customerId;
    }

    /** The customer id in a key, or null when the key is not {@code c:<number>}. */
    public static Long customerId(String visitorKey) {
        if (visitorKey == null || !visitorKey.startsWith(PREFIX) || !visitorKey.substring(PREFIX.length())
                .matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(visitorKey.substring(PREFIX.length()));
    }
}
