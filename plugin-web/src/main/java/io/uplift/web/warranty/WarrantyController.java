package io.uplift.web.warranty;

import io.uplift.broadleaf.event.PurchaseEventsActivity;
import io.uplift.broadleaf.warranty.WarrantyLines;
import io.uplift.broadleaf.warranty.WarrantyRefused;
import io.uplift.broadleaf.warranty.WarrantyService;
import io.uplift.broadleaf.web.Json;
import io.uplift.engine.event.Attribution;
import io.uplift.engine.warranty.WarrantyChoice;
import io.uplift.web.cart.QuickAddController;
import io.uplift.web.event.StorefrontEvents;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.inventory.service.InventoryService;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The storefront's warranty actions (Broadleaf's CSRF token required, like every POST):
 * <ul>
 * <li>{@code POST /uplift/warranty/add} ({@code lineId}, {@code planId}, {@code term}, optional {@code price}): puts
 * the plan on a line of the caller's cart, replacing the line's plan;</li>
 * <li>{@code POST /uplift/warranty/add-with-product} ({@code productId}, {@code quantity}, {@code planId},
 * {@code term}, optional {@code price}): the product page's add-to-cart with a plan, both in one transaction.</li>
 * </ul>
 * {@code price} is what the shopper was shown: compared with the server's figure, never charged. Any refusal: a
 * clear message, the cart unchanged. Each answers JSON to scripts ({@code Accept: application/json}) and redirects a
 * plain form post back to the page with the message.
 */
@Controller
public class WarrantyController {

    private static final Log LOG = LogFactory.getLog(WarrantyController.class);

    public static final String PATH = "/uplift/warranty/add";
    public static final String WITH_PRODUCT_PATH = "/uplift/warranty/add-with-product";

    private final WarrantyService warranties;
    private final CatalogService catalogService;
    private final OrderService orderService;
    private final InventoryService inventoryService;

    private StorefrontEvents events;

    public WarrantyController(WarrantyService warranties, CatalogService catalogService, OrderService orderService,
            InventoryService inventoryService) {
        this.warranties = warranties;
        this.catalogService = catalogService;
        this.orderService = orderService;
        this.inventoryService = inventoryService;
    }

    @RequestMapping(value = PATH, method = RequestMethod.POST, produces = "application/json")
    public void addJson(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(value = "lineId", required = false) String lineId,
            @RequestParam(value = "planId", required = false) String planId,
            @RequestParam(value = "term", required = false) String term,
            @RequestParam(value = "price", required = false) String price) throws IOException {
        write(response, add(request, lineId, planId, term, price));
    }

    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String add(HttpServletRequest request, RedirectAttributes redirect,
            @RequestParam(value = "lineId", required = false) String lineId,
            @RequestParam(value = "planId", required = false) String planId,
            @RequestParam(value = "term", required = false) String term,
            @RequestParam(value = "price", required = false) String price,
            @RequestParam(value = "returnTo", required = false) String returnTo) {
        Result r = add(request, lineId, planId, term, price);
        redirect.addFlashAttribute(QuickAddController.MESSAGE, r.message);
        return "redirect:" + QuickAddController.safeReturn(returnTo);
    }

    @RequestMapping(value = WITH_PRODUCT_PATH, method = RequestMethod.POST, produces = "application/json")
    public void addWithProductJson(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(value = "productId", required = false) String productId,
            @RequestParam(value = "quantity", required = false, defaultValue = "1") String quantity,
            @RequestParam(value = "planId", required = false) String planId,
            @RequestParam(value = "term", required = false) String term,
            @RequestParam(value = "price", required = false) String price) throws IOException {
        write(response, addWithProduct(request, productId, quantity, planId, term, price));
    }

    @RequestMapping(value = WITH_PRODUCT_PATH, method = RequestMethod.POST)
    public String addWithProduct(HttpServletRequest request, RedirectAttributes redirect,
            @RequestParam(value = "productId", required = false) String productId,
            @RequestParam(value = "quantity", required = false, defaultValue = "1") String quantity,
            @RequestParam(value = "planId", required = false) String planId,
            @RequestParam(value = "term", required = false) String term,
            @RequestParam(value = "price", required = false) String price,
            @RequestParam(value = "returnTo", required = false) String returnTo) {
        Result r = addWithProduct(request, productId, quantity, planId, term, price);
        redirect.addFlashAttribute(QuickAddController.MESSAGE, r.message);
        return "redirect:" + QuickAddController.safeReturn(returnTo);
    }

    Result add(String lineIdText, String planIdText, String termText, String priceText) {
        return add(null, lineIdText, planIdText, termText, priceText);
    }

    /**
     * Attribution (optional): with the form's {@code upliftWidget}, the plan line gets the {@code upliftSource}
     * order item attribute in the same transaction, and an {@code ADD_TO_CART} event.
     */
    public void setEvents(StorefrontEvents events) {
        this.events = events;
    }

    private Attribution source(HttpServletRequest request) {
        return events == null || request == null ? null
                : events.source(request);
    }

    /** The attributed plan line the add made (not among {@code before}): its ADD_TO_CART. */
    private void addedPlan(HttpServletRequest request, Attribution source, Set<Long> before, Order updated) {
        if (source == null || updated == null) {
            return;
        }
        for (OrderItem item : updated.getOrderItems()) {
            if (!before.contains(item.getId()) && WarrantyLines.isPlanLine(item) && item instanceof DiscreteOrderItem
                    && WarrantyLines.attribute(item, PurchaseEventsActivity.ATTRIBUTE) != null) {
                events.addedToCart(request, source, ((DiscreteOrderItem) item).getProduct().getId(), item.getId());
            }
        }
    }

