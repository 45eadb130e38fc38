package io.uplift.demo.web;

import io.uplift.broadleaf.bundle.CheckoutInventoryActivity;
import io.uplift.broadleaf.order.PlacedOrders;
import io.uplift.demo.data.DemoDataSeeder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.controller.checkout.BroadleafCheckoutController;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Address;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * One-page checkout of the demo store: e-mail, a US shipping address, standard shipping (free from the demo's
 * threshold), and Broadleaf 3.1's pass-through payment (collect on delivery) so no payment gateway is needed.
 * The order runs through Broadleaf's real pricing and checkout workflow.
 */
@Controller
public class DemoCheckoutController extends BroadleafCheckoutController {

    private static final Log LOG = LogFactory.getLog(DemoCheckoutController.class);

    /** The states the demo ships to (seeded in BLC_STATE). */
    public static final List<String> STATES = Arrays.asList("CA", "IL", "NY", "TX", "WA");

    @RequestMapping(value = "/checkout", method = RequestMethod.GET)
    public String page(Model model) {
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl || cart.getOrderItems().isEmpty()) {
            return "redirect:/cart";
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new LinkedHashMap<String, String>());
        }
        model.addAttribute("states", STATES);
        return "checkout/checkout";
    }

    @RequestMapping(value = "/checkout/place", method = RequestMethod.POST)
    public String place(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam Map<String, String> params, RedirectAttributes redirect) throws Exception {
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl || cart.getOrderItems().isEmpty()) {
            return "redirect:/cart";
        }
        Map<String, String> form = new LinkedHashMap<String, String>();
        for (String field : new String[] {"email", "firstName", "lastName", "address", "city", "state", "postalCode"}) {
            String v = params.get(field);
            form.put(field, v == null ? "" : v.trim());
        }
        Map<String, String> errors = validate(form);
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("errors", errors);
            return "redirect:/checkout";
        }
        cart.setEmailAddress(form.get("email"));
        FulfillmentGroup group = fulfillmentGroupService.getFirstShippableFulfillmentGroup(cart);
        if (group == null) {
            LOG.warn("cart " + cart.getId() + " has no shippable fulfillment group");
            return "redirect:/cart";
        }
        Address address = addressService.create();
        address.setFirstName(form.get("firstName"));
        address.setLastName(form.get("lastName"));
        address.setAddressLine1(form.get("address"));
        address.setCity(form.get("city"));
        address.setState(stateService.findStateByAbbreviation(form.get("state")));
        address.setPostalCode(form.get("postalCode"));
        address.setCountry(countryService.findCountryByAbbreviation("US"));
        address.setEmailAddress(form.get("email"));
        group.setAddress(address);
        group.setFulfillmentOption(fulfillmentOptionService.readFulfillmentOptionById(DemoDataSeeder.STANDARD_SHIPPING_OPTION_ID));
        orderService.save(cart, true);
        String view = processPassthroughCheckout(redirect, PaymentType.COD);
        if (!view.contains("/confirmation/")) {
            redirect.addFlashAttribute("form", form);
        }
        return view;
    }

    /**
     * A checkout the workflow refused goes back to the checkout page with a message: the plugin's stock check names
     * the product; anything else gets a general one (Broadleaf's default puts a code in the URL the page never shows).
     */
    @Override
    public void handleProcessingException(Exception e, RedirectAttributes redirect) {
        String message = CheckoutInventoryActivity.shopperMessage(e);
        if (message == null) {
            LOG.warn("checkout failed", e);
            message = "Sorry, your order could not be placed. Please try again.";
        }
        redirect.addFlashAttribute("checkoutError", message);
    }

    /** Field name to message; empty when the form is fine. */
    static Map<String, String> validate(Map<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        if (!form.get("email").matches("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[A-Za-z]{2,}")) {
            errors.put("email", "Enter an e-mail address like name@example.com.");
        }
        for (String f : new String[] {"firstName", "lastName", "address", "city"}) {
            String v = form.get(f);
            if (v.isEmpty() || v.length() > 100) {
                errors.put(f, "Required, at most 100 characters.");
            }
        }
        if (!STATES.contains(form.get("state"))) {
            errors.put("state", "Choose one of " + STATES + ".");
        }
        if (!form.get("postalCode").matches("\\d{5}")) {
            errors.put("postalCode", "A US ZIP code has five digits: '" + form.get("postalCode") + "'.");
        }
        return errors;
    }

    @RequestMapping(value = "/confirmation/{orderNumber}", method = RequestMethod.GET)
    public String confirmation(@org.springframework.web.bind.annotation.PathVariable("orderNumber") String orderNumber,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!orderNumber.matches("[A-Za-z0-9-]{1,40}")) {
            return "redirect:/";
        }
        Order order = orderService.findOrderByOrderNumber(orderNumber);
        if (order == null || !order.getCustomer().equals(org.broadleafcommerce.profile.web.core.CustomerState.getCustomer())) {
            return "redirect:/";
        }
        model.addAttribute("order", order);
        // "add to your order" links the orders both ways (a follow-up order names its original)
        model.addAttribute("followUpOf", PlacedOrders.followUpOf(order));
        model.addAttribute("followUps", PlacedOrders.followUps(
                orderService.findOrdersForCustomer(order.getCustomer()), order));
        return "checkout/confirmation";
    }
}
