package io.uplift.demo.sim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One browser's session on a storefront on the loopback interface: its own cookies (so its own server session and
 * cart), an ordinary browser User-Agent, redirects not followed, bounded timeouts (10 s to connect, 30 s to read).
 * Any URL off the loopback interface is refused. Not thread-safe: one session per simulated shopper or client.
 */
public final class SiteSession {

    /** A response: status, redirect target ({@code ""} when none), body. */
    public static final class Answer {
        public final int status;
        public final String location;
        public final String body;

        Answer(int status, String location, String body) {
            this.status = status;
            this.location = location;
            this.body = body;
        }
    }

    private final URI site;
    private final boolean keepAlive;
    /** This session's cookies: name to value. */
    private final Map<String, String> cookies = new LinkedHashMap<String, String>();

    /**
     * @param site      the storefront's base URL, without a trailing slash; its host must be the loopback interface
     * @param keepAlive true: connections go back to the JVM's keep-alive cache after each answer, as a browser's
     *                  do (the load test); false: each request has its own connection (the simulator)
     */
    public SiteSession(URI site, boolean keepAlive) {
        if (site == null || !SimulatorSettings.isLoopback(site.getHost())) {
            throw new IllegalArgumentException("refusing to leave the loopback interface: '" + site + "'");
        }
        this.site = site;
        this.keepAlive = keepAlive;
    }

    public URI site() {
        return site;
    }

    /** GET of a site path. */
    public Answer get(String path) throws IOException {
        return exchange(path, null);
    }

    /** A form post, URL-encoded, as a browser without JavaScript sends it. */
    public Answer post(String action, Map<String, String> fields) throws IOException {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(f.getKey(), "UTF-8")).append('=').append(URLEncoder.encode(f.getValue(), "UTF-8"));
        }
        return exchange(action, body.toString());
    }

    /** One request with this session's cookies; redirects are not followed; the body is read fully. */
    private Answer exchange(String path, String form) throws IOException {
        URI uri = site.resolve(path.startsWith("/") ? path : "/" + path);
        if (!SimulatorSettings.isLoopback(uri.getHost())) {
            throw new IllegalStateException("refusing to leave the loopback interface: " + uri);
        }
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        try {
            c.setInstanceFollowRedirects(false);
            c.setConnectTimeout(10_000);
            c.setReadTimeout(30_000);
            c.setRequestProperty("User-Agent", TrafficSimulator.USER_AGENT);
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                for (Map.Entry<String, String> k : cookies.entrySet()) {
                    header.append(header.length() == 0 ? "" : "; ").append(k.getKey()).append('=').append(k.getValue());
                }
                c.setRequestProperty("Cookie", header.toString());
            }
            if (form != null) {
                c.setRequestMethod("POST");
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
                try (OutputStream out = c.getOutputStream()) {
                    out.write(form.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = c.getResponseCode();
            List<String> set = c.getHeaderFields().get("Set-Cookie");
            if (set != null) {
                for (String cookie : set) {
                    String pair = cookie.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                    }
                }
            }
            String location = c.getHeaderField("Location");
            InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (in != null) {
                try (InputStream stream = in) {
                    byte[] buffer = new byte[8192];
                    for (int n; (n = stream.read(buffer)) > 0; ) {
                        body.write(buffer, 0, n);
                    }
                }
            }
            return new Answer(status, location == null ? "" : location, new String(body.toByteArray(), StandardCharsets.UTF_8));
        } finally {
            if (!keepAlive) {
                c.disconnect();
            }
        }
    }
}
