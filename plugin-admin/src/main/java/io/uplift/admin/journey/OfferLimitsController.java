package io.uplift.admin.journey;

import io.uplift.admin.web.AdminPages;
import io.uplift.broadleaf.journey.OfferLimitsCache;
import io.uplift.broadleaf.journey.domain.UpliftOfferLimitsImpl;
import io.uplift.broadleaf.slot.domain.UpliftWidgetConfigImpl;
import io.uplift.engine.journey.OfferLimits;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Admin section "Uplift &gt; Offer limits" ({@code /uplift-offer-limits}): the frequency caps across a shopper's visit,
 * i.e. after how many declined protection-plan offers the shopper is not asked again, and in how many pages one
 * product may be suggested. One form; blank means no limit. A bad value is refused with a message quoting it and
 * nothing is saved. Requires the widgets permission (view to look, maintain to save), checked through Broadleaf's
 * admin security.
 */
@Controller
public class OfferLimitsController {

    private static final Log LOG = LogFactory.getLog(OfferLimitsController.class);

    public static final String PATH = "/uplift-offer-limits";
    static final String SECURED_ENTITY = UpliftWidgetConfigImpl.class.getName();
    static final String MESSAGE = "upliftOfferLimitsMessage";

    private final AdminNavigationService navigation;
    private final SecurityVerifier security;
    private final EntityManagerFactory entityManagerFactory;
    private final OfferLimitsCache limits;

    public OfferLimitsController(AdminNavigationService navigation, SecurityVerifier security,
            EntityManagerFactory entityManagerFactory, OfferLimitsCache limits) {
        this.navigation = navigation;
        this.security = security;
        this.entityManagerFactory = entityManagerFactory;
        this.limits = limits;
    }

    @RequestMapping(value = PATH, method = RequestMethod.GET)
    public String show(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        if (!AdminPages.allowed(security, SECURED_ENTITY, EntityOperationType.FETCH, response, "widgets")) {
            return null;
        }
        AdminPages.takeMessage(request, model, MESSAGE);
        limits.refresh();
        OfferLimits current = limits.current();
        if (!model.containsAttribute("form")) {
            Map<String, String> form = new LinkedHashMap<String, String>();
            form.put("warrantyDeclines", text(current.getWarrantyDeclines()));
            form.put("productPlaces", text(current.getProductPlaces()));
            model.addAttribute("form", form);
        }
        model.addAttribute("limits", current);
        model.addAttribute("defaults", OfferLimits.DEFAULTS);
        model.addAttribute("rejected", limits.getRejected());
        return AdminPages.render(navigation, model, PATH, "uplift/offer-limits");
    }

    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String save(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam(value = "warrantyDeclines", required = false) String warrantyDeclines,
            @RequestParam(value = "productPlaces", required = false) String productPlaces) throws IOException {
        if (!AdminPages.allowed(security, SECURED_ENTITY, EntityOperationType.UPDATE, response, "widgets")) {
            return null;
        }
        OfferLimits next;
        try {
            next = new OfferLimits(parse("Declined offers", warrantyDeclines), parse("Places per product", productPlaces));
        } catch (IllegalArgumentException e) {
            Map<String, String> form = new LinkedHashMap<String, String>();
            form.put("warrantyDeclines", warrantyDeclines == null ? "" : warrantyDeclines);
            form.put("productPlaces", productPlaces == null ? "" : productPlaces);
            model.addAttribute("form", form);
            model.addAttribute("error", "Nothing was saved: " + e.getMessage());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(request, response, model);
        }
        final OfferLimits saved = next;
        AdminPages.actAndReturn(request, response, PATH, MESSAGE, LOG, "saving offer limits", () -> {
            store(saved);
            limits.refresh();
            return "Saved: " + describe(saved) + ". Storefronts apply it within seconds, to new page views.";
        });
        return null;
    }

    /** Writes the one row (creates it on the first save), in one transaction. */
    void store(OfferLimits next) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.getTransaction().begin();
            UpliftOfferLimitsImpl row = em.find(UpliftOfferLimitsImpl.class, UpliftOfferLimitsImpl.ID);
            if (row == null) {
                row = new UpliftOfferLimitsImpl();
                em.persist(row);
            }
            row.setWarrantyDeclines(next.getWarrantyDeclines());
            row.setProductPlaces(next.getProductPlaces());
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    static String describe(OfferLimits l) {
        return (l.getWarrantyDeclines() == null ? "protection plans offered however often they are declined"
                : "no protection plan offered after " + l.getWarrantyDeclines() + " declined offer"
                        + (l.getWarrantyDeclines() == 1 ? "" : "s"))
                + "; " + (l.getProductPlaces() == null ? "a product suggested in any number of pages"
                : "a product suggested in at most " + l.getProductPlaces() + " page"
                        + (l.getProductPlaces() == 1 ? "" : "s") + " per visit");
    }

    /** Blank: no limit; otherwise a whole number (its range is the engine's rule). */
    static Integer parse(String what, String raw) {
        if (raw == null || raw.trim().isEmpty()) {
            return null;
        }
        String t = raw.trim();
        if (!t.matches("\\d{1,4}")) {
            throw new IllegalArgumentException(what + " must be blank (no limit) or a whole number: '" + raw + "'");
        }
        return Integer.valueOf(t);
    }

    private static String text(Integer v) {
        return v == null ? "" : v.toString();
    }
}
