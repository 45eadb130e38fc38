package io.uplift.engine.order;

/** A cancellation the rules do not allow; the message is for the shopper and quotes what was asked. */
public class CancellationRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CancellationRefused(String message) {
        super(message);
    }
}
