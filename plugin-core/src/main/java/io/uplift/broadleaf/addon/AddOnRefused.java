package io.uplift.broadleaf.addon;

/** A choice of add-ons refused; the message is for the shopper. The transaction is rolled back: the cart is unchanged. */
public class AddOnRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AddOnRefused(String message) {
        super(message);
    }

    public AddOnRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
