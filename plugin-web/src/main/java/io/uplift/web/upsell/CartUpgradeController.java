package io.uplift.web.upsell;

import io.uplift.broadleaf.event.PurchaseEventsActivity;
import io.uplift.broadleaf.warranty.WarrantyLines;
import io.uplift.broadleaf.warranty.WarrantyRefused;
import io.uplift.broadleaf.warranty.WarrantyService;
import io.uplift.broadleaf.web.Json;
import io.uplift.engine.CartLine;
import io.uplift.engine.event.Attribution;
import io.uplift.engine.upsell.CartUpgrades;
import io.uplift.engine.upsell.ComparisonGroupsSource;
import io.uplift.engine.upsell.PriceText;
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
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code POST /uplift/cart/upgrade}: "upgrade to 256 GB for +$100" in the cart. Replaces one line of the caller's
 * own cart with a better version of its comparison group, keeping the quantity and any child lines (e.g. a
 * protection plan), in one transaction: either the cart has the new line with its children and the old line is gone,
 * or nothing changed.
 *
 * <p>The request names the line, the target product and the unit price difference the shopper was shown
 * ({@code delta}); the difference is only compared with the server's own figure (the upgrade is refused when the
 * price changed), never used as a price: prices come from Broadleaf's pricing. A line of another cart, a product
 * that is not a better version of the line's, an inactive or out-of-stock version, a missing or different delta: a
 * clear message, the cart unchanged. Protected by the storefront's CSRF filter like every POST.</p>
 */
@Controller
public class CartUpgradeController {

    private static final Log LOG = LogFactory.getLog(CartUpgradeController.class);

    public static final String PATH = "/uplift/cart/upgrade";
    /** Order item attribute on a line created by an upgrade that carried child lines: the product it replaced. */
    public static final String UPGRADED_FROM = "upliftUpgradedFrom";

    private final CatalogService catalogService;
    private final OrderService orderService;
    private final InventoryService inventoryService;
    private final ComparisonGroupsSource groups;
    private final CartUpgrades upgrades;
    private final TransactionTemplate transaction;
    private final WarrantyService warranties;

    /**
     * @param warranties puts the replaced line's protection plan on the new line (priced for the new version), or
     *                   {@code null} when the shop has no warranty plans
     */
    private StorefrontEvents events;

    public CartUpgradeController(CatalogService catalogService, OrderService orderService,
            InventoryService inventoryService, ComparisonGroupsSource groups, CartUpgrades upgrades,
            PlatformTransactionManager transactionManager, WarrantyService warranties) {
        this.catalogService = catalogService;
        this.orderService = orderService;
        this.inventoryService = inventoryService;
        this.groups = groups;
        this.upgrades = upgrades;
        this.transaction = new TransactionTemplate(transactionManager);
        this.warranties = warranties;
    }

    /** Scripts and API clients: answers {@code {ok, message, lineId, productId}}, never redirects. */
    @RequestMapping(value = PATH, method = RequestMethod.POST, produces = "application/json")
    public void upgradeJson(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(value = "lineId", required = false) String lineId,
            @RequestParam(value = "productId", required = false) String productId,
            @RequestParam(value = "delta", required = false) String delta) throws IOException {
        Result r = upgrade(request, lineId, productId, delta);
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("ok", r.ok);
        body.put("message", r.message);
        body.put("lineId", r.newLineId);
        body.put("productId", r.productId);
        Json.write(response, r.status, body);
    }

    /** The cart's upgrade form (no JavaScript needed): back to the page with the message. */
    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String upgrade(HttpServletRequest request, RedirectAttributes redirect,
            @RequestParam(value = "lineId", required = false) String lineId,
            @RequestParam(value = "productId", required = false) String productId,
            @RequestParam(value = "delta", required = false) String delta,
            @RequestParam(value = "returnTo", required = false) String returnTo) {
        Result r = upgrade(request, lineId, productId, delta);
        redirect.addFlashAttribute(QuickAddController.MESSAGE, r.message);
        return "redirect:" + QuickAddController.safeReturn(returnTo);
    }

    Result upgrade(String lineIdText, String productIdText, String deltaText) {
        return upgrade(null, lineIdText, productIdText, deltaText);
    }

