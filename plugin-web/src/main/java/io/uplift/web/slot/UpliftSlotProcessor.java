package io.uplift.web.slot;

import io.uplift.engine.SuggestionContext;
import io.uplift.broadleaf.order.PlacedOrders;
import io.uplift.slot.PageParameters;
import io.uplift.slot.PlacedOrder;
import io.uplift.slot.SlotKey;
import io.uplift.slot.SlotRequest;
import io.uplift.slot.SlotService;
import io.uplift.slot.SlotView;
import io.uplift.slot.WidgetFailures;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import io.uplift.web.cart.QuickAddController;
import io.uplift.web.event.StorefrontEvents;
import io.uplift.web.order.OrderOfferTokens;
import io.uplift.web.page.UpliftPage;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.broadleafcommerce.common.site.domain.Site;
import org.broadleafcommerce.common.site.domain.Theme;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.common.web.NullBroadleafTemplateResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.Arguments;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.ProcessingContext;
import org.thymeleaf.dom.Element;
import org.thymeleaf.dom.Macro;
import org.thymeleaf.dom.Node;
import org.thymeleaf.fragment.ElementAndAttributeNameFragmentSpec;
import org.thymeleaf.fragment.IFragmentSpec;
import org.thymeleaf.processor.element.AbstractMarkupSubstitutionElementProcessor;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolver;

