package io.uplift.admin.web;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers 403 Forbidden when Broadleaf's own entity screens of an Uplift section ({@code /uplift-...}: widgets,
 * relations, bundles, plans, ...) refuse an admin user for lack of the plugin's permission. Broadleaf 3.1 throws a
 * {@code SecurityServiceException} there and, unhandled, it would become a 500 error page; the plugin's own pages
 * already answer 403 ({@link AdminPages#allowed}). Other admin paths are left to Broadleaf.
 */
public class PermissionRefusals implements HandlerExceptionResolver, Ordered {

    static final String SECURITY_EXCEPTION = "org.broadleafcommerce.common.exception.SecurityServiceException";

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!isUpliftPath(request) || !refusedForPermission(ex)) {
            return null;
        }
        try {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "This needs a permission of the Uplift plugin.");
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    static boolean isUpliftPath(HttpServletRequest request) {
        String path = io.uplift.broadleaf.web.RequestPaths.withinApp(request);
        return path != null && path.startsWith("/uplift-");
    }

    static boolean refusedForPermission(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (SECURITY_EXCEPTION.equals(t.getClass().getName())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
