package io.uplift.web.mail;

import io.uplift.broadleaf.customer.VisitorKeys;
import io.uplift.broadleaf.event.EventRecorder;
import io.uplift.broadleaf.mail.JdbcMailStore;
import io.uplift.broadleaf.mail.MailComposer;
import io.uplift.broadleaf.mail.MailLinkFactory;
import io.uplift.engine.CatalogFacts;
import io.uplift.engine.FailureSink;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.event.Attribution;
import io.uplift.engine.event.Event;
import io.uplift.engine.event.EventType;
import io.uplift.engine.mail.MailJob;
import io.uplift.engine.mail.MailLinks;
import io.uplift.slot.WidgetSettings;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The e-mails' links, usable without a sign-in because they are signed:
 * <ul>
 * <li>{@code GET /uplift/mail/click?t=} counts the click on its e-mail (and, when the shop has the widget whose chain
 * made the suggestion, records a {@code CLICK} event attributed to it with strategy {@code mail:<kind>}) and redirects
 * to the product's page in this shop, or to the cart. The target is looked up from the signed product id, never taken
 * from the request, so the link cannot be turned into an open redirect; a deleted or inactive product leads to the
 * home page.</li>
 * <li>{@code GET /uplift/mail/unsubscribe?t=} asks for a confirmation and changes nothing (mail scanners and link
 * previews open every link of an e-mail); its button posts {@code POST /uplift/mail/unsubscribe} with the signed
 * token and the session's CSRF token (Broadleaf's filter checks it), which records the opt-out of the signed address
 * (before every send the scheduler checks it) and says so.</li>
 * </ul>
 * A forged, changed or malformed token is refused with 400 quoting it (escaped), and changes nothing.
 */
@Controller
public class MailLinkController {

    private final MailLinkFactory links;
    private final JdbcMailStore store;
    private final CatalogFacts catalog;
    private final MailComposer composer;
    private final Clock clock;
    private final FailureSink failures;
    private EventRecorder events;
    private ExploitProtectionService exploitProtection;

    public MailLinkController(MailLinkFactory links, JdbcMailStore store, CatalogFacts catalog, MailComposer composer,
            Clock clock, FailureSink failures) {
        this.links = links;
        this.store = store;
        this.catalog = catalog;
        this.composer = composer;
        this.clock = clock;
        this.failures = failures;
    }

    /** Where clicks are recorded as events; unset: only the e-mail's click count. */
    public void setEvents(EventRecorder events) {
        this.events = events;
    }

    @RequestMapping(value = MailLinkFactory.CLICK_PATH, method = RequestMethod.GET)
    public void click(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(value = "t", required = false) String token) throws IOException {
        MailLinks.Click click;
        try {
            click = links.links().readClick(token);
        } catch (IllegalArgumentException e) {
            page(response, 400, "This link is not valid", e.getMessage());
            return;
        }
        String target = "/";
        ProductFacts product = null;
        if (click.getProductId() == 0) {
            target = "/cart";
        } else {
            product = catalog.find(click.getProductId());
            if (product != null && product.isActive() && product.getUrl() != null && product.getUrl().startsWith("/")
                    && !product.getUrl().startsWith("//")) {
                target = product.getUrl();
            }
        }
        try {
            MailJob job = store.find(click.getJobId());
            if (job != null) {
                store.click(job.getId());
                record(job, click.getProductId());
            }
        } catch (SQLException | RuntimeException e) {
            failures.record("mail:click", "counting the click of e-mail " + click.getJobId(), e);
        }
        response.sendRedirect(request.getContextPath() + target);
    }

