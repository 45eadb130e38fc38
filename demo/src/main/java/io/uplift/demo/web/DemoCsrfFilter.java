package io.uplift.demo.web;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.handler.CsrfFilter;

import java.io.IOException;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Broadleaf's CSRF check, answering a POST without a valid token with 403 and a plain message instead of
 * Broadleaf's 500 (a stale page or a forged form is the client's fault, not a server error).
 */
public class DemoCsrfFilter extends CsrfFilter {

    @Override
    public void doFilter(ServletRequest baseRequest, ServletResponse baseResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) baseRequest;
        if ("POST".equals(request.getMethod())) {
            try {
                exploitProtectionService.compareToken(request.getParameter(exploitProtectionService.getCsrfTokenParameter()));
            } catch (ServiceException e) {
                HttpServletResponse response = (HttpServletResponse) baseResponse;
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("This form has expired or did not come from this shop. Go back, reload the page"
                        + " and try again. Nothing was changed.");
                return;
            }
        }
        chain.doFilter(request, baseResponse);
    }
}
