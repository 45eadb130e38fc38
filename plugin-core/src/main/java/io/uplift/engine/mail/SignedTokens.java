package io.uplift.engine.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens for links in e-mails that must work without a sign-in and must not be forgeable: the payload (e.g.
 * {@code u:ann@example.com}) in URL-safe Base64, a dot, and the first 16 bytes of its HMAC-SHA256 under the shop's
 * secret. A changed payload or signature is refused; the comparison takes constant time. Thread-safe.
 */
public final class SignedTokens {

    private static final int SIGNATURE_BYTES = 16;
    /** Longest token accepted (a guard against huge parameters). */
    public static final int MAX_TOKEN_LENGTH = 600;

    private final byte[] secret;

    /**
     * @param secret at least 16 characters
     * @throws IllegalArgumentException when the secret is missing or short (its value is not quoted: it is a secret)
     */
    public SignedTokens(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the token secret must have at least 16 characters (it has "
                    + (secret == null ? 0 : secret.length()) + ")");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(String payload) {
        if (payload == null || payload.isEmpty()) {
            throw new IllegalArgumentException("token payload must not be empty: '" + payload + "'");
        }
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        byte[] p = payload.getBytes(StandardCharsets.UTF_8);
        return b64.encodeToString(p) + "." + b64.encodeToString(mac(p));
    }

    /**
     * The payload of a token this class signed with the same secret.
     *
     * @throws IllegalArgumentException quoting the token when it is malformed or its signature does not match
     */
    public String verify(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw new IllegalArgumentException("not a valid link token: '" + shorten(token) + "'");
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1 || token.indexOf('.', dot + 1) >= 0) {
            throw new IllegalArgumentException("not a valid link token: '" + shorten(token) + "'");
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid link token: '" + shorten(token) + "'");
        }
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            throw new IllegalArgumentException("the link token's signature does not match: '" + shorten(token) + "'");
        }
        return new String(payload, StandardCharsets.UTF_8);
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String shorten(String token) {
        return token == null ? "" : token.length() > 80 ? token.substring(0, 80) + "..." : token;
    }
}
