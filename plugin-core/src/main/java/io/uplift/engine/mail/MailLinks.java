package io.uplift.engine.mail;

import java.util.Locale;

/**
 * What the signed links of an e-mail carry: a tracked click ({@code c:<job>:<product>}, product 0 for the cart) and
 * an unsubscribe ({@code u:<address>}). Reading a link checks the signature first, then the shape; every refusal
 * quotes the token. Thread-safe.
 */
public final class MailLinks {

    private final SignedTokens tokens;

    public MailLinks(SignedTokens tokens) {
        this.tokens = tokens;
    }

    /** A click on a suggested product (or, with product 0, on "back to your cart") in the e-mail of job {@code jobId}. */
    public String clickToken(long jobId, long productId) {
        if (jobId <= 0 || productId < 0) {
            throw new IllegalArgumentException("click link needs a positive job id and a product id >= 0: " + jobId
                    + "/" + productId);
        }
        return tokens.sign("c:" + jobId + ":" + productId);
    }

    public String unsubscribeToken(String address) {
        return tokens.sign("u:" + normalize(address));
    }

    /** The job and product of a click token. */
    public Click readClick(String token) {
        String p = tokens.verify(token);
        String[] parts = p.split(":", -1);
        if (parts.length != 3 || !"c".equals(parts[0]) || !parts[1].matches("\\d{1,18}") || !parts[2].matches("\\d{1,18}")) {
            throw new IllegalArgumentException("not a click link: '" + token + "'");
        }
        return new Click(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    }

    /** The address of an unsubscribe token (lower case). */
    public String readUnsubscribe(String token) {
        String p = tokens.verify(token);
        if (!p.startsWith("u:") || p.length() < 3) {
            throw new IllegalArgumentException("not an unsubscribe link: '" + token + "'");
        }
        return p.substring(2);
    }

    /** The form addresses are compared and stored in: trimmed, lower case. */
    public static String normalize(String address) {
        return address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
    }

    /** A verified click: which e-mail, which product (0: the cart). */
    public static final class Click {
        private final long jobId;
        private final long productId;

        public Click(long jobId, long productId) {
            this.jobId = jobId;
            this.productId = productId;
        }

        public long getJobId() {
            return jobId;
        }

        public long getProductId() {
            return productId;
        }
    }
}
