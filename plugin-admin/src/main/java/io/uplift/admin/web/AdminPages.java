package io.uplift.admin.web;

import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.springframework.ui.Model;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;

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
}
