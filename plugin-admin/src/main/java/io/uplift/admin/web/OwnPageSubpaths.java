package io.uplift.admin.web;

import io.uplift.admin.install.UpliftAdminMenuInstaller;
import io.uplift.broadleaf.web.RequestPaths;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The addresses below the plugin's own admin pages that the pages do not serve ({@code /uplift-emails/add},
 * {@code /uplift-dashboard/1}, ...). Broadleaf would answer them with its generic screens for the section's entity
 * (e.g. "Add New UpliftMailSettingsImpl", a form that could write a second e-mail settings row); here a GET is sent to
 * the section's page and anything else is 404, after the same permission check as the page (so an admin without the
 * permission still gets 403). The pages' own sub-addresses (e.g. {@code /uplift-emails/preview}) are more specific
 * and keep their controllers. Mapped before Broadleaf's controllers by the plugin's handler mapping.
 */
@Controller
public class OwnPageSubpaths {

    /** Each own page and what its permission is called ("Maintain Uplift ..."). */
    static final Map<String, String> PAGES = new LinkedHashMap<String, String>();

    static {
        PAGES.put(UpliftAdminMenuInstaller.DASHBOARD_URL, "widgets");
        PAGES.put(UpliftAdminMenuInstaller.RECOMMENDATIONS_URL, "widgets");
        PAGES.put(UpliftAdminMenuInstaller.OFFER_LIMITS_URL, "widgets");
        PAGES.put(UpliftAdminMenuInstaller.PROPOSALS_URL, "comparisons");
        PAGES.put(UpliftAdminMenuInstaller.BUNDLE_SUGGESTIONS_URL, "bundles");
        PAGES.put(UpliftAdminMenuInstaller.EMAILS_URL, "e-mails");
    }

    private final AdminNavigationService navigation;
    private final SecurityVerifier security;

    public OwnPageSubpaths(AdminNavigationService navigation, SecurityVerifier security) {
        this.navigation = navigation;
        this.security = security;
    }

    @RequestMapping({UpliftAdminMenuInstaller.DASHBOARD_URL + "/**", UpliftAdminMenuInstaller.RECOMMENDATIONS_URL + "/**",
            UpliftAdminMenuInstaller.OFFER_LIMITS_URL + "/**", UpliftAdminMenuInstaller.PROPOSALS_URL + "/**",
            UpliftAdminMenuInstaller.BUNDLE_SUGGESTIONS_URL + "/**", UpliftAdminMenuInstaller.EMAILS_URL + "/**"})
    public String elsewhere(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = pageOf(RequestPaths.withinApp(request));
        AdminSection section = page == null ? null : navigation.findAdminSectionByURI(page);
        if (section == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        if (!AdminPages.allowed(security, section.getCeilingEntity(), EntityOperationType.FETCH, response,
                PAGES.get(page))) {
            return null;
        }
        if ("GET".equals(request.getMethod())) {
            return "redirect:" + page;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND, "Nothing to send here: use the page " + page + ".");
        return null;
    }

    /** The own page the path is or lies below, or null. */
    static String pageOf(String path) {
        if (path == null) {
            return null;
        }
        for (String page : PAGES.keySet()) {
            if (path.equals(page) || path.startsWith(page + "/")) {
                return page;
            }
        }
        return null;
    }
}