    /**
     * Attribution (optional): with the form's {@code upliftWidget}, a new line of the better version gets the
     * {@code upliftSource} order item attribute in the same transaction as the replacement, and an
     * {@code ADD_TO_CART} event; merged into a line of that version already in the cart, it keeps what that line had.
     */
    public void setEvents(StorefrontEvents events) {
        this.events = events;
    }

    Result upgrade(HttpServletRequest request, String lineIdText, String productIdText, String deltaText) {
        Long lineId = QuickAddController.parseId(lineIdText);
        Long toId = QuickAddController.parseId(productIdText);
        if (lineId == null) {
            return Result.fail(400, "That cart line does not exist: '" + lineIdText + "'.");
        }
        if (toId == null) {
            return Result.fail(400, "That product does not exist: '" + productIdText + "'.");
        }
        BigDecimal shown = parseDelta(deltaText);
        if (shown == null) {
            return Result.fail(400, "The upgrade price is missing or malformed: '" + deltaText
                    + "'. Please reload the cart and try again.");
        }
        Order cart = CartState.getCart();
        OrderItem line = cart == null || cart instanceof NullOrderImpl ? null : topLevelLine(cart, lineId);
        if (line == null) {
            return Result.fail(400, "That line is not in your cart: '" + lineIdText + "'.");
        }
        DiscreteOrderItem item = (DiscreteOrderItem) line;
        long fromId = item.getProduct().getId();
        String refused = upgrades.check(groups.current(), new CartLine(lineId, fromId, item.getQuantity()), toId);
        if (refused != null) {
            return Result.fail(refused.startsWith("Sorry") ? 409 : 400, refused);
        }
        Product to = catalogService.findProductById(toId);
        Sku sku = to == null ? null : to.getDefaultSku();
        if (to == null || sku == null || !to.isActive() || !sku.isActive()
                || !inventoryService.isAvailable(sku, item.getQuantity() + QuickAddController.quantityInCart(cart, toId))) {
            return Result.fail(409, "Sorry, " + (to == null ? "that version" : to.getName())
                    + " is not available in that quantity.");
        }
        BigDecimal delta = upgrades.unitDelta(fromId, toId);
        if (delta == null || delta.compareTo(shown) != 0) {
            String now = delta == null ? "unknown" : PriceText.signed(delta, null);
            return Result.fail(409, "The price of this upgrade is " + now + " now, not "
                    + PriceText.signed(shown, null) + "; nothing was changed. Please check and try again.");
        }
        Attribution source = events == null || request == null ? null
                : events.source(request);
        boolean ownLine = item.getChildOrderItems() != null && !item.getChildOrderItems().isEmpty();
        boolean attribute = source != null && (ownLine || QuickAddController.lineOf(cart, sku.getId()) == null);
        try {
            Order updated = replace(cart.getId(), lineId, to, sku, item.getChildOrderItems(),
                    attribute ? source.toText() : null);
            CartState.setCart(updated);
            Result ok = new Result(200, true, "Upgraded to " + to.getName() + " (" + PriceText.signed(delta, null)
                    + (item.getQuantity() > 1 ? " each" : "") + ").");
            ok.productId = toId;
            ok.newLineId = lineOf(updated, toId);
            if (attribute && ok.newLineId != null) {
                events.addedToCart(request, source, toId, ok.newLineId);
            }
            return ok;
        } catch (RuntimeException e) {
            LOG.info("cart upgrade refused for line " + lineId + " to product " + toId + ": " + e);
            CartState.setCart(orderService.findOrderById(cart.getId()));
            WarrantyRefused warranty = WarrantyRefused.in(e);
            return Result.fail(409, "Sorry, the upgrade to " + to.getName() + " could not be made"
                    + (warranty == null ? "" : " (" + warranty.getMessage() + ")") + "; your cart is unchanged.");
        }
    }

