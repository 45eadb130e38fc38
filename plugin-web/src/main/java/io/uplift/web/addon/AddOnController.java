package io.uplift.web.addon;

import io.uplift.broadleaf.addon.AddOnRefused;
import io.uplift.broadleaf.addon.AddOnService;
import io.uplift.broadleaf.addon.OrderAddOns;
import io.uplift.broadleaf.web.Json;
import io.uplift.web.cart.QuickAddController;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The checkout add-ons action (Broadleaf's CSRF token required, like every POST): {@code POST /uplift/checkout/add-ons}
 * sets the caller's own cart's add-ons to exactly the ticked ones ({@code addOn}, repeated; none removes them all).
 * {@code price_<id>} is the price the shopper was shown for an add-on: compared with the server's figure, never
 * charged. The cart is always the caller's (Broadleaf's {@link CartState}); a request naming another order
 * ({@code orderId}/{@code cartId}) or carrying any price-like parameter (amount, total, fee, cost, discount) is refused.
 * Any refusal: a clear message quoting the bad value, status 400 or 409, the cart unchanged. Answers JSON to scripts
 * ({@code Accept: application/json}: {@code ok, message, chosen, total}) and redirects a plain form post back to the
 * page ({@code returnTo}, a path of this site; default the checkout) with the message.
 */
@Controller
public class AddOnController {

    private static final Log LOG = LogFactory.getLog(AddOnController.class);

    public static final String PATH = "/uplift/checkout/add-ons";
    static final String PRICE_PREFIX = "price_";
    private static final List<String> FORBIDDEN = Arrays.asList("amount", "total", "fee", "cost", "discount");

    private final AddOnService addOns;
    private final OrderService orderService;

    public AddOnController(AddOnService addOns, OrderService orderService) {
        this.addOns = addOns;
        this.orderService = orderService;
    }

    @RequestMapping(value = PATH, method = RequestMethod.POST, produces = "application/json")
    public void chooseJson(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Result r = choose(request);
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("ok", r.ok);
        body.put("message", r.message);
        body.put("chosen", r.chosen);
        body.put("total", r.total);
        Json.write(response, r.status, body);
    }

    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String choose(HttpServletRequest request, RedirectAttributes redirect) {
        Result r = choose(request);
        redirect.addFlashAttribute(QuickAddController.MESSAGE, r.message);
        String returnTo = request.getParameter("returnTo");
        return "redirect:" + (returnTo == null || returnTo.trim().isEmpty() ? "/checkout"
                : QuickAddController.safeReturn(returnTo));
    }

    Result choose(HttpServletRequest request) {
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl || cart.getOrderItems() == null
                || cart.getOrderItems().isEmpty()) {
            return Result.fail(400, "Your cart is empty: there is no order to add gift wrap or insurance to.");
        }
        Map<String, String> shown = new LinkedHashMap<String, String>();
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            String name = p.getKey();
            String lower = name.toLowerCase(Locale.ROOT);
            String value = p.getValue().length == 0 ? "" : p.getValue()[0];
            if (lower.equals("orderid") || lower.equals("cartid")) {
                if (!String.valueOf(cart.getId()).equals(value.trim())) {
                    return Result.fail(400, "That order is not your cart: '" + value + "'. Nothing was changed.");
                }
            } else if (name.startsWith(PRICE_PREFIX)) {
                if (p.getValue().length > 1) {
                    return Result.fail(400, "The price of add-on '" + name.substring(PRICE_PREFIX.length())
                            + "' is sent twice. Nothing was changed.");
                }
                shown.put(name.substring(PRICE_PREFIX.length()), value);
            } else {
                for (String word : FORBIDDEN) {
                    if (lower.contains(word)) {
                        return Result.fail(400, "Prices are set by the shop; the parameter '" + name
                                + "' is not accepted. Nothing was changed.");
                    }
                }
            }
        }
        String[] ids = request.getParameterValues("addOn");
        List<String> idList = ids == null ? Collections.<String>emptyList() : Arrays.asList(ids);
        try {
            Order updated = addOns.choose(cart.getId(), idList, shown);
            CartState.setCart(updated);
            List<Long> chosen = new ArrayList<Long>(OrderAddOns.chosen(updated));
            List<String> names = new ArrayList<String>();
            for (Long id : chosen) {
                for (io.uplift.engine.addon.AddOn a : addOns.offered()) {
                    if (a.getId() == id) {
                        names.add(a.getName());
                    }
                }
            }
            Result ok = new Result(200, true, names.isEmpty() ? "No add-ons on your order."
                    : "Your order now includes: " + join(names) + ".");
            ok.chosen = chosen;
            ok.total = updated.getTotal() == null ? null : updated.getTotal().getAmount().setScale(2,
                    java.math.RoundingMode.HALF_UP).toPlainString();
            return ok;
        } catch (AddOnRefused e) {
            LOG.info("add-ons refused for cart " + cart.getId() + ": " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
            CartState.setCart(orderService.findOrderById(cart.getId()));
            return Result.fail(e.getCause() == null ? 400 : 409, e.getMessage());
        }
    }

    private static String join(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            sb.append(i == 0 ? "" : i == names.size() - 1 ? " and " : ", ").append(names.get(i));
        }
        return sb.toString();
    }

    static final class Result {
        final int status;
        final boolean ok;
        final String message;
        List<Long> chosen = Collections.emptyList();
        String total;

        Result(int status, boolean ok, String message) {
            this.status = status;
            this.ok = ok;
            this.message = message;
        }

        static Result fail(int status, String message) {
            return new Result(status, false, message);
        }
    }
}
