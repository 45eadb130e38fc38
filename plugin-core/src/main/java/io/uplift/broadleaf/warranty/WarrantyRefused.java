package io.uplift.broadleaf.warranty;

/**
 * A cart operation on a warranty line that breaks a lifecycle rule (bought alone, another cart's line, a quantity
 * that differs from the covered line's, a price the plugin did not compute, ...). Thrown inside Broadleaf's cart
 * workflows, so the operation is rolled back and the cart is unchanged; the message is for the shopper.
 */
public class WarrantyRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WarrantyRefused(String message) {
        super(message);
    }

    /** The refusal somewhere in {@code e}'s causes (Broadleaf wraps workflow failures), or {@code null}. */
    public static WarrantyRefused in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WarrantyRefused) {
                return (WarrantyRefused) t;
            }
        }
        return null;
    }
}
