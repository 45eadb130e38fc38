package io.uplift.admin.web;

import io.uplift.engine.FailureSink;

import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.springframework.ui.Model;

import org.apache.commons.logging.Log;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * What the plugin's own admin pages (custom controllers, not Broadleaf's entity screens) share: the permission check
 * through Broadleaf's admin security, and the model Broadleaf's admin layout needs to show the page in its menu.
 */
public final class AdminPages {

    /** The layout every page is rendered in; the model's {@code viewType} names the page's template. */
    public static final String LAYOUT = "modules/defaultContainer";

    private AdminPages() {
    }

    /**
     * Checks the signed-in admin's permission on the entity as Broadleaf's own screens do; on refusal answers 403
     * naming the permissions that allow it ("Maintain Uplift widgets", or also "View ..." for reading).
     */
    public static boolean allowed(SecurityVerifier security, String entity, EntityOperationType operation,
            HttpServletResponse response, String what) throws IOException {
        try {
            security.securityCheck(entity, operation);
            return true;
        } catch (Exception e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "This needs the permission 'Maintain Uplift " + what
                    + "'" + (operation == EntityOperationType.FETCH ? " or 'View Uplift " + what + "'" : "") + ".");
            return false;
        }
    }

    /** Marks the page's section and module current in the admin menu and names the page's template. */
    public static String render(AdminNavigationService navigation, Model model, String path, String viewType) {
        AdminSection section = navigation.findAdminSectionByURI(path);
        if (section != null) {
            model.addAttribute("sectionKey", path.substring(1));
            model.addAttribute("currentAdminModule", section.getModule());
            model.addAttribute("currentAdminSection", section);
        }
        model.addAttribute("viewType", viewType);
        return LAYOUT;
    }

    /**
     * A part of an admin page failed (the page shows what it can and says what it could not): the failure is recorded
     * in the plugin's failure sink under {@code kind} (logged once per kind with its context, counted, and reported
     * with the admin node's health, see "Storefront and admin health" on the dashboard); without a sink, logged.
     */
    public static void failed(FailureSink failures, Log log, String kind, String context, Throwable cause) {
        if (failures != null) {
            failures.record(kind, context, cause);
        } else {
            log.warn(context + " failed", cause);
        }
    }

    /** What a page's form does (e.g. accept a proposal); answers the message to show on the page. */
    public interface Action {
        String run() throws Exception;
    }

    /**
     * Runs a page's POST action and goes back to the page (post/redirect/get) with its message kept in the session
     * under {@code messageKey}; a failure is logged and becomes "Nothing was saved: ..." (nothing was: the action
     * runs in one transaction; it creates rows, as accepting a proposal does, or changes settings).
     */
    public static void actAndReturn(HttpServletRequest request, HttpServletResponse response, String path,
            String messageKey, Log log, String what, Action action) throws IOException {
        String message;
        try {
            message = action.run();
        } catch (Exception e) {
            log.warn(what + " failed", e);
            message = "Nothing was saved: " + e.getMessage();
        }
        request.getSession().setAttribute(messageKey, message);
        response.sendRedirect(request.getContextPath() + path);
    }

    /** Moves the message an action kept in the session ({@link #actAndReturn}) into the page's model, once. */
    public static void takeMessage(HttpServletRequest request, Model model, String messageKey) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(messageKey) != null) {
            model.addAttribute("message", session.getAttribute(messageKey));
            session.removeAttribute(messageKey);
        }
    }
}