import java.io.StringWriter;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code <blc:uplift_slot slot="product" product="${product}"/>}: one per page region. Thin by design: it reads
 * its attributes, asks {@link SlotService} for the finished {@link SlotView} and substitutes itself with the
 * overridable fragment {@code uplift/slot :: slot}, rendered by the same template engine into text first (so a
 * broken template is this tag's failure, not the page's). An empty slot renders nothing.
 *
 * <p>Attributes: {@code slot} (literal: product, cart, checkout, confirmation or mini-cart); on the product page
 * {@code product} (an expression giving the product or its id); on the confirmation page {@code order} (an
 * expression giving the order, whose products then count as the cart). The cart, the customer and the recently
 * viewed products come from the request ({@link ShopperContext}); a product slot records the view. The request's
 * own {@code uplift...} parameters (e.g. a bundle selection made without JavaScript) reach the widgets as
 * {@link PageParameters}, bounded and validated: a bad value is ignored, never an error page.</p>
 *
 * <p>Failure policy: anything that goes wrong below this tag (bad attribute, a widget's exception) is logged once
 * with the template and line, counted in {@link WidgetFailures}, and the slot renders nothing; the page never
 * breaks because of the plugin.</p>
 */
public class UpliftSlotProcessor extends AbstractMarkupSubstitutionElementProcessor {

    /** The element name after Broadleaf's {@code blc:} prefix. */
    public static final String ELEMENT = "uplift_slot";
    /** The variable the slot fragment receives. */
    public static final String SLOT_VARIABLE = "upliftSlot";
    /** The overridable template that lays out a slot, and its fragment. */
    public static final String SLOT_TEMPLATE = "uplift/slot";
    static final IFragmentSpec SLOT_FRAGMENT_SPEC = new ElementAndAttributeNameFragmentSpec(null, "th:fragment", "slot",
            false);

    /** Local variable of the slot fragment: true for the first slot of the page (it links the script). */
    public static final String FIRST_VARIABLE = "upliftFirstSlot";

    /** Local variable of the slot fragment: this page's path (without the context path), for quick add's return. */
    public static final String RETURN_VARIABLE = "upliftReturnTo";

    /** Local variable of the slot fragment: the quick-add message after a redirect (no JavaScript), or null. */
    public static final String MESSAGE_VARIABLE = "upliftMessage";

    /** Local variable of the slot fragment: this request's page view id (events of the page's script), or null. */
    public static final String PAGE_VIEW_VARIABLE = "upliftPageView";

    private final SlotService slotService;
    private final ShopperContext shopper;
    private StorefrontEvents events;
    private SlotRenderCache renderCache;
    private ExploitProtectionService exploitProtection;
    private SlotCostMeter costMeter;
    /** The template TTL of the last template engine seen (0: it does not cache; the render cache is then off). */
    private volatile TemplateEngine checkedEngine;
    private volatile long engineTtlMillis;

    public UpliftSlotProcessor(SlotService slotService, ShopperContext shopper) {
        super(ELEMENT);
        this.slotService = slotService;
        this.shopper = shopper;
    }

    /** Records an {@code IMPRESSION_RENDERED} per rendered widget (optional: without it nothing is recorded). */
    public void setEvents(StorefrontEvents events) {
        this.events = events;
    }

    /**
     * Keeps the slots' rendered HTML (optional: without it every slot is rendered afresh). Needs the exploit
     * protection service for the session's CSRF token, which the cached forms carry.
     */
    public void setRenderCache(SlotRenderCache renderCache) {
        this.renderCache = renderCache;
    }

    public void setExploitProtection(ExploitProtectionService exploitProtection) {
        this.exploitProtection = exploitProtection;
    }

    /** Measures the CPU time of each tag for the node's health report (optional: without it nothing is measured). */
    public void setCostMeter(SlotCostMeter costMeter) {
        this.costMeter = costMeter;
    }

    @Override
    public int getPrecedence() {
        return 10000;
    }

    @Override
    protected List<Node> getMarkupSubstitutes(Arguments arguments, Element element) {
        SlotCostMeter meter = costMeter;
        HttpServletRequest page = arguments.getContext() instanceof IWebContext
                ? ((IWebContext) arguments.getContext()).getHttpServletRequest() : null;
        if (meter == null || page == null) {
            return substitutes(arguments, element, page); // e-mails are not pages: their slots are not measured
        }
        long start = meter.start(page);
        try {
            return substitutes(arguments, element, page);
        } finally {
            meter.stop(start, page);
        }
    }

    /** @param request the page's request, or null when the slot renders for no page (an e-mail) */
    private List<Node> substitutes(Arguments arguments, Element element, HttpServletRequest request) {
        String where = arguments.getTemplateName() + " line " + element.getLineNumber();
        SlotKey slot;
        try {
            slot = SlotKey.fromName(element.getAttributeValue("slot"));
        } catch (IllegalArgumentException e) {
            slotService.getFailures().record("tag:bad-slot", where, e);
            return Collections.emptyList();
        }
        try {
            Long productId = productId(arguments, element);
            Order order = order(arguments, element);
            if (slotService.isIdle(slot)) {
                // every widget of the slot is off: no context, no rendering; the visit's history still grows, so
                // that widgets switched on later see it
                if (slot == SlotKey.PRODUCT && productId != null && request != null) {
                    ShopperContext.recordView(request, productId);
                }
                return Collections.emptyList();
            }
            SuggestionContext context = shopper.build(request, productId, order);
            UpliftPage scope = request == null ? null : UpliftPage.of(request);
            // without a request (e.g. an e-mail) there is no page to link the script into
            boolean first = scope != null && !scope.isSlotShown();
            PageFacts page = PageFacts.of(scope, request);
            PlacedOrder placedOrder = placed(order);
            SlotView view = slotService.render(new SlotRequest(slot, context,
                    page == null ? PageParameters.EMPTY : page.parameters, placedOrder));
            if (placedOrder != null && request != null) {
                // the add action orders only what this rendering offers
                OrderOfferTokens.remember(request, view);
            }
            if (slot == SlotKey.PRODUCT && productId != null && request != null) {
                ShopperContext.recordView(request, productId);
            }
            if (events != null && request != null && context.getPage() != null) {
                // before the empty check: a hold-out's slot shows nothing but the visitor was reached
                events.exposed(request, context.getPage().getAssignments());
            }
            if (view.isEmpty()) {
                return Collections.emptyList();
            }
            // the message goes to the page's first slot other than the mini-cart (a closed panel in the header)
            boolean message = scope != null && slot != SlotKey.MINI_CART && !scope.isMessageShown();
            if (scope != null) {
                scope.setSlotShown();
                if (message) {
                    scope.setMessageShown();
                }
            }
            Map<String, Object> variables = new HashMap<String, Object>();
            variables.put(SLOT_VARIABLE, view);
            variables.put(FIRST_VARIABLE, first);
            Object shownMessage = message ? flashMessage(request) : null;
            variables.put(MESSAGE_VARIABLE, shownMessage);
            variables.put(RETURN_VARIABLE, page == null ? returnPath(null) : page.returnPath);
            boolean record = events != null && request != null;
            String pageView = record ? events.pageView(request) : null;
            if (record) {
                variables.put(PAGE_VIEW_VARIABLE, pageView);
            }
            String html = null;
            SlotRenderCache.Lookup cached = null;
            // a quick-add message shows once: such a slot is rendered afresh
            if (shownMessage == null && cacheUsable(arguments, request)) {
                String csrf = csrfToken();
                cached = csrf == null ? null
                        : renderCache.lookup(view, requestFacts(arguments, page, first), csrf, pageView);
                html = cached == null ? null : renderCache.get(cached);
            }
            if (html == null) {
                html = render(arguments, variables);
                if (cached != null) {
                    renderCache.put(cached, html);
                }
            }
            if (record) {
                // after rendering: a slot whose template failed shows nothing and counts no impression
                try {
                    events.rendered(request, slot, view, context.getVisitorKey()); // the shopper's, made above
                } catch (RuntimeException e) {
                    slotService.getFailures().record("events:record", where, e);
                }
            }
            return Collections.<Node>singletonList(new Macro(html));
        } catch (RuntimeException e) {
            slotService.getFailures().record("tag:" + slot.tagName(), where, e);
            return Collections.emptyList();
        }
    }

    /**
     * The render cache serves this request when it is on, the slot renders for a page (not an e-mail), the template
     * engine caches its templates (a theme being edited sees each change at once) and URLs are not rewritten with
     * the session id (they would differ per visitor).
     */
    private boolean cacheUsable(Arguments arguments, HttpServletRequest request) {
        if (renderCache == null || !renderCache.isEnabled() || exploitProtection == null || request == null
                || !(arguments.getContext() instanceof IWebContext)) {
            return false;
        }
        TemplateEngine engine = arguments.getTemplateEngine();
        if (engine != checkedEngine) {
            engineTtlMillis = templateTtlMillis(engine);
            checkedEngine = engine;
        }
        if (engineTtlMillis == 0) {
            return false;
        }
        HttpServletResponse response = ((IWebContext) arguments.getContext()).getHttpServletResponse();
        String probe = request.getContextPath() + "/uplift";
        return response != null && probe.equals(response.encodeURL(probe));
    }

    /** The session's CSRF token (what {@code blc:form} writes), or null when there is none to be had. */
    private String csrfToken() {
        try {
            return exploitProtection.getCSRFToken();
        } catch (ServiceException e) {
            return null;
        }
    }

    /**
     * How long the engine keeps a template ({@link Long#MAX_VALUE} without a limit), or 0 when some resolver does
     * not cache at all. Broadleaf's placeholder resolvers ({@code NullBroadleafTemplateResolver}) resolve nothing and
     * do not count.
     */
    static long templateTtlMillis(TemplateEngine engine) {
        long ttl = Long.MAX_VALUE;
        boolean any = false;
        for (ITemplateResolver resolver : engine.getTemplateResolvers()) {
            if (resolver instanceof NullBroadleafTemplateResolver) {
                continue;
            }
            if (!(resolver instanceof TemplateResolver) || !((TemplateResolver) resolver).isCacheable()) {
                return 0;
            }
            any = true;
            Long own = ((TemplateResolver) resolver).getCacheTTLMs();
            if (own != null && own > 0) {
                ttl = Math.min(ttl, own);
            }
        }
        return any ? ttl : 0;
    }

    /**
     * What the slot's HTML depends on besides its view: the site, theme and sandbox (they pick the templates),
     * locale (messages), context path (links), the page's path (quick add's return), whether this slot links the
     * script, and the period of the engine's template TTL (after it, templates are read again, and so is the HTML).
     * All but the last two are the same for every slot of the page and are put together once.
     */
    private String requestFacts(Arguments arguments, PageFacts page, boolean first) {
        long ttl = engineTtlMillis;
        long period = ttl == Long.MAX_VALUE ? 0 : System.currentTimeMillis() / ttl;
        if (page.cacheFacts == null) {
            BroadleafRequestContext brc = BroadleafRequestContext.getBroadleafRequestContext();
            Site site = brc == null ? null : brc.getNonPersistentSite();
            Theme theme = brc == null ? null : brc.getTheme();
            page.cacheFacts = SlotRenderCache.facts(site == null ? null : site.getId(),
                    theme == null ? null : theme.getPath(), brc == null ? null : brc.getSandBoxId(),
                    arguments.getContext().getLocale(), page.contextPath, page.returnPath);
        }
        return SlotRenderCache.facts(page.cacheFacts, first, period);
    }

    /**
     * What every slot of a page reads from its request alike (its {@code uplift...} parameters, its path, the
     * render cache's request facts), read once per page: a page has a slot in its header and one in its body.
     * Nothing here can change while the page renders. Kept in the request's {@link UpliftPage}, made by its first
     * slot.
     */
    static final class PageFacts {
        final PageParameters parameters;
        final String returnPath;
        final String contextPath;
        /** The render cache's facts but the slot's own ones, made on the page's first cache lookup. */
        String cacheFacts;

        private PageFacts(HttpServletRequest request) {
            this.parameters = parameters(request);
            this.returnPath = returnPath(request);
            this.contextPath = request.getContextPath();
        }

        /** The page's facts, or null without a page (an e-mail); {@code page} is {@code request}'s. */
        static PageFacts of(UpliftPage page, HttpServletRequest request) {
            if (page == null) {
                return null;
            }
            Object made = page.getSlotFacts();
            if (made instanceof PageFacts) {
                return (PageFacts) made;
            }
            PageFacts facts = new PageFacts(request);
            page.setSlotFacts(facts);
            return facts;
        }
    }

    /** The request's {@code uplift...} parameters, bounded; none without a request. */
    static PageParameters parameters(HttpServletRequest request) {
        return request == null ? PageParameters.EMPTY : PageParameters.of(request.getParameterMap());
    }

    /**
     * Renders the slot fragment (and the widget fragments it includes) here, into text, so that an error in a
     * template (e.g. a theme's override) is caught by this tag like any other widget failure instead of breaking the
     * page. Same engine, same context (request, Spring, Broadleaf dialects) plus the slot's variables.
     */
    static String render(Arguments arguments, Map<String, Object> variables) {
        StringWriter out = new StringWriter(4096);
        arguments.getTemplateEngine().process(SLOT_TEMPLATE, new ProcessingContext(arguments).addLocalVariables(variables),
                SLOT_FRAGMENT_SPEC, out);
        return out.toString();
    }

    /**
     * The quick-add message carried over the redirect. Read from Spring's input flash map directly, because a
     * page's controller (e.g. Broadleaf's product controller) need not copy flash attributes into its model.
     */
    static Object flashMessage(HttpServletRequest request) {
        Map<String, ?> flash = request == null ? null : RequestContextUtils.getInputFlashMap(request);
        return flash == null ? null : flash.get(QuickAddController.MESSAGE);
    }

    /** The page's path within the site, with its query; the quick-add endpoint checks it again before redirecting. */
    static String returnPath(HttpServletRequest request) {
        if (request == null) {
            return "/";
        }
        String path = request.getRequestURI();
        String context = request.getContextPath();
        if (context != null && !context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        String query = request.getQueryString();
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    static Long productIdOf(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Product) {
            return ((Product) value).getId();
        }
        if (value instanceof Number) {
            return ((Number) value).longValue();
        }
        String s = value.toString().trim();
        if (s.matches("\\d{1,18}")) {
            return Long.valueOf(s);
        }
        throw new IllegalArgumentException("product attribute must give a product or a product id: '" + value + "'");
    }

    private static Long productId(Arguments arguments, Element element) {
        return productIdOf(evaluate(arguments, element, "product"));
    }

    /** The order as a placed order (number and what may be offered for it); {@code null} for none or a cart. */
    static PlacedOrder placed(Order order) {
        return PlacedOrders.isPlaced(order) && order.getOrderNumber() != null
                ? new PlacedOrder(order.getOrderNumber(), PlacedOrders.offer(order)) : null;
    }

    static Order orderOf(Object value) {
        if (value == null || value instanceof Order) {
            return (Order) value;
        }
        throw new IllegalArgumentException("order attribute must give an order: '" + value + "'");
    }

    private static Order order(Arguments arguments, Element element) {
        return orderOf(evaluate(arguments, element, "order"));
    }

    private static Object evaluate(Arguments arguments, Element element, String attribute) {
        String expression = element.getAttributeValue(attribute);
        if (expression == null || expression.trim().isEmpty()) {
            return null;
        }
        return StandardExpressions.getExpressionParser(arguments.getConfiguration())
                .parseExpression(arguments.getConfiguration(), arguments, expression)
                .execute(arguments.getConfiguration(), arguments);
    }

}
