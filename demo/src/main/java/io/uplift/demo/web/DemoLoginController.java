package io.uplift.demo.web;

import org.broadleafcommerce.core.web.controller.account.BroadleafLoginController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The demo's sign-in page ({@code /login}, Broadleaf's {@link BroadleafLoginController}). The form posts to Spring
 * Security's {@code /login_post.htm} (site security XML) with Broadleaf's CSRF token; after signing in the shopper
 * returns to the page that asked for it (e.g. {@code /account/orders}).
 */
@Controller
public class DemoLoginController extends BroadleafLoginController {

    @Override
    @RequestMapping(value = "/login", method = RequestMethod.GET)
    public String login(HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("loginError", request.getParameter("error") != null);
        return super.login(request, response, model);
    }
}
