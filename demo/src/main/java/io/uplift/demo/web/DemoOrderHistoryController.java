package io.uplift.demo.web;

import io.uplift.broadleaf.order.OrderCancellationService;
import io.uplift.broadleaf.order.PlacedOrders;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.web.controller.account.BroadleafOrderHistoryController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The signed-in shopper's orders (Broadleaf's {@link BroadleafOrderHistoryController}; {@code /account/**} needs a
 * signed-in customer, see the site security XML): {@code /account/orders} lists the placed orders, newest first,
 * with their state and linked follow-up orders; {@code /account/orders/{orderNumber}} shows one of the caller's own
 * orders (another customer's or an unknown number: 404 with a message) with each protection plan under the line it
 * covers, cancelled lines marked, and "Cancel" buttons while the order is not fulfilled.
 */
@Controller
public class DemoOrderHistoryController extends BroadleafOrderHistoryController {

    @RequestMapping(value = "/account/orders", method = RequestMethod.GET)
    public String orders(HttpServletRequest request, Model model) {
        List<Order> orders = placedOrders();
        Map<String, List<String>> followUps = new LinkedHashMap<String, List<String>>();
        Map<String, String> states = new LinkedHashMap<String, String>();
        for (Order o : orders) {
            followUps.put(o.getOrderNumber(), PlacedOrders.followUps(orders, o));
            states.put(o.getOrderNumber(), state(o));
        }
        model.addAttribute("orders", orders);
        model.addAttribute("followUps", followUps);
        model.addAttribute("states", states);
        return "account/orderHistory";
    }

    @RequestMapping(value = "/account/orders/{orderNumber}", method = RequestMethod.GET)
    public String order(@PathVariable("orderNumber") String orderNumber, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Order order = orderNumber.matches("[A-Za-z0-9-]{1,40}") ? orderService.findOrderByOrderNumber(orderNumber) : null;
        Customer customer = CustomerState.getCustomer();
        if (order == null || customer == null || order.getCustomer() == null
                || !customer.getId().equals(order.getCustomer().getId()) || !PlacedOrders.isPlaced(order)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("missing", orderNumber);
            return "account/orderDetails";
        }
        Set<Long> cancelled = new HashSet<Long>();
        for (OrderItem item : order.getOrderItems()) {
            if (PlacedOrders.isCancelled(item)) {
                cancelled.add(item.getId());
            }
        }
        List<Order> orders = placedOrders();
        model.addAttribute("order", order);
        model.addAttribute("state", state(order));
        model.addAttribute("cancellable", !PlacedOrders.isFulfilled(order) && !PlacedOrders.isCancelled(order));
        model.addAttribute("cancelled", cancelled);
        model.addAttribute("refunded", OrderCancellationService.refunded(order));
        model.addAttribute("followUps", PlacedOrders.followUps(orders, order));
        model.addAttribute("followUpOf", PlacedOrders.followUpOf(order));
        return "account/orderDetails";
    }

    /** The caller's submitted and cancelled orders, newest first. */
    private List<Order> placedOrders() {
        List<Order> out = new ArrayList<Order>();
        for (Order o : orderService.findOrdersForCustomer(CustomerState.getCustomer())) {
            if (PlacedOrders.isPlaced(o)) {
                out.add(o);
            }
        }
        Collections.sort(out, new Comparator<Order>() {
            @Override
            public int compare(Order a, Order b) {
                Date x = a.getSubmitDate();
                Date y = b.getSubmitDate();
                int byDate = x == null || y == null ? 0 : y.compareTo(x);
                return byDate != 0 ? byDate : b.getId().compareTo(a.getId());
            }
        });
        return out;
    }

    /** The order's state in words: cancelled, shipped or being prepared. */
    static String state(Order order) {
        return PlacedOrders.isCancelled(order) ? "Cancelled"
                : PlacedOrders.isFulfilled(order) ? "Shipped" : "Being prepared";
    }
}
