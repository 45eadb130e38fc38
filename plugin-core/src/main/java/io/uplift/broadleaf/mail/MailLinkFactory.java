package io.uplift.broadleaf.mail;

import io.uplift.engine.mail.MailLinks;
import io.uplift.engine.mail.SignedTokens;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.sql.SQLException;

/**
 * The absolute links of the e-mails: tracked clicks ({@value #CLICK_PATH}) and unsubscribes ({@value #UNSUBSCRIBE_PATH})
 * under the shop's base URL, signed with the shop's stored secret (loaded once, on first use). Thread-safe.
 */
public class MailLinkFactory {

    public static final String CLICK_PATH = "/uplift/mail/click";
    public static final String UNSUBSCRIBE_PATH = "/uplift/mail/unsubscribe";

    private final JdbcMailSettings settings;
    private final String baseUrl;
    private volatile MailLinks links;

    /**
     * @param baseUrl the storefront's address as customers reach it, e.g. {@code https://shop.example.com} (no
     *                trailing slash needed)
     */
    public MailLinkFactory(JdbcMailSettings settings, String baseUrl) {
        if (baseUrl == null || !baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
            throw new IllegalArgumentException("uplift.mail.baseUrl must be an http(s) address: '" + baseUrl + "'");
        }
        this.settings = settings;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public MailLinks links() {
        MailLinks l = links;
        if (l == null) {
            try {
                l = new MailLinks(new SignedTokens(settings.secret()));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the e-mail link secret: " + e.getMessage(), e);
            }
            links = l;
        }
        return l;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /** The shop's own absolute URL of a path ({@code /cart}); an absolute URL is kept as it is. */
    public String absolute(String path) {
        if (path == null) {
            return null;
        }
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** A tracked link to a product (product 0: the cart) in the e-mail of job {@code jobId}. */
    public String click(long jobId, long productId) {
        return baseUrl + CLICK_PATH + "?t=" + encode(links().clickToken(jobId, productId));
    }

    public String unsubscribe(String address) {
        return baseUrl + UNSUBSCRIBE_PATH + "?t=" + encode(links().unsubscribeToken(address));
    }

    private static String encode(String token) {
        try {
            return URLEncoder.encode(token, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
