package io.uplift.web.journey;

import io.uplift.broadleaf.web.Json;
import io.uplift.engine.journey.Journey;
import io.uplift.web.cart.QuickAddController;
import io.uplift.web.slot.ShopperContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code POST /uplift/warranty/decline} ({@code returnTo}: the page the offer was declined on; Broadleaf's CSRF token
 * required): the shopper's "No thanks" to the protection-plan offer. Counted once per page in the visit's
 * {@link Journey}; once the count reaches the merchandiser's limit (Uplift &gt; Offer limits) no plan is offered again in
 * this visit. A missing or foreign page is refused (400) and counts nothing. JSON for scripts, a redirect back to the
 * page for plain forms.
 */
@Controller
public class OfferDeclineController {

    public static final String PATH = "/uplift/warranty/decline";

    @RequestMapping(value = PATH, method = RequestMethod.POST, produces = "application/json")
    public void declineJson(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(value = "returnTo", required = false) String returnTo) throws IOException {
        String place = place(returnTo);
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        if (place == null) {
            body.put("ok", false);
            body.put("message", refusal(returnTo));
            Json.write(response, 400, body);
            return;
        }
        body.put("ok", true);
        body.put("declines", ShopperContext.journey(request.getSession(true)).recordWarrantyDecline(place));
        body.put("message", "No protection plan then. You can still add one from your cart.");
        Json.write(response, 200, body);
    }

    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String decline(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect,
            @RequestParam(value = "returnTo", required = false) String returnTo) throws IOException {
        String place = place(returnTo);
        if (place == null) {
            response.sendError(400, refusal(returnTo));
            return null;
        }
        ShopperContext.journey(request.getSession(true)).recordWarrantyDecline(place);
        redirect.addFlashAttribute(QuickAddController.MESSAGE, "No protection plan then. You can still add one from your cart.");
        return "redirect:" + returnTo;
    }

    /** The page's path (its place in the visit), or {@code null} when it is missing or not a page of this site. */
    static String place(String returnTo) {
        if (returnTo == null || !QuickAddController.safeReturn(returnTo).equals(returnTo)) {
            return null;
        }
        int query = returnTo.indexOf('?');
        return query < 0 ? returnTo : returnTo.substring(0, query);
    }

    private static String refusal(String returnTo) {
        return "The page of the declined offer is missing or not a page of this shop: '" + returnTo + "'.";
    }
}
