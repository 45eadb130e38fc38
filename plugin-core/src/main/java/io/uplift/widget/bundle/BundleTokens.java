package io.uplift.widget.bundle;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Request tokens of the bundle widget: each rendering carries a fresh random token, and "add selected to cart"
 * sends it back. A session remembers the tokens it has used ({@link Used}), so the same request sent twice (a double
 * submit, a reload, a retry, a replay) adds nothing the second time.
 */
public final class BundleTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private BundleTokens() {
    }

    /** 128 random bits, URL-safe base64 (22 characters). */
    public static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** 16 to 64 letters, digits, '-' or '_'. */
    public static boolean isWellFormed(String token) {
        return token != null && FORMAT.matcher(token).matches();
    }

    /**
     * The tokens one session has used, the most recent {@link #CAPACITY} of them. The caller serializes access per
     * session (the add action checks and records inside its per-session lock); the methods are synchronized anyway.
     */
    public static final class Used implements Serializable {
        private static final long serialVersionUID = 1L;
        /** Tokens remembered per session; older ones are forgotten (a page that old no longer adds anything new). */
        public static final int CAPACITY = 200;

        private final LinkedHashMap<String, Boolean> tokens = new LinkedHashMap<String, Boolean>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > CAPACITY;
            }
        };

        public synchronized boolean contains(String token) {
            return tokens.containsKey(token);
        }

        public synchronized void add(String token) {
            tokens.put(token, Boolean.TRUE);
        }

        public synchronized int size() {
            return tokens.size();
        }
    }
}
