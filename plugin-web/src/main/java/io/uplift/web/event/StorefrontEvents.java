package io.uplift.web.event;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

import io.uplift.broadleaf.customer.VisitorKeys;
import io.uplift.broadleaf.event.EventRecorder;
import io.uplift.broadleaf.experiment.ExposureRecorder;
import io.uplift.engine.FailureSink;
import io.uplift.engine.event.Attribution;
import io.uplift.engine.event.Event;
import io.uplift.engine.event.EventBatchValidator;
import io.uplift.engine.event.EventType;
import io.uplift.engine.event.KnownWidget;
import io.uplift.engine.experiment.VisitorArm;
import io.uplift.slot.SlotKey;
import io.uplift.slot.SlotView;
import io.uplift.slot.WidgetView;
import io.uplift.web.page.UpliftPage;

/**
 * The storefront's side of recording: who the visitor is ({@link VisitorKeys}: {@code c:<customerId>}; Broadleaf
 * gives anonymous shoppers a customer id of their own), which experiment arm the visitor is in on a widget (the
 * same sticky assignment the slot rendered with), which experiments reached the visitor, the page view id (one per request, random, shown to the page's script in
 * the slot's {@code data-uplift-page-view}), whether the request counts (not a bot by its User-Agent), the
 * server-side events (widget rendered, suggestion added to the cart) and the attribution of a quick add, taken from
 * the shop's widget configuration by the widget id the form sent (never a client-sent type or slot).
 */
public class StorefrontEvents {

    /** The form field of a suggestion's add: the id of the widget the shopper accepted it from. */
    public static final String WIDGET_PARAMETER = "upliftWidget";
    /** The form field of a suggestion's add: the strategy (source) that suggested the card, e.g. {@code copurchase}. */
    public static final String STRATEGY_PARAMETER = "upliftStrategy";

    private final EventRecorder recorder;
    private final KnownWidget.Directory widgets;
    private final FailureSink failures;
    private final EventBatchValidator.VariantCheck arms;
    private final ExposureRecorder exposures;
    /**
     * One generator per request thread, SHA1PRNG (seeded once from the system): a shared generator, or the default
     * NativePRNG even per thread, takes a JVM-wide lock on every page (README, "Load test").
     */
    private final ThreadLocal<SecureRandom> random = new ThreadLocal<SecureRandom>() {
        @Override
        protected SecureRandom initialValue() {
            try {
                return SecureRandom.getInstance("SHA1PRNG");
            } catch (NoSuchAlgorithmException e) {
                return new SecureRandom();
            }
        }
    };

    /**
     * @param arms      the visitor's arm of the experiment running on a widget
     * @param exposures where the experiments' reached visitors are recorded
     */
    public StorefrontEvents(EventRecorder recorder, KnownWidget.Directory widgets, FailureSink failures,
            EventBatchValidator.VariantCheck arms, ExposureRecorder exposures) {
        this.recorder = recorder;
        this.widgets = widgets;
        this.failures = failures;
        this.arms = arms;
        this.exposures = exposures;
    }

    /**
     * Whether this request's events are recorded: a request of a shopper's browser, not a bot's. Decided by the
     * request's first question (its User-Agent is fixed) and kept in its {@link UpliftPage}.
     */
    public boolean counts(HttpServletRequest request) {
        if (request == null) {
            return false;
        }
        UpliftPage page = UpliftPage.of(request);
        Boolean known = page.getCounts();
        if (known != null) {
            return known;
        }
        boolean counts = !recorder.isBot(request.getHeader("User-Agent"));
        page.setCounts(counts);
        return counts;
    }

    /** This request's page view id, made on first use: {@code p} and 16 random hex digits. */
    public String pageView(HttpServletRequest request) {
        UpliftPage page = UpliftPage.of(request);
        String id = page.getPageView();
        if (id == null) {
            id = pageViewId(random.get().nextLong());
            page.setPageView(id);
        }
        return id;
    }

    /** {@code p} and the 16 hex digits of {@code bits}, zero-padded. */
    static String pageViewId(long bits) {
        String hex = Long.toHexString(bits);
        return "p0000000000000000".substring(0, 17 - hex.length()) + hex;
    }

