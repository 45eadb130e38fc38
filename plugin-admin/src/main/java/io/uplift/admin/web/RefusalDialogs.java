package io.uplift.admin.web;

import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Answers an {@link AdminRefusal} with 409 Conflict and one dialog element of Broadleaf's admin markup
 * ({@code div.modal} with header and body). Broadleaf's admin script shows the body of a failed request as a dialog
 * when it is a single element, over the dialog the admin acted in; the refusal's small script then shows that dialog's
 * buttons again (the script hid them while the request ran), so the admin can pick something else. The message is
 * escaped. Other exceptions are left to Broadleaf and to {@link PermissionRefusals}.
 */
public class RefusalDialogs implements HandlerExceptionResolver, Ordered {

    /** Shows the buttons of the dialog the request came from again (Broadleaf hid them and showed a spinner). */
    static final String RESTORE_ACTIONS = "<script>$('.modal .entity-form-actions img.ajax-loader').hide();"
            + "$('.modal .entity-form-actions button').show();</script>";

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        AdminRefusal refusal = refusal(ex);
        if (refusal == null) {
            return null;
        }
        try {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(dialog(refusal));
        } catch (IOException | IllegalStateException e) {
            return null;
        }
        return new ModelAndView();
    }

    /** The dialog: one element, as Broadleaf's script needs it to show it. */
    static String dialog(AdminRefusal refusal) {
        return "<div class=\"modal uplift-refusal\"><div class=\"modal-header\"><h3>"
                + HtmlUtils.htmlEscape(refusal.getTitle()) + "</h3><button class=\"close\" data-dismiss=\"modal\">"
                + "&times;</button></div><div class=\"modal-body\" style=\"padding-bottom: 20px\"><p"
                + " class=\"uplift-refusal-message\">" + HtmlUtils.htmlEscape(String.valueOf(refusal.getMessage()))
                + "</p></div>" + RESTORE_ACTIONS + "</div>";
    }

    static AdminRefusal refusal(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AdminRefusal) {
                return (AdminRefusal) t;
            }
        }
        return null;
    }

    /** Before Broadleaf's own handling, like {@link PermissionRefusals}. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
