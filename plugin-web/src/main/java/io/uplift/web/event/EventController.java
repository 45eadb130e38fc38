package io.uplift.web.event;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.codehaus.jackson.JsonNode;
import org.codehaus.jackson.map.ObjectMapper;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import io.uplift.broadleaf.web.Json;
import io.uplift.engine.event.Event;
import io.uplift.engine.event.EventBatchValidator;
import io.uplift.engine.event.RateLimiter;
import io.uplift.engine.event.RawEvent;

/**
 * {@code POST /uplift/events}: the page's script reports seen widgets and clicks. Body: a form post (what
 * {@code navigator.sendBeacon} sends with a {@code URLSearchParams} body) with the session's {@code csrfToken} (read
 * from a widget's form, so Broadleaf's CSRF filter checks it like every storefront POST) and {@code events}, a JSON
 * array of objects with string or number fields {@code type} ({@code IMPRESSION_SEEN} or {@code CLICK}),
 * {@code pageView}, {@code widget}, {@code product} (clicks), {@code strategy}, {@code experiment}, {@code variant}
 * and {@code ts} (milliseconds since the epoch). The engine's {@link EventBatchValidator} keeps the good events;
 * widget type and slot come from the shop's configuration; the visitor from the session.
 * <p>
 * Answers JSON, never an error page: 200 {@code {accepted, rejected}} (rejections quote the bad value); 400 when
 * nothing was accepted (malformed JSON, a batch over 50 events, only bad events) or the body is over
 * {@value #MAX_BODY} characters; 429 when the visitor sent too many batches (token bucket per visitor); 204 for a
 * bot's User-Agent (nothing recorded). A replayed event is accepted here and skipped by the store's unique key.
 */
@Controller
public class EventController {

    public static final String PATH = "/uplift/events";
    static final int MAX_BODY = 32768;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] FIELDS = {"type", "pageView", "widget", "product", "strategy", "experiment",
        "variant", "ts"};

    private final StorefrontEvents events;
    private final EventBatchValidator validator;
    private final RateLimiter limiter;

    /**
     * @param burst        batches a visitor may send at once
     * @param perSecond    batches a visitor may send per second after the burst
     * @param maxVisitors  visitors whose rate is tracked at once
     */
    public EventController(StorefrontEvents events, EventBatchValidator.VariantCheck variants, int burst,
            double perSecond, int maxVisitors) {
        this.events = events;
        this.validator = new EventBatchValidator(events.getWidgets(), variants);
        this.limiter = new RateLimiter(burst, perSecond, maxVisitors, System::nanoTime);
    }

    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public void post(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(value = "events", required = false) String body) throws IOException {
        if (!events.counts(request)) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        String visitor = StorefrontEvents.visitorKey(request);
        if (visitor == null) {
            answer(response, 400, 0, "no visitor for this request");
            return;
        }
        if (!limiter.tryAcquire(visitor)) {
            answer(response, 429, 0, "too many event requests, slow down");
            return;
        }
        if (body == null || body.trim().isEmpty()) {
            answer(response, 400, 0, "no events: send a JSON array in the 'events' field");
            return;
        }
        if (body.length() > MAX_BODY) {
            answer(response, 400, 0, "events field of " + body.length() + " characters is over " + MAX_BODY);
            return;
        }
        List<RawEvent> batch;
        try {
            batch = parse(body);
        } catch (IOException | IllegalArgumentException e) {
            answer(response, 400, 0, "events is not a JSON array of objects: "
                    + (e.getMessage() == null ? "" : e.getMessage().split("\n")[0]));
            return;
        }
        EventBatchValidator.BatchResult result = validator.validate(visitor, batch, Instant.now());
        for (Event e : result.getAccepted()) {
            events.getRecorder().record(e);
        }
        List<String> rejected = new ArrayList<String>();
        for (EventBatchValidator.Rejection r : result.getRejected()) {
            if (rejected.size() < 10) {
                rejected.add(r.toString());
            }
        }
        Map<String, Object> out = new LinkedHashMap<String, Object>();
        out.put("accepted", result.getAccepted().size());
        out.put("rejected", rejected);
        Json.write(response, result.getAccepted().isEmpty() && !result.getRejected().isEmpty() ? 400 : 200, out);
    }

    static List<RawEvent> parse(String body) throws IOException {
        JsonNode root = MAPPER.readTree(body);
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("not an array");
        }
        List<RawEvent> batch = new ArrayList<RawEvent>(root.size());
        for (JsonNode n : root) {
            String[] f = new String[FIELDS.length];
            for (int i = 0; i < FIELDS.length && n.isObject(); i++) {
                JsonNode v = n.get(FIELDS[i]);
                f[i] = v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
            }
            batch.add(new RawEvent(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]));
        }
        return batch;
    }

    private static void answer(HttpServletResponse response, int status, int accepted, String error)
            throws IOException {
        Map<String, Object> out = new LinkedHashMap<String, Object>();
        out.put("accepted", accepted);
        out.put("error", error);
        Json.write(response, status, out);
    }
}
