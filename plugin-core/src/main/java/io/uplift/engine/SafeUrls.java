package io.uplift.engine;

import java.util.Locale;

/**
 * Which links from the catalog a widget or an e-mail may write into a page: a path of the site ({@code /...}, not
 * {@code //...}) or an absolute {@code http(s)} address, without spaces or control characters. Anything else (a
 * {@code javascript:} or {@code data:} address typed into a product's URL or image in the admin) would run in the
 * shopper's browser when written into {@code href} or {@code src}: Thymeleaf's link expressions pass such values through
 * unchanged.
 */
public final class SafeUrls {

    private SafeUrls() {
    }

    /** Whether {@code url} may be linked (see the class); null is not. */
    public static boolean isSafe(String url) {
        if (url == null || url.isEmpty()) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '\\') {
                return false;
            }
        }
        if (url.charAt(0) == '/') {
            return url.length() == 1 || url.charAt(1) != '/';
        }
        String lower = url.toLowerCase(Locale.ROOT);
        int host = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        return host > 0 && url.length() > host && url.charAt(host) != '/';
    }

    /** {@code url} when it is safe to link, else null. */
    public static String orNull(String url) {
        return isSafe(url) ? url : null;
    }
}
