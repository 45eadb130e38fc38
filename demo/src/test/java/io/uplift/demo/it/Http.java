package io.uplift.demo.it;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** A browser-like HTTP session for tests: cookies kept, redirects not followed, bounded timeouts. */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
        return postAccept(url, form, "text/html");
    }

    /** A form post that asks for a content type, e.g. {@code application/json}. */
    public HttpResponse<String> postAccept(String url, Map<String, String> form, String accept)
            throws IOException, InterruptedException {
        return postPairs(url, new ArrayList<>(form.entrySet()), accept);
    }

    /**
     * A form post with repeated names (e.g. several {@code item} check boxes), in the given order, asking for a
     * content type.
     */
    public HttpResponse<String> postPairs(String url, List<Map.Entry<String, String>> pairs, String accept)
            throws IOException, InterruptedException {
        StringJoiner body = new StringJoiner("&");
        for (Map.Entry<String, String> e : pairs) {
            body.add(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8));
        }
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET that asks for a content type. */
    public HttpResponse<String> getAccept(String url, String accept) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Accept", accept)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every named input, select and textarea of a form, with its current value, in document order. */
    public static Map<String, String> formFields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String type = input.attr("type");
            if (("checkbox".equals(type) || "radio".equals(type)) && !input.hasAttr("checked")) {
                continue;
            }
            if ("select".equals(input.tagName())) {
                Element selected = input.selectFirst("option[selected]");
                fields.put(input.attr("name"), selected == null ? "" : selected.attr("value"));
            } else if ("textarea".equals(input.tagName())) {
                fields.put(input.attr("name"), input.text());
            } else {
                fields.put(input.attr("name"), input.attr("value"));
            }
        }
        return fields;
    }

    public static Document parse(HttpResponse<String> response) {
        return Jsoup.parse(response.body(), response.uri().toString());
    }
}