    private static Set<Long> lineIds(Order cart) {
        Set<Long> ids = new HashSet<Long>();
        if (cart != null && !(cart instanceof NullOrderImpl) && cart.getOrderItems() != null) {
            for (OrderItem item : cart.getOrderItems()) {
                ids.add(item.getId());
            }
        }
        return ids;
    }

    Result add(HttpServletRequest request, String lineIdText, String planIdText, String termText, String priceText) {
        Long lineId = QuickAddController.parseId(lineIdText);
        if (lineId == null) {
            return Result.fail(400, "That cart line does not exist: '" + lineIdText + "'.");
        }
        Choice choice = Choice.parse(planIdText, termText, priceText);
        if (choice.error != null) {
            return Result.fail(400, choice.error);
        }
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl) {
            return Result.fail(400, "That line is not in your cart: '" + lineIdText + "'.");
        }
        try {
            Attribution source = source(request);
            Set<Long> before = lineIds(cart);
            Order updated = warranties.choose(cart.getId(), lineId, choice.planId, choice.years, choice.price,
                    source == null ? null : source.toText());
            CartState.setCart(updated);
            addedPlan(request, source, before, updated);
            return new Result(200, true, "Added the protection plan (" + WarrantyChoice.years(choice.years) + ").");
        } catch (WarrantyRefused e) {
            return refused(cart, e, "line " + lineId);
        }
    }

    Result addWithProduct(HttpServletRequest request, String productIdText, String quantityText, String planIdText,
            String termText, String priceText) {
        Long productId = QuickAddController.parseId(productIdText);
        if (productId == null) {
            return Result.fail(400, "That product does not exist: '" + productIdText + "'.");
        }
        Integer quantity = quantityText != null && quantityText.trim().matches("\\d{1,2}")
                ? Integer.valueOf(quantityText.trim()) : null;
        if (quantity == null || quantity < 1 || quantity > QuickAddController.MAX_QUANTITY) {
            return Result.fail(400, "Quantity must be a whole number from 1 to " + QuickAddController.MAX_QUANTITY
                    + ": '" + quantityText + "'.");
        }
        Choice choice = Choice.parse(planIdText, termText, priceText);
        if (choice.error != null) {
            return Result.fail(400, choice.error);
        }
        Product product = catalogService.findProductById(productId);
        Sku sku = product == null ? null : product.getDefaultSku();
        if (product == null || sku == null || !product.isActive() || !sku.isActive()) {
            return Result.fail(400, "That product cannot be bought: '" + productIdText + "'.");
        }
        Order cart = CartState.getCart();
        if (!inventoryService.isAvailable(sku, quantity + QuickAddController.quantityInCart(cart, productId))) {
            return Result.fail(409, "Sorry, " + product.getName() + " is not available in that quantity.");
        }
        if (cart == null || cart instanceof NullOrderImpl) {
            cart = orderService.createNewCartForCustomer(CustomerState.getCustomer(request));
        }
        try {
            Attribution source = source(request);
            Set<Long> before = lineIds(cart);
            Order updated = warranties.addWithPlan(cart.getId(), productId, sku.getId(), quantity, choice.planId,
                    choice.years, choice.price, source == null ? null : source.toText());
            CartState.setCart(updated);
            addedPlan(request, source, before, updated);
            return new Result(200, true, "Added " + product.getName() + " with its protection plan ("
                    + WarrantyChoice.years(choice.years) + ") to your cart.");
        } catch (WarrantyRefused e) {
            return refused(cart, e, "product " + productId);
        }
    }

    private Result refused(Order cart, WarrantyRefused e, String what) {
        LOG.info("warranty refused for " + what + ": " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
        CartState.setCart(orderService.findOrderById(cart.getId()));
        return Result.fail(409, e.getMessage());
    }

    private static void write(HttpServletResponse response, Result r) throws IOException {
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("ok", r.ok);
        body.put("message", r.message);
        Json.write(response, r.status, body);
    }

    /** The plan, term and shown price of a request, or why they cannot be read. */
    static final class Choice {
        Long planId;
        int years;
        BigDecimal price;
        String error;

        static Choice parse(String planIdText, String termText, String priceText) {
            Choice c = new Choice();
            c.planId = QuickAddController.parseId(planIdText);
            if (c.planId == null) {
                c.error = "That protection plan does not exist: '" + planIdText + "'.";
            } else if (termText == null || !termText.trim().matches("\\d{1,2}")) {
                c.error = "That term does not exist: '" + termText + "'.";
            } else if (priceText != null && !priceText.trim().isEmpty()
                    && !priceText.trim().matches("\\d{1,9}(\\.\\d{1,2})?")) {
                c.error = "The price is malformed: '" + priceText + "'. Please reload the page and try again.";
            } else {
                c.years = Integer.parseInt(termText.trim());
                c.price = priceText == null || priceText.trim().isEmpty() ? null : new BigDecimal(priceText.trim());
            }
            return c;
        }
    }

    static final class Result {
        final int status;
        final boolean ok;
        final String message;

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
