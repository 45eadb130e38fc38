package io.uplift.engine.mail;

import java.util.regex.Pattern;

/**
 * Whether an address can be written to. A deliberately plain check (one {@code @}, a dotted domain, no blanks or
 * control characters, at most 254 characters): enough to skip typos and garbage with a reason instead of handing them
 * to the SMTP server in a retry loop.
 */
public final class Recipients {

    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private Recipients() {
    }

    /** Why the address cannot be written to, or {@code null} when it can. */
    public static String problem(String address) {
        if (address == null || address.trim().isEmpty()) {
            return "no e-mail address";
        }
        String a = address.trim();
        if (a.length() > 254 || !ADDRESS.matcher(a).matches() || a.contains("..")) {
            return "invalid e-mail address '" + a + "'";
        }
        return null;
    }
}