    private void record(MailJob job, long productId) {
        if (events == null || productId <= 0) {
            return;
        }
        WidgetSettings widget = composer.attributionWidget(job.getKind());
        if (widget == null || widget.getId() <= 0) {
            return;
        }
        Attribution source = new Attribution(widget.getId(), widget.getWidgetType(), "email",
                "mail:" + job.getKind().name().toLowerCase(Locale.ROOT), null, null);
        // the customer's one visitor key, as on the site (events of the same customer go together)
        String visitor = job.getCustomerId() == null ? Event.MAIL_PAGE_VIEW_PREFIX + job.getId()
                : VisitorKeys.ofCustomerId(job.getCustomerId());
        // the real time of the click (the events and dashboard count real days; the mail clock may run ahead in tests)
        events.record(new Event(EventType.CLICK, visitor, Event.MAIL_PAGE_VIEW_PREFIX + job.getId(), source, productId,
                java.time.Instant.now()));
    }

    /** Where the confirmation form's CSRF token comes from (unset: the form cannot be shown, 503). */
    public void setExploitProtection(ExploitProtectionService exploitProtection) {
        this.exploitProtection = exploitProtection;
    }

    @RequestMapping(value = MailLinkFactory.UNSUBSCRIBE_PATH, method = RequestMethod.GET)
    public void confirmUnsubscribe(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(value = "t", required = false) String token) throws IOException {
        String address = unsubscribeAddress(token, response);
        if (address == null) {
            return;
        }
        String csrf;
        try {
            csrf = exploitProtection == null ? null : exploitProtection.getCSRFToken();
        } catch (ServiceException e) {
            csrf = null;
        }
        if (csrf == null) {
            page(response, 503, "Please try again", "We could not show this page just now; nothing was changed.");
            return;
        }
        response.setStatus(200);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><meta name=\"robots\" content=\"noindex\">"
                + "<title>Unsubscribe</title></head><body><main class=\"uplift-mail-page\"><h1>Unsubscribe</h1>"
                + "<p class=\"uplift-mail-page__text\">Stop sending suggestions and cart reminders to "
                + HtmlUtils.htmlEscape(address) + "?</p><form class=\"uplift-mail-page__form\" method=\"post\" action=\""
                + HtmlUtils.htmlEscape(request.getContextPath() + MailLinkFactory.UNSUBSCRIBE_PATH) + "\">"
                + "<input type=\"hidden\" name=\"t\" value=\"" + HtmlUtils.htmlEscape(token) + "\">"
                + "<input type=\"hidden\" name=\"csrfToken\" value=\"" + HtmlUtils.htmlEscape(csrf) + "\">"
                + "<button type=\"submit\" class=\"uplift-mail-page__button\">Unsubscribe</button></form>"
                + "<p><a href=\"/\">Back to the shop</a></p></main></body></html>");
    }

    @RequestMapping(value = MailLinkFactory.UNSUBSCRIBE_PATH, method = RequestMethod.POST)
    public void unsubscribe(HttpServletResponse response, @RequestParam(value = "t", required = false) String token)
            throws IOException {
        String address = unsubscribeAddress(token, response);
        if (address == null) {
            return;
        }
        try {
            store.optOut(address, clock.instant());
        } catch (SQLException e) {
            failures.record("mail:unsubscribe", "recording the opt-out of " + address, e);
            page(response, 503, "Please try again", "We could not record your choice just now; nothing was changed.");
            return;
        }
        page(response, 200, "You are unsubscribed", "We will send no more suggestions or cart reminders to " + address
                + ".");
    }

    /** The signed address of an unsubscribe token, or null after answering 400 for a bad one. */
    private String unsubscribeAddress(String token, HttpServletResponse response) throws IOException {
        try {
            return links.links().readUnsubscribe(token);
        } catch (IllegalArgumentException e) {
            page(response, 400, "This link is not valid", e.getMessage());
            return null;
        }
    }

    private static void page(HttpServletResponse response, int status, String title, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>" + HtmlUtils.htmlEscape(title)
                + "</title></head><body><main class=\"uplift-mail-page\"><h1>" + HtmlUtils.htmlEscape(title)
                + "</h1><p class=\"uplift-mail-page__text\">" + HtmlUtils.htmlEscape(text)
                + "</p><p><a href=\"/\">Back to the shop</a></p></main></body></html>");
    }
}