    /** {@code c:<customerId>}, or null when Broadleaf has no customer for the request. */
    public static String visitorKey(HttpServletRequest request) {
        return VisitorKeys.of(CustomerState.getCustomer(request));
    }

    /**
     * Records that the page showed the slots of these experiments to the visitor, in these arms (experiment id to
     * arm, as the slot service put them in the page state; a hold-out included, its slot shows nothing). Shoppers
     * only; never throws.
     */
    public void exposed(HttpServletRequest request, Map<String, String> assignments) {
        if (assignments.isEmpty() || !counts(request)) {
            return;
        }
        try {
            Customer c = CustomerState.getCustomer(request);
            if (c == null || c.getId() == null) {
                return;
            }
            Instant now = Instant.now();
            for (Map.Entry<String, String> a : assignments.entrySet()) {
                exposures.record(new VisitorArm(a.getKey(), a.getValue()), c.getId(), now);
            }
        } catch (RuntimeException e) {
            failures.record(ExposureRecorder.WRITE_FAILURE, "exposure of " + assignments, e);
        }
    }

    /**
     * Counts one rendered impression per widget of a rendered slot (shoppers only), per day, widget and the visitor's
     * experiment arm: {@code UPLIFT_IMPRESSION_COUNT}, no row per page (README, "Events and attribution").
     *
     * @param visitor the request's visitor key ({@link #visitorKey}, as the slot's shopper context made it), or null
     *                or empty when it has none (nothing is counted)
     */
    public void rendered(HttpServletRequest request, SlotKey slot, SlotView view, String visitor) {
        if (!counts(request)) {
            return;
        }
        if (visitor == null || visitor.isEmpty()) {
            return;
        }
        for (WidgetView w : view.getWidgets()) {
            try {
                VisitorArm arm = arms.armOf(new KnownWidget(w.getWidgetId(), w.getWidgetType(), slot.tagName()),
                        visitor);
                recorder.recordRendered(w.getWidgetId(), w.getWidgetType(), slot.tagName(),
                        arm == null ? null : arm.getExperimentId(), arm == null ? null : arm.getArm());
            } catch (IllegalArgumentException e) {
                failures.record("events:record", "impression of widget " + w.getWidgetId(), e);
            }
        }
    }

    /**
     * The attribution of a suggestion accepted from the widget whose id the form sent ({@value #WIDGET_PARAMETER}),
     * with the strategy the card named ({@value #STRATEGY_PARAMETER}, kept only when it is a name) and the visitor's
     * experiment arm on that widget (the server's assignment); null when the widget id is absent, not a number or no
     * enabled widget of the shop.
     */
    public Attribution source(HttpServletRequest request) {
        String widgetId = request.getParameter(WIDGET_PARAMETER);
        if (widgetId == null || !widgetId.trim().matches("\\d{1,18}")) {
            return null;
        }
        KnownWidget w = widgets.find(Long.parseLong(widgetId.trim()));
        if (w == null) {
            return null;
        }
        String strategy = request.getParameter(STRATEGY_PARAMETER);
        if (strategy != null && !strategy.matches("[a-z][a-z0-9_-]{0,31}")) {
            strategy = null;
        }
        try {
            VisitorArm arm = arms.armOf(w, visitorKey(request));
            return new Attribution(w.getId(), w.getType(), w.getSlot(), strategy,
                    arm == null ? null : arm.getExperimentId(), arm == null ? null : arm.getArm());
        } catch (IllegalArgumentException e) {
            failures.record("events:record", "attribution of widget " + widgetId, e);
            return null;
        }
    }

    /**
     * {@code ADD_TO_CART} of an attributed cart line, keyed on the line ({@code line:<orderItemId>}); never throws
     * (the add has happened).
     */
    public void addedToCart(HttpServletRequest request, Attribution source, long productId, long orderItemId) {
        try {
            String visitor = visitorKey(request);
            if (counts(request) && visitor != null) {
                recorder.record(new Event(EventType.ADD_TO_CART, visitor, "line:" + orderItemId, source, productId,
                        Instant.now()));
            }
        } catch (RuntimeException e) {
            failures.record("events:record", "add to cart of line " + orderItemId, e);
        }
    }

    public EventRecorder getRecorder() {
        return recorder;
    }

    public KnownWidget.Directory getWidgets() {
        return widgets;
    }
}
