package io.uplift.web.security;

import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;

import io.uplift.engine.event.RateLimiter;
import io.uplift.web.event.EventController;
import io.uplift.web.event.StorefrontEvents;

/**
 * Limits how fast one visitor may change things through the plugin's storefront endpoints (quick add, bundle add,
 * cart upgrade, protection plans, checkout add-ons, offers declined, additions to and cancellations of placed
 * orders): a token bucket per visitor (the engine's {@link RateLimiter}; {@code burst} changes at once, then
 * {@code perSecond}). Over the limit the request is answered {@code 429 Too Many Requests} before the controller runs
 * and nothing changes (JSON for the page's script, a short text page otherwise). Every POST to one of the plugin's
 * controllers counts (this interceptor belongs to {@code UpliftHandlerMapping}, which maps only those) but the events
 * beacon's, which has its own, stricter limit. The decision is the handler's, never the request's URI: a URI Spring
 * maps to the same controller after decoding it or cutting its {@code ;} parameters ({@code /uplift;x/cart/add},
 * {@code /%75plift/cart/add}) counts like the plain one. The visitor is Broadleaf's customer of the request (see
 * {@link StorefrontEvents#visitorKey}); a client without a session cannot post at all (Broadleaf's CSRF filter wants
 * the session's token), so a new key per request buys an attacker nothing.
 */
public class ChangeRateLimit extends HandlerInterceptorAdapter {

    static final String MESSAGE = "Too many changes at once. Please wait a moment and try again.";

    private final RateLimiter limiter;

    public ChangeRateLimit(int burst, double perSecond, int maxVisitors) {
        this.limiter = new RateLimiter(burst, perSecond, maxVisitors, System::nanoTime);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!"POST".equalsIgnoreCase(request.getMethod()) || !counts(handler)) {
            return true;
        }
        String visitor = StorefrontEvents.visitorKey(request);
        if (visitor == null) {
            visitor = "ip:" + request.getRemoteAddr();
        }
        if (limiter.tryAcquire(visitor)) {
            return true;
        }
        String accept = request.getHeader("Accept");
        boolean json = accept != null && accept.contains("application/json");
        response.setStatus(429);
        response.setHeader("Retry-After", "1");
        response.setContentType((json ? "application/json" : "text/plain") + ";charset=UTF-8");
        String body = json ? "{\"ok\":false,\"message\":\"" + MESSAGE + "\"}" : MESSAGE;
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        return false;
    }

    /** The plugin's storefront change endpoints: every handler of the plugin's mapping but the events beacon. */
    static boolean counts(Object handler) {
        Class<?> type = handler instanceof HandlerMethod ? ((HandlerMethod) handler).getBeanType()
                : handler == null ? null : handler.getClass();
        return type != null && !EventController.class.isAssignableFrom(type);
    }
}
