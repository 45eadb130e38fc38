package io.uplift.admin.mail;

import io.uplift.admin.web.AdminPages;
import io.uplift.broadleaf.mail.ComposedMail;
import io.uplift.broadleaf.mail.JdbcMailSettings;
import io.uplift.broadleaf.mail.JdbcMailStore;
import io.uplift.broadleaf.mail.MailComposer;
import io.uplift.broadleaf.mail.UpliftMessageCreator;
import io.uplift.broadleaf.mail.domain.UpliftMailSettingsImpl;
import io.uplift.engine.mail.MailKind;
import io.uplift.engine.mail.MailSettings;
import io.uplift.engine.mail.UsageTips;
import org.apache.commons.logging.Log;
import org.broadleafcommerce.core.catalog.service.CatalogService;
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
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Admin section "Uplift &gt; E-mails" ({@code /uplift-emails}): the e-mail settings (toggles, delays, subjects,
 * resend period, number of suggestions, usage tips), a preview of either e-mail for an order number or a cart id
 * (rendered by the same composer and templates as the real send, links untracked), and the log of the schedule:
 * every e-mail with its status, attempts, reason or last error. A bad value is refused with a message quoting it and
 * nothing is saved. Needs "View Uplift e-mails" to look and preview, "Maintain Uplift e-mails" to save, checked
 * through Broadleaf's admin security.
 */
@Controller
public class EmailsController {

    private static final Log LOG = LogFactory.getLog(EmailsController.class);

    public static final String PATH = "/uplift-emails";
    static final String SECURED_ENTITY = UpliftMailSettingsImpl.class.getName();
    static final String MESSAGE = "upliftEmailsMessage";
    static final int LOG_ROWS = 100;

    private final AdminNavigationService navigation;
    private final SecurityVerifier security;
    private final JdbcMailSettings settings;
    private final JdbcMailStore store;
    private final MailComposer composer;
    private final UpliftMessageCreator renderer;
    private final String fromAddress;
    private CatalogService catalog;

    public EmailsController(AdminNavigationService navigation, SecurityVerifier security, JdbcMailSettings settings,
            JdbcMailStore store, MailComposer composer, UpliftMessageCreator renderer, String fromAddress) {
        this.navigation = navigation;
        this.security = security;
        this.settings = settings;
        this.store = store;
        this.composer = composer;
        this.renderer = renderer;
        this.fromAddress = fromAddress;
    }

