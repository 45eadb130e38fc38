package io.uplift.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.handler.CsrfFilter;

/**
 * Broadleaf's CSRF check (the same token, the same comparison), answering a POST without a valid token with
 * {@code 403 Forbidden} and a short message instead of Broadleaf's {@code 500} error page: a stale page or a forged
 * form is the client's fault, not the server's, and the widgets' script, which asks for JSON, gets JSON
 * ({@code {"ok":false,"message":...}}) it can show. Nothing is changed either way. A shop installs it by defining its
 * own {@code blCsrfFilter} bean with this class in the site's security context (README, "Installing Uplift").
 */
public class UpliftCsrfFilter extends CsrfFilter {

    static final String MESSAGE = "This form has expired or did not come from this shop. Go back, reload the page and"
            + " try again. Nothing was changed.";

    @Override
    public void doFilter(ServletRequest baseRequest, ServletResponse baseResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) baseRequest;
        if ("POST".equals(request.getMethod())) {
            try {
                exploitProtectionService.compareToken(
                        request.getParameter(exploitProtectionService.getCsrfTokenParameter()));
            } catch (ServiceException e) {
                refuse(request, (HttpServletResponse) baseResponse);
                return;
            }
        }
        chain.doFilter(request, baseResponse);
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        boolean json = accept != null && accept.contains("application/json");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType((json ? "application/json" : "text/plain") + ";charset=UTF-8");
        String body = json ? "{\"ok\":false,\"message\":\"" + MESSAGE + "\"}" : MESSAGE;
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