    /**
     * Adds the new version (with copies of the child lines) and removes the old line, in one transaction. A protection
     * plan is not copied but chosen again for the new line through the warranty service (its price follows the new
     * version; a plan that does not cover the new version refuses the whole upgrade).
     */
    private Order replace(final Long cartId, final long lineId, final Product to, final Sku sku,
            final List<OrderItem> children, final String attribution) {
        final List<OrderItemRequestDTO> childRequests = new ArrayList<OrderItemRequestDTO>();
        final List<long[]> plans = new ArrayList<long[]>();
        for (OrderItem child : children == null ? Collections.<OrderItem>emptyList() : children) {
            if (WarrantyLines.isPlanLine(child)) {
                plans.add(new long[] {Long.parseLong(WarrantyLines.attribute(child, WarrantyLines.PLAN)),
                        Long.parseLong(WarrantyLines.attribute(child, WarrantyLines.YEARS))});
            } else if (child instanceof DiscreteOrderItem) {
                DiscreteOrderItem d = (DiscreteOrderItem) child;
                childRequests.add(new OrderItemRequestDTO(d.getProduct() == null ? null : d.getProduct().getId(),
                        d.getSku().getId(), d.getQuantity()));
            }
        }
        return transaction.execute(new TransactionCallback<Order>() {
            @Override
            public Order doInTransaction(TransactionStatus status) {
                Order current = orderService.findOrderById(cartId);
                OrderItem old = topLevelLine(current, lineId);
                if (old == null) {
                    throw new IllegalStateException("line " + lineId + " left the cart meanwhile");
                }
                Set<Long> before = new HashSet<Long>();
                for (OrderItem item : current.getOrderItems()) {
                    before.add(item.getId());
                }
                OrderItemRequestDTO request = new OrderItemRequestDTO();
                request.setProductId(to.getId());
                request.setQuantity(old.getQuantity());
                if (attribution != null) {
                    request.getItemAttributes().put(PurchaseEventsActivity.ATTRIBUTE, attribution);
                }
                if (childRequests.isEmpty() && plans.isEmpty()) {
                    request.setSkuId(sku.getId()); // may merge into a line of the same version already in the cart
                } else {
                    // a line of its own, so the children stay with it (Broadleaf merges like lines by SKU)
                    request.getItemAttributes().put(UPGRADED_FROM, String.valueOf(old instanceof DiscreteOrderItem
                            ? ((DiscreteOrderItem) old).getProduct().getId() : 0));
                    if (!childRequests.isEmpty()) {
                        request.setChildOrderItems(childRequests);
                    }
                }
                Order updated;
                try {
                    updated = orderService.addItem(cartId, request, false);
                    updated = orderService.removeItem(cartId, lineId, plans.isEmpty());
                } catch (Exception e) {
                    throw new IllegalStateException("Broadleaf refused the upgrade: " + e.getMessage(), e);
                }
                if (!plans.isEmpty()) {
                    Long newLine = null;
                    for (OrderItem item : updated.getOrderItems()) {
                        if (!before.contains(item.getId()) && topLevelLine(updated, item.getId()) != null
                                && ((DiscreteOrderItem) item).getProduct().getId().equals(to.getId())) {
                            newLine = item.getId();
                        }
                    }
                    if (newLine == null || warranties == null) {
                        throw new IllegalStateException("the new line of " + to.getName() + " cannot take the plan");
                    }
                    for (long[] plan : plans) {
                        updated = warranties.choose(cartId, newLine, plan[0], (int) plan[1], null);
                    }
                }
                return updated;
            }
        });
    }

    static OrderItem topLevelLine(Order cart, long lineId) {
        if (cart.getOrderItems() == null) {
            return null;
        }
        for (OrderItem item : cart.getOrderItems()) {
            if (item.getId() != null && item.getId() == lineId && item.getParentOrderItem() == null
                    && item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getProduct() != null) {
                return item;
            }
        }
        return null;
    }

    private static Long lineOf(Order cart, long productId) {
        Long found = null;
        for (OrderItem item : cart.getOrderItems()) {
            if (item instanceof DiscreteOrderItem && item.getParentOrderItem() == null
                    && ((DiscreteOrderItem) item).getProduct() != null
                    && ((DiscreteOrderItem) item).getProduct().getId() == productId) {
                found = item.getId();
            }
        }
        return found;
    }

    static BigDecimal parseDelta(String raw) {
        if (raw == null || !raw.trim().matches("-?\\d{1,9}(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(raw.trim());
    }

    static final class Result {
        final int status;
        final boolean ok;
        final String message;
        Long productId;
        Long newLineId;

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