    @RequestMapping(value = PATH, method = RequestMethod.GET)
    public String show(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException,
            SQLException {
        if (!AdminPages.allowed(security, SECURED_ENTITY, EntityOperationType.FETCH, response, "e-mails")) {
            return null;
        }
        AdminPages.takeMessage(request, model, MESSAGE);
        MailSettings current = settings.load();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form(current));
        }
        model.addAttribute("settings", current);
        model.addAttribute("rejected", settings.getRejected());
        model.addAttribute("jobs", store.recent(LOG_ROWS));
        model.addAttribute("counts", store.counts());
        model.addAttribute("kinds", MailKind.values());
        return AdminPages.render(navigation, model, PATH, "uplift/emails");
    }

    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String save(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam Map<String, String> params) throws IOException, SQLException {
        if (!AdminPages.allowed(security, SECURED_ENTITY, EntityOperationType.UPDATE, response, "e-mails")) {
            return null;
        }
        final MailSettings next;
        try {
            next = parse(params);
            checkTipTargets(next.getTips());
        } catch (IllegalArgumentException e) {
            Map<String, String> form = new LinkedHashMap<String, String>();
            for (String f : FIELDS) {
                form.put(f, params.get(f) == null ? "" : params.get(f));
            }
            model.addAttribute("form", form);
            model.addAttribute("error", "Nothing was saved: " + e.getMessage());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(request, response, model);
        }
        AdminPages.actAndReturn(request, response, PATH, MESSAGE, LOG, "saving e-mail settings", () -> {
            settings.save(next);
            return "Saved: " + next + ". The storefront's scheduler applies it at its next round.";
        });
        return null;
    }

    @RequestMapping(value = PATH + "/preview", method = RequestMethod.GET)
    public String preview(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam(value = "kind", required = false) String kind,
            @RequestParam(value = "ref", required = false) String ref) throws IOException, SQLException {
        if (!AdminPages.allowed(security, SECURED_ENTITY, EntityOperationType.FETCH, response, "e-mails")) {
            return null;
        }
        model.addAttribute("previewKind", kind);
        model.addAttribute("previewRef", ref);
        try {
            MailKind k = MailKind.fromName(kind);
            ComposedMail mail = composer.preview(k, ref, settings.load());
            if (mail.isMessage()) {
                String[] parts = renderer.render(mail, fromAddress);
                model.addAttribute("previewTo", mail.getRecipient());
                model.addAttribute("previewSubject", mail.getSubject());
                model.addAttribute("previewHtml", parts[0]);
                model.addAttribute("previewText", parts[1]);
            } else {
                model.addAttribute("previewOutcome", "This e-mail would not be sent (" + mail.getOutcome().name()
                        .toLowerCase(java.util.Locale.ROOT) + "): " + mail.getReason());
            }
        } catch (IllegalArgumentException e) {
            model.addAttribute("previewError", "No preview: " + e.getMessage());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return show(request, response, model);
    }

    /**
     * Every product and category a usage tip names is in the catalog: a mistyped id would be saved and its tip never
     * shown. Without the catalog service (optional) the ids are not checked.
     */
    void checkTipTargets(UsageTips tips) {
        if (catalog == null) {
            return;
        }
        for (Long id : tips.productIds()) {
            if (catalog.findProductById(id) == null) {
                throw new IllegalArgumentException("usage tips name product " + id + ", which is not in the catalog");
            }
        }
        for (Long id : tips.categoryIds()) {
            if (catalog.findCategoryById(id) == null) {
                throw new IllegalArgumentException("usage tips name category " + id + ", which is not in the catalog");
            }
        }
    }

    /** Checks that the products and categories usage tips name exist (optional). */
    public void setCatalogService(CatalogService catalog) {
        this.catalog = catalog;
    }

    static final String[] FIELDS = {"postPurchaseEnabled", "postPurchaseDelayMinutes", "postPurchaseSubject",
            "abandonedCartEnabled", "abandonedAfterMinutes", "abandonedCartSubject", "resendHours", "suggestions",
            "usageTips"};

    /** The form's values, checked by the engine's rules (every message quotes the bad value). */
    static MailSettings parse(Map<String, String> p) {
        return new MailSettings(checked("Post-purchase e-mail", p.get("postPurchaseEnabled")), whole("Post-purchase delay (minutes)",
                p.get("postPurchaseDelayMinutes")), p.get("postPurchaseSubject"),
                checked("Abandoned-cart e-mail", p.get("abandonedCartEnabled")),
                whole("Cart idle time (minutes)", p.get("abandonedAfterMinutes")), p.get("abandonedCartSubject"),
                whole("Resend period (hours)", p.get("resendHours")), whole("Suggestions per e-mail", p.get("suggestions")),
                UsageTips.parse(p.get("usageTips")));
    }

    /** A checkbox: absent or empty is off, {@code on}/{@code true} is on, anything else is refused. */
    static boolean checked(String what, String v) {
        if (v == null || v.isEmpty() || "false".equals(v)) {
            return false;
        }
        if ("on".equals(v) || "true".equals(v)) {
            return true;
        }
        throw new IllegalArgumentException(what + " must be on or off: '" + v + "'");
    }

    static int whole(String what, String raw) {
        String t = raw == null ? "" : raw.trim();
        if (!t.matches("\\d{1,6}")) {
            throw new IllegalArgumentException(what + " must be a whole number: '" + (raw == null ? "" : raw) + "'");
        }
        return Integer.parseInt(t);
    }

    static Map<String, String> form(MailSettings m) {
        Map<String, String> form = new LinkedHashMap<String, String>();
        form.put("postPurchaseEnabled", m.isPostPurchaseEnabled() ? "on" : "");
        form.put("postPurchaseDelayMinutes", String.valueOf(m.getPostPurchaseDelayMinutes()));
        form.put("postPurchaseSubject", m.getPostPurchaseSubject());
        form.put("abandonedCartEnabled", m.isAbandonedCartEnabled() ? "on" : "");
        form.put("abandonedAfterMinutes", String.valueOf(m.getAbandonedAfterMinutes()));
        form.put("abandonedCartSubject", m.getAbandonedCartSubject());
        form.put("resendHours", String.valueOf(m.getResendHours()));
        form.put("suggestions", String.valueOf(m.getSuggestions()));
        form.put("usageTips", m.getTips().toText());
        return form;
    }
}
