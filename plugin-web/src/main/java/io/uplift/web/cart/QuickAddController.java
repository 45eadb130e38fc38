package io.uplift.web.cart;

import io.uplift.broadleaf.event.PurchaseEventsActivity;
import io.uplift.broadleaf.warranty.WarrantyRefused;
import io.uplift.broadleaf.web.Json;
import io.uplift.engine.event.Attribution;
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
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code POST /uplift/cart/add}: the quick-add button of every suggestion card. Adds one product to the caller's own
 * cart through Broadleaf's {@link OrderService} (prices always from the catalog; the request carries only a product
 * id and a quantity). Protected by Broadleaf's CSRF filter like every storefront POST.
 *
 * <p>Without JavaScript the form posts and the shopper is sent back to the page ({@code returnTo}, a path of this
 * site only) with a message; the plugin's script sends {@code Accept: application/json} and gets
 * {@code {ok, message, productId, cartQuantity}} without a page reload. A bad product id or quantity, an inactive or
 * out-of-stock product: a clear message, status 400 or 409 for JSON, and the cart unchanged.</p>
 */
@Controller
public class QuickAddController {

    private static final Log LOG = LogFactory.getLog(QuickAddController.class);

    public static final String PATH = "/uplift/cart/add";
    /** Flash attribute the slot fragment shows after a redirect. */
    public static final String MESSAGE = "upliftMessage";
    public static final int MAX_QUANTITY = 99;
    /**
     * A path of this site with an optional query: the characters browsers send unencoded in a page's address (letters,
     * digits, {@code / _ . % ~ -} and RFC 3986's sub-delimiters and {@code : @}, e.g. {@code /search?q=a,b} or a
     * {@code ;jsessionid=...}); no space, quote, angle bracket, backslash, brace or line break.
     */
    static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9/_.%~,:()'!*@;=&+$-]*(\\?[A-Za-z0-9/?_.%~,:()'!*@;=&+$-]*)?");

    private final CatalogService catalogService;
    private final OrderService orderService;
    private final InventoryService inventoryService;
    private StorefrontEvents events;

    public QuickAddController(CatalogService catalogService, OrderService orderService, InventoryService inventoryService) {
        this.catalogService = catalogService;
        this.orderService = orderService;
        this.inventoryService = inventoryService;
    }

    /**
     * Attribution of suggestion adds (optional): the form's {@code upliftWidget} names the widget; a new cart line
     * gets the {@code upliftSource} order item attribute in the same add, and an {@code ADD_TO_CART} event.
     */
    public void setEvents(StorefrontEvents events) {
        this.events = events;
    }

    /** The plugin's script: answers JSON, never redirects. */
    @RequestMapping(value = PATH, method = RequestMethod.POST, produces = "application/json")
    public void addJson(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(value = "productId", required = false) String productId,
            @RequestParam(value = "quantity", required = false, defaultValue = "1") String quantity) throws IOException {
        Result result = addToCart(request, productId, quantity);
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("ok", result.ok);
        body.put("message", result.message);
        body.put("productId", result.productId);
        body.put("cartQuantity", result.cartQuantity);
        Json.write(response, result.status, body);
    }

    /** A plain form post (no JavaScript): back to the page the shopper was on, with the message. */
    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String add(HttpServletRequest request, RedirectAttributes redirect,
            @RequestParam(value = "productId", required = false) String productId,
            @RequestParam(value = "quantity", required = false, defaultValue = "1") String quantity,
            @RequestParam(value = "returnTo", required = false) String returnTo) {
        Result result = addToCart(request, productId, quantity);
        redirect.addFlashAttribute(MESSAGE, result.message);
        return "redirect:" + safeReturn(returnTo);
    }

    private Result addToCart(HttpServletRequest request, String productId, String quantity) {
        Long id = parseId(productId);
        if (id == null) {
            return Result.fail(400, "That product does not exist: '" + productId + "'.", null);
        }
        Integer qty = parseQuantity(quantity);
        if (qty == null) {
            return Result.fail(400, "Quantity must be a whole number from 1 to " + MAX_QUANTITY + ": '" + quantity
                    + "'.", id);
        }
        Product product = catalogService.findProductById(id);
        Sku sku = product == null ? null : product.getDefaultSku();
        if (product == null || sku == null || !product.isActive() || !sku.isActive()) {
            return Result.fail(400, "That product cannot be bought: '" + productId + "'.", id);
        }
        Order cart = CartState.getCart();
        int inCart = quantityInCart(cart, id);
        if (!inventoryService.isAvailable(sku, qty + inCart)) {
            return Result.fail(409, "Sorry, " + product.getName() + " is not available in that quantity.", id);
        }
        // attributed only when the suggestion starts a new line; adding to a line already in the cart raises its
        // quantity (Broadleaf merges by SKU) and the line keeps what it had (README, "Events and attribution")
        Attribution source = events == null ? null
                : events.source(request);
        boolean attribute = source != null && lineOf(cart, sku.getId()) == null;
        try {
            if (cart == null || cart instanceof NullOrderImpl) {
                cart = orderService.createNewCartForCustomer(CustomerState.getCustomer(request));
            }
            OrderItemRequestDTO item = new OrderItemRequestDTO(id, sku.getId(), qty);
            if (attribute) {
                item.getItemAttributes().put(PurchaseEventsActivity.ATTRIBUTE, source.toText());
            }
            cart = orderService.addItem(cart.getId(), item, true);
            CartState.setCart(cart);
        } catch (Exception e) {
            LOG.info("quick add refused for product " + id + ": " + e);
            WarrantyRefused warranty = WarrantyRefused.in(e);
            return Result.fail(409, warranty != null ? warranty.getMessage()
                    : "Sorry, " + product.getName() + " could not be added to your cart.", id);
        }
        OrderItem line = attribute ? lineOf(cart, sku.getId()) : null;
        if (line != null) {
            events.addedToCart(request, source, id, line.getId());
        }
        Result ok = new Result(200, true, "Added " + product.getName() + " to your cart.", id);
        ok.cartQuantity = totalQuantity(cart);
        return ok;
    }

    /**
     * The return path if it is a plain path of this site, else the cart. Besides the characters allowed, its path part
     * has no empty segment ({@code //}), no {@code .} or {@code ..} segment and no encoded dot, slash or backslash: the
     * server cleans such paths up (e.g. {@code /.//evil.example} to {@code //evil.example}), and a redirect to the
     * result may leave the site.
     */
    public static String safeReturn(String returnTo) {
        if (returnTo == null || returnTo.length() > 500 || !SAFE_PATH.matcher(returnTo).matches()) {
            return "/cart";
        }
        int query = returnTo.indexOf('?');
        String path = (query < 0 ? returnTo : returnTo.substring(0, query)).toLowerCase(java.util.Locale.ROOT);
        if (path.contains("//") || path.contains("%2e") || path.contains("%2f") || path.contains("%5c")) {
            return "/cart";
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return "/cart";
            }
        }
        return returnTo;
    }

    public static Long parseId(String raw) {
        if (raw == null || !raw.trim().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(raw.trim());
    }

    static Integer parseQuantity(String raw) {
        if (raw == null || !raw.trim().matches("\\d{1,3}")) {
            return null;
        }
        int q = Integer.parseInt(raw.trim());
        return q < 1 || q > MAX_QUANTITY ? null : q;
    }

    /** Units of the product in the cart, over all its lines. */
    public static int quantityInCart(Order cart, long productId) {
        int sum = 0;
        if (cart != null && !(cart instanceof NullOrderImpl) && cart.getOrderItems() != null) {
            for (OrderItem item : cart.getOrderItems()) {
                if (item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getProduct() != null
                        && ((DiscreteOrderItem) item).getProduct().getId() == productId) {
                    sum += item.getQuantity();
                }
            }
        }
        return sum;
    }

    /** The cart's line of this SKU (not a child line), or null. */
    public static OrderItem lineOf(Order cart, long skuId) {
        if (cart != null && !(cart instanceof NullOrderImpl) && cart.getOrderItems() != null) {
            for (OrderItem item : cart.getOrderItems()) {
                if (item instanceof DiscreteOrderItem && item.getParentOrderItem() == null
                        && ((DiscreteOrderItem) item).getSku() != null
                        && ((DiscreteOrderItem) item).getSku().getId() == skuId) {
                    return item;
                }
            }
        }
        return null;
    }

    /** Units in the cart, over all lines. */
    public static int totalQuantity(Order cart) {
        int sum = 0;
        if (cart != null && cart.getOrderItems() != null) {
            for (OrderItem item : cart.getOrderItems()) {
                sum += item.getQuantity();
            }
        }
        return sum;
    }

    private static final class Result {
        final int status;
        final boolean ok;
        final String message;
        final Long productId;
        Integer cartQuantity;

        Result(int status, boolean ok, String message, Long productId) {
            this.status = status;
            this.ok = ok;
            this.message = message;
            this.productId = productId;
        }

        static Result fail(int status, String message, Long productId) {
            return new Result(status, false, message, productId);
        }
    }
}
