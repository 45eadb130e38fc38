package io.uplift.demo.web;

import io.uplift.broadleaf.warranty.WarrantyRefused;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.inventory.service.InventoryService;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.web.order.model.AddToCartItem;
import org.broadleafcommerce.core.order.service.exception.AddToCartException;
import org.broadleafcommerce.core.order.service.exception.RemoveFromCartException;
import org.broadleafcommerce.core.order.service.exception.UpdateCartException;
import org.broadleafcommerce.core.web.controller.cart.BroadleafCartController;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The demo cart on Broadleaf's cart controller. Every parameter is checked before Broadleaf sees it; a bad one
 * gives a message on the cart page and leaves the cart as it was. Prices always come from the catalog.
 */
@Controller
@RequestMapping("/cart")
public class DemoCartController extends BroadleafCartController {

    private static final Log LOG = LogFactory.getLog(DemoCartController.class);

    /** Largest quantity one request may set for one line. */
    public static final int MAX_QUANTITY = 99;
    static final String MESSAGE = "cartMessage";

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "blInventoryService")
    protected InventoryService inventoryService;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String show(HttpServletRequest request, HttpServletResponse response, Model model) throws Exception {
        return super.cart(request, response, model);
    }

    @RequestMapping(value = "/add", method = RequestMethod.POST)
    public String addItem(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam(value = "productId", required = false) String productId,
            @RequestParam(value = "quantity", required = false, defaultValue = "1") String quantity,
            RedirectAttributes redirect) throws Exception {
        Long id = parseId(productId);
        Integer qty = parseQuantity(quantity, 1);
        if (id == null) {
            return fail(redirect, "That product does not exist: '" + productId + "'.");
        }
        if (qty == null) {
            return fail(redirect, "Quantity must be a whole number from 1 to " + MAX_QUANTITY + ": '" + quantity + "'.");
        }
        Product product = catalogService.findProductById(id);
        if (product == null || !product.isActive()) {
            return fail(redirect, "That product cannot be bought: '" + productId + "'.");
        }
        // Broadleaf 3.1 checks stock only at checkout; the cart refuses what cannot be shipped right away
        if (!inventoryService.isAvailable(product.getDefaultSku(), qty + quantityInCart(id))) {
            return fail(redirect, "Sorry, " + product.getName() + " is not available in that quantity.");
        }
        AddToCartItem item = new AddToCartItem();
        item.setProductId(id);
        item.setSkuId(product.getDefaultSku().getId());
        item.setQuantity(qty);
        try {
            super.add(request, response, model, item);
        } catch (AddToCartException e) {
            LOG.info("add to cart refused for product " + id + ": " + e.getMessage());
            WarrantyRefused warranty = WarrantyRefused.in(e);
            return fail(redirect, warranty != null ? warranty.getMessage()
                    : "Sorry, " + product.getName() + " is not available in that quantity.");
        }
        redirect.addFlashAttribute(MESSAGE, "Added " + product.getName() + " to your cart.");
        return "redirect:/cart";
    }

    @RequestMapping(value = "/update", method = RequestMethod.POST)
    public String update(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam(value = "orderItemId", required = false) String orderItemId,
            @RequestParam(value = "quantity", required = false) String quantity,
            RedirectAttributes redirect) throws Exception {
        OrderItem line = lineOfThisCart(orderItemId);
        Integer qty = parseQuantity(quantity, 0);
        if (line == null) {
            return fail(redirect, "That line is not in your cart: '" + orderItemId + "'.");
        }
        if (qty == null) {
            return fail(redirect, "Quantity must be a whole number from 0 to " + MAX_QUANTITY + ": '" + quantity + "'.");
        }
        if (qty > 0 && line instanceof DiscreteOrderItem
                && !inventoryService.isAvailable(((DiscreteOrderItem) line).getSku(), qty)) {
            return fail(redirect, "Sorry, " + line.getName() + " is not available in that quantity.");
        }
        AddToCartItem item = new AddToCartItem();
        item.setOrderItemId(line.getId());
        item.setQuantity(qty);
        try {
            if (qty == 0) {
                super.remove(request, response, model, item);
            } else {
                super.updateQuantity(request, response, model, item);
            }
        } catch (UpdateCartException | RemoveFromCartException e) {
            LOG.info("cart update refused for line " + line.getId() + ": " + e.getMessage());
            WarrantyRefused warranty = WarrantyRefused.in(e);
            return fail(redirect, warranty != null ? warranty.getMessage()
                    : "Sorry, " + line.getName() + " is not available in that quantity.");
        }
        return "redirect:/cart";
    }

    @RequestMapping(value = "/remove", method = RequestMethod.POST)
    public String removeLine(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam(value = "orderItemId", required = false) String orderItemId,
            RedirectAttributes redirect) throws Exception {
        OrderItem line = lineOfThisCart(orderItemId);
        if (line == null) {
            return fail(redirect, "That line is not in your cart: '" + orderItemId + "'.");
        }
        AddToCartItem item = new AddToCartItem();
        item.setOrderItemId(line.getId());
        super.remove(request, response, model, item);
        return "redirect:/cart";
    }

    /** Units of the product already in the caller's cart. */
    static int quantityInCart(long productId) {
        Order cart = CartState.getCart();
        int sum = 0;
        if (cart != null && !(cart instanceof NullOrderImpl)) {
            for (OrderItem item : cart.getOrderItems()) {
                if (item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getProduct() != null
                        && ((DiscreteOrderItem) item).getProduct().getId() == productId) {
                    sum += item.getQuantity();
                }
            }
        }
        return sum;
    }

    /** The line of the caller's own cart with this id, or {@code null}. */
    static OrderItem lineOfThisCart(String orderItemId) {
        Long id = parseId(orderItemId);
        Order cart = CartState.getCart();
        if (id == null || cart == null || cart instanceof NullOrderImpl) {
            return null;
        }
        for (OrderItem item : cart.getOrderItems()) {
            if (id.equals(item.getId())) {
                return item;
            }
        }
        return null;
    }

    static Long parseId(String raw) {
        if (raw == null || !raw.trim().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(raw.trim());
    }

    static Integer parseQuantity(String raw, int min) {
        if (raw == null || !raw.trim().matches("\\d{1,3}")) {
            return null;
        }
        int q = Integer.parseInt(raw.trim());
        return q < min || q > MAX_QUANTITY ? null : q;
    }

    private static String fail(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute(MESSAGE, message);
        redirect.addFlashAttribute("cartError", Boolean.TRUE);
        return "redirect:/cart";
    }
}
