package io.uplift.engine.mail;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of e-mail the plugin sends. */
public enum MailKind {
    /** Some time after an order: products that complement what was bought. */
    POST_PURCHASE,
    /** A registered customer's cart left alone: the cart's lines and products that go with them. */
    ABANDONED_CART;

    /**
     * Looks a kind up by its constant name, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException quoting the bad value and listing the known ones
     */
    public static MailKind fromName(String name) {
        if (name != null) {
            String n = name.trim().toUpperCase(Locale.ROOT);
            for (MailKind k : values()) {
                if (k.name().equals(n)) {
                    return k;
                }
            }
        }
        throw new IllegalArgumentException("unknown e-mail kind: '" + name + "' (known: " + Arrays.toString(values()) + ")");
    }
}
