package io.uplift.engine.event;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a batch of events sent by a page's script and keeps only the well-formed, plausible ones. Never throws for
 * bad input: every refused event gets a {@link Rejection} with its index in the batch and a reason quoting the bad
 * value (cut to {@value #QUOTE} characters). The rules, in order:
 * <ol>
 * <li>a batch of more than {@code maxEvents} events is refused whole (one rejection with index -1);</li>
 * <li>no field may be longer than {@value #MAX_FIELD} characters;</li>
 * <li>the type must be known and one a client may send ({@code clientTypes}: by default {@code IMPRESSION_SEEN}
 * and {@code CLICK}; renders, add-to-carts and purchases are recorded by the server where they happen, so a page
 * cannot forge them);</li>
 * <li>the widget id must be a positive number of a widget the shop has ({@link KnownWidget.Directory}); its type
 * and slot are taken from the shop, never from the client;</li>
 * <li>the product id must be a positive number for clicks and absent for impressions;</li>
 * <li>the page view id, strategy, experiment and variant must be names (see {@link Attribution});</li>
 * <li>an experiment and variant, when sent, must be the variant the visitor is really assigned to
 * ({@link VariantCheck}), so a page cannot move its events to another arm;</li>
 * <li>the client's timestamp must lie in [now - maxAge, now + maxAhead];</li>
 * <li>an event whose {@link Event#idempotencyKey()} repeats one earlier in the batch is refused as a duplicate.</li>
 * </ol>
 * Thread-safe (immutable).
 */
public final class EventBatchValidator {

    /** The longest accepted field, in characters. */
    public static final int MAX_FIELD = 64;
    static final int QUOTE = 40;
    private static final String[] FIELD_NAMES = {"type", "page view id", "widget id", "product id", "strategy",
        "experiment id", "variant", "timestamp"};

    private final int maxEvents;
    private final Duration maxAge;
    private final Duration maxAhead;
    private final Set<EventType> clientTypes;
    private final KnownWidget.Directory widgets;
    private final VariantCheck variants;

    /** The visitor's arm of the experiment running on a widget (the shop side asks the experiment assignment). */
    public interface VariantCheck {
        /** No experiment runs on any widget. */
        VariantCheck NONE = new VariantCheck() {
            @Override
            public io.uplift.engine.experiment.VisitorArm armOf(KnownWidget widget, String visitorKey) {
                return null;
            }
        };

        /** The running experiment covering this widget and the visitor's arm in it, or null when none runs. */
        io.uplift.engine.experiment.VisitorArm armOf(KnownWidget widget, String visitorKey);
    }

    /**
     * The defaults: at most 50 events a batch, timestamps from 24 hours ago to 5 minutes ahead, clients may send
     * seen impressions and clicks.
     */
    public EventBatchValidator(KnownWidget.Directory widgets, VariantCheck variants) {
        this(50, Duration.ofHours(24), Duration.ofMinutes(5), EnumSet.of(EventType.IMPRESSION_SEEN, EventType.CLICK),
                widgets, variants);
    }

    /** @throws IllegalArgumentException quoting a bad limit */
    public EventBatchValidator(int maxEvents, Duration maxAge, Duration maxAhead, Set<EventType> clientTypes,
            KnownWidget.Directory widgets, VariantCheck variants) {
        if (maxEvents < 1 || maxEvents > 1000) {
            throw new IllegalArgumentException("events per batch must be 1 to 1000: " + maxEvents);
        }
        if (maxAge == null || maxAge.isNegative() || maxAhead == null || maxAhead.isNegative()) {
            throw new IllegalArgumentException("the timestamp window must not be negative: " + maxAge + " / "
                    + maxAhead);
        }
        if (clientTypes == null || clientTypes.isEmpty() || widgets == null || variants == null) {
            throw new IllegalArgumentException("client types, widget directory and variant check are required: "
                    + clientTypes);
        }
        this.maxEvents = maxEvents;
        this.maxAge = maxAge;
        this.maxAhead = maxAhead;
        this.clientTypes = Collections.unmodifiableSet(EnumSet.copyOf(clientTypes));
        this.widgets = widgets;
        this.variants = variants;
    }

    /**
     * @param visitorKey the visitor as the server knows it (session), never from the request body
     * @param batch      the events as received; null counts as empty
     * @param now        the server's clock
     */
    public BatchResult validate(String visitorKey, List<RawEvent> batch, Instant now) {
        List<Event> accepted = new ArrayList<Event>();
        List<Rejection> rejected = new ArrayList<Rejection>();
        if (batch == null) {
            return new BatchResult(accepted, rejected);
        }
        if (batch.size() > maxEvents) {
            rejected.add(new Rejection(-1, "batch of " + batch.size() + " events is over the limit of " + maxEvents));
            return new BatchResult(accepted, rejected);
        }
        Set<String> keys = new HashSet<String>();
        for (int i = 0; i < batch.size(); i++) {
            String reason;
            try {
                Event e = toEvent(visitorKey, batch.get(i), now);
                reason = keys.add(e.idempotencyKey()) ? null : "duplicate of an earlier event: " + e.idempotencyKey();
                if (reason == null) {
                    accepted.add(e);
                }
            } catch (IllegalArgumentException bad) {
                reason = bad.getMessage();
            }
            if (reason != null) {
                rejected.add(new Rejection(i, reason));
            }
        }
        return new BatchResult(accepted, rejected);
    }

    private Event toEvent(String visitorKey, RawEvent raw, Instant now) {
        if (raw == null) {
            throw new IllegalArgumentException("empty event");
        }
        String[] fields = {raw.type, raw.pageViewId, raw.widgetId, raw.productId, raw.strategy, raw.experimentId,
            raw.variant, raw.timestamp};
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            if (f != null && f.length() > MAX_FIELD) {
                throw new IllegalArgumentException(FIELD_NAMES[i] + " longer than " + MAX_FIELD + " characters ("
                        + f.length() + "): " + quote(f));
            }
        }
        EventType type;
        try {
            type = EventType.fromName(raw.type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown event type: " + quote(raw.type));
        }
        if (!clientTypes.contains(type)) {
            throw new IllegalArgumentException(type + " events are recorded by the server, not sent by pages");
        }
        if (raw.pageViewId != null && raw.pageViewId.regionMatches(true, 0, Event.MAIL_PAGE_VIEW_PREFIX, 0,
                Event.MAIL_PAGE_VIEW_PREFIX.length())) {
            throw new IllegalArgumentException("page view id " + quote(raw.pageViewId)
                    + " is reserved for clicks in e-mails, which the server records");
        }
        long widgetId = positive("widget id", raw.widgetId);
        KnownWidget widget = widgets.find(widgetId);
        if (widget == null) {
            throw new IllegalArgumentException("unknown widget: " + widgetId);
        }
        Long productId = raw.productId == null || raw.productId.isEmpty() ? null
                : positive("product id", raw.productId);
        // the experiment and arm are the server's (sticky assignment of this visitor); a page may repeat them,
        // never name others
        io.uplift.engine.experiment.VisitorArm arm = variants.armOf(widget, visitorKey);
        String experimentId = blankToNull(raw.experimentId);
        String variant = blankToNull(raw.variant);
        if ((experimentId != null || variant != null) && (arm == null || !arm.getExperimentId().equals(experimentId)
                || !arm.getArm().equals(variant))) {
            throw new IllegalArgumentException("experiment " + quote(experimentId) + ", variant " + quote(variant)
                    + " is not the visitor's arm on widget " + widgetId);
        }
        Attribution source = new Attribution(widgetId, widget.getType(), widget.getSlot(),
                blankToNull(raw.strategy), arm == null ? null : arm.getExperimentId(),
                arm == null ? null : arm.getArm());
        long millis;
        try {
            millis = Long.parseLong(raw.timestamp == null ? "" : raw.timestamp.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("timestamp is not milliseconds since the epoch: "
                    + quote(raw.timestamp));
        }
        Instant at = Instant.ofEpochMilli(millis);
        if (at.isBefore(now.minus(maxAge)) || at.isAfter(now.plus(maxAhead))) {
            throw new IllegalArgumentException("timestamp " + at + " is outside [" + now.minus(maxAge) + ", "
                    + now.plus(maxAhead) + "]");
        }
        return new Event(type, visitorKey, raw.pageViewId, source, productId, at);
    }

    private static long positive(String what, String value) {
        long v;
        try {
            v = Long.parseLong(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a number: " + quote(value));
        }
        if (v <= 0) {
            throw new IllegalArgumentException(what + " must be positive: " + v);
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.trim().isEmpty() ? null : s;
    }

    /** The value in quotes, cut to {@value #QUOTE} characters ({@code ...} marks a cut). */
    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        return "'" + (s.length() > QUOTE ? s.substring(0, QUOTE) + "..." : s) + "'";
    }

    /** One refused event: its index in the batch (-1: the whole batch) and why. */
    public static final class Rejection {
        private final int index;
        private final String reason;

        Rejection(int index, String reason) {
            this.index = index;
            this.reason = reason;
        }

        public int getIndex() {
            return index;
        }

        public String getReason() {
            return reason;
        }

        @Override
        public String toString() {
            return "#" + index + ": " + reason;
        }
    }

    /** The outcome: the accepted events in batch order, and the rejections in batch order. Never null lists. */
    public static final class BatchResult {
        private final List<Event> accepted;
        private final List<Rejection> rejected;

        BatchResult(List<Event> accepted, List<Rejection> rejected) {
            this.accepted = Collections.unmodifiableList(accepted);
            this.rejected = Collections.unmodifiableList(rejected);
        }

        public List<Event> getAccepted() {
            return accepted;
        }

        public List<Rejection> getRejected() {
            return rejected;
        }
    }
}
