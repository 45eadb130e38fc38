package io.uplift.web.bundle;

import io.uplift.broadleaf.event.PurchaseEventsActivity;
import io.uplift.broadleaf.web.Json;
import io.uplift.engine.CatalogFacts;
import io.uplift.engine.bundle.BundlesSource;
import io.uplift.engine.event.Attribution;
import io.uplift.slot.PageParameters;
import io.uplift.web.cart.QuickAddController;
import io.uplift.web.event.StorefrontEvents;
import io.uplift.widget.bundle.BundleAddRequest;
import io.uplift.widget.bundle.BundleTokens;
import io.uplift.widget.bundle.BundleWidgetProvider;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.inventory.service.InventoryService;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
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
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * {@code POST /uplift/bundle/add}: "add selected to cart" of the bundle widget. Adds one unit of each selected
 * product of one bundle to the caller's own cart, all or nothing, through Broadleaf's {@link OrderService}.
 *
 * <p>Request: {@code bundleId}, {@code item} (repeated: the selected product ids), {@code token} (the rendering's
 * request token), the CSRF token (checked by Broadleaf's filter) and, without JavaScript, {@code returnTo}. The
 * request checks without the cart are {@link BundleAddRequest}'s (bundle enabled and active now, every product part
 * of it, no price parameter, no quantity other than 1). Then, under a per-session lock: a token this session already
 * used adds nothing and answers "already added" (ok, {@code changed=false}); every product must be active and in
 * stock for what the cart already holds plus one ({@link InventoryService}), else a message naming it and nothing
 * added; then all products are added in one transaction, the order priced once with the last one, and any failure
 * rolls everything back and re-reads the cart.</p>
 *
 * <p>Concurrency: Broadleaf's {@code CartStateFilter} with the {@code SessionOrderLockManager} already serializes a
 * session's POSTs and reloads the cart inside its lock; this action does not rely on it: it takes its own lock per
 * session (striped), checks and records the token inside it and reads the cart afresh there.</p>
 *
 * <p>Answers: with {@code Accept: application/json} {@code {ok, changed, message, bundleId, added: [{productId,
 * name}], cartQuantity, token}} ({@code token}: a fresh request token when the set is in the cart, which the script
 * puts into the form, so that a second add from the same page, e.g. after changing the boxes, is not taken for a
 * replay; 200; 400 for a bad request, 409 when a product cannot be bought, 503 when the cart stays
 * busy); otherwise a redirect back to {@code returnTo} (a path of this site) with the message.
 * {@code POST /uplift/bundle/select} is the no-JavaScript "update price": it redirects to the page with the selection
 * as page parameters, which the widget reads.</p>
 */
@Controller
public class BundleAddController {

    private static final Log LOG = LogFactory.getLog(BundleAddController.class);

    public static final String PATH = "/uplift/bundle/add";
    public static final String SELECT_PATH = "/uplift/bundle/select";
    /** Session attribute: the request tokens this session has used ({@link BundleTokens.Used}). */
    public static final String USED_TOKENS = "uplift.bundleTokens";
    static final int STRIPES = 64;
    static final long LOCK_SECONDS = 30;

    private final CatalogService catalogService;
    private final OrderService orderService;
    private final InventoryService inventoryService;
    private final BundlesSource bundles;
    private final CatalogFacts catalogFacts;
    private final TransactionTemplate transaction;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    private StorefrontEvents events;

    /**
     * Attribution (optional): with the form's {@code upliftWidget}, each product of the bundle that starts a new cart
     * line gets the {@code upliftSource} order item attribute in the same transaction, and an {@code ADD_TO_CART}
     * event; a product already in the cart only gains a unit and keeps what its line had.
     */
    public void setEvents(StorefrontEvents events) {
        this.events = events;
    }

    public BundleAddController(CatalogService catalogService, OrderService orderService,
            InventoryService inventoryService, BundlesSource bundles, CatalogFacts catalogFacts,
            PlatformTransactionManager transactionManager) {
        this.catalogService = catalogService;
        this.orderService = orderService;
        this.inventoryService = inventoryService;
        this.bundles = bundles;
        this.catalogFacts = catalogFacts;
        this.transaction = new TransactionTemplate(transactionManager);
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** The widget's script: answers JSON, never redirects. */
    @RequestMapping(value = PATH, method = RequestMethod.POST, produces = "application/json")
    public void addJson(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Result r = add(request);
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("ok", r.ok);
        body.put("changed", r.changed);
        body.put("message", r.message);
        body.put("bundleId", r.bundleId);
        body.put("added", r.added);
        body.put("cartQuantity", r.cartQuantity);
        // the page stays: its token is spent once the set is in the cart, so the next add from it needs a fresh one
        body.put("token", r.ok ? BundleTokens.next() : null);
        Json.write(response, r.status, body);
    }

    /** A plain form post (no JavaScript): back to the page with the message. */
    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String add(HttpServletRequest request, RedirectAttributes redirect,
            @RequestParam(value = "returnTo", required = false) String returnTo) {
        Result r = add(request);
        redirect.addFlashAttribute(QuickAddController.MESSAGE, r.message);
        return "redirect:" + QuickAddController.safeReturn(returnTo);
    }

    /**
     * "Update price" without JavaScript: back to the page with the checked products as page parameters
     * ({@code upliftBundle}, {@code upliftItem}); malformed ids are dropped, the widget ignores what is not its own.
     */
    @RequestMapping(value = SELECT_PATH, method = RequestMethod.POST)
    public String select(@RequestParam(value = "bundleId", required = false) String bundleId,
            @RequestParam(value = "item", required = false) String[] items,
            @RequestParam(value = "returnTo", required = false) String returnTo) {
        String back = QuickAddController.safeReturn(returnTo);
        Long id = PageParameters.parseId(bundleId);
        if (id == null) {
            return "redirect:" + back;
        }
        Set<Long> chosen = new LinkedHashSet<Long>();
        for (String raw : items == null ? new String[0] : items) {
            Long p = PageParameters.parseId(raw);
            if (p != null && chosen.size() < 8) {
                chosen.add(p);
            }
        }
        return "redirect:" + BundleWidgetProvider.selectionPath(back, id, chosen);
    }

    Result add(HttpServletRequest request) {
        BundleAddRequest parsed = BundleAddRequest.parse(request.getParameterMap(), bundles.current(), catalogFacts,
                new Date());
        if (!parsed.isValid()) {
            return Result.fail(parsed.getStatus(), parsed.getRefusal());
        }
        HttpSession session = request.getSession(true);
        ReentrantLock lock = locks[Math.floorMod(session.getId().hashCode(), STRIPES)];
        try {
            if (!lock.tryLock(LOCK_SECONDS, TimeUnit.SECONDS)) {
                return Result.fail(503, "Your cart is busy; please try again. Nothing was added.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.fail(503, "Your cart is busy; please try again. Nothing was added.");
        }
        try {
            return addLocked(request, session, parsed);
        } finally {
            lock.unlock();
        }
    }

    private Result addLocked(HttpServletRequest request, HttpSession session, BundleAddRequest parsed) {
        BundleTokens.Used used = (BundleTokens.Used) session.getAttribute(USED_TOKENS);
        if (used == null) {
            used = new BundleTokens.Used();
        }
        Customer customer = CustomerState.getCustomer(request);
        Order cart = currentCart(customer);
        if (used.contains(parsed.getToken())) {
            Result r = new Result(200, true, "Already added to your cart; nothing was added again.");
            r.bundleId = parsed.getBundle().getId();
            r.cartQuantity = QuickAddController.totalQuantity(cart);
            return r;
        }
        List<Sku> skus = new ArrayList<Sku>();
        List<Map<String, Object>> added = new ArrayList<Map<String, Object>>();
        List<String> names = new ArrayList<String>();
        for (Long id : parsed.getProductIds()) {
            Product product = catalogService.findProductById(id);
            Sku sku = product == null ? null : product.getDefaultSku();
            if (product == null || sku == null || !product.isActive() || !sku.isActive()) {
                return Result.fail(409, "Sorry, " + (product == null ? "product " + id : product.getName())
                        + " is no longer available. Nothing was added.");
            }
            if (!inventoryService.isAvailable(sku, QuickAddController.quantityInCart(cart, id) + 1)) {
                return Result.fail(409, "Sorry, " + product.getName() + " is out of stock. Nothing was added.");
            }
            skus.add(sku);
            names.add(product.getName());
            Map<String, Object> line = new LinkedHashMap<String, Object>();
            line.put("productId", id);
            line.put("name", product.getName());
            added.add(line);
        }
        Attribution source = events == null ? null
                : events.source(request);
        Set<Long> newLines = new HashSet<Long>();
        for (Sku sku : skus) {
            if (source != null && QuickAddController.lineOf(cart, sku.getId()) == null) {
                newLines.add(sku.getId());
            }
        }
        Order updated;
        Long cartId = null;
        try {
            if (cart == null) {
                // an empty cart of its own (committed): harmless if the additions below are rolled back
                cart = orderService.createNewCartForCustomer(customer);
            }
            cartId = cart.getId();
            updated = addAll(cartId, parsed.getProductIds(), skus, source, newLines);
        } catch (RuntimeException e) {
            LOG.info("bundle " + parsed.getBundle().getId() + " not added, rolled back: " + e);
            if (cartId != null) {
                CartState.setCart(orderService.findOrderById(cartId));
            }
            return Result.fail(409, "Sorry, the bundle could not be added; your cart is unchanged.");
        }
        used.add(parsed.getToken());
        session.setAttribute(USED_TOKENS, used);
        CartState.setCart(updated);
        for (int i = 0; i < skus.size(); i++) {
            OrderItem line = newLines.contains(skus.get(i).getId())
                    ? QuickAddController.lineOf(updated, skus.get(i).getId()) : null;
            if (line != null) {
                events.addedToCart(request, source, parsed.getProductIds().get(i), line.getId());
            }
        }
        Result ok = new Result(200, true, "Added " + joined(names) + " to your cart.");
        ok.changed = true;
        ok.bundleId = parsed.getBundle().getId();
        ok.added = added;
        ok.cartQuantity = QuickAddController.totalQuantity(updated);
        return ok;
    }

    /**
     * The customer's cart as the database has it now (read inside the lock: a request that waited sees what the one
     * before it added), or {@code null} when there is none yet.
     */
    private Order currentCart(Customer customer) {
        Order cart = customer == null ? null : orderService.findCartForCustomer(customer);
        if (cart == null || cart instanceof NullOrderImpl) {
            return null;
        }
        return orderService.reloadOrder(cart);
    }

    /**
     * One unit of each, in one transaction; Broadleaf prices the order with the last addition only. The SKUs in
     * {@code newLines} carry the attribution.
     */
    private Order addAll(final Long cartId, final List<Long> productIds, final List<Sku> skus,
            final Attribution source, final Set<Long> newLines) {
        return transaction.execute(new TransactionCallback<Order>() {
            @Override
            public Order doInTransaction(TransactionStatus status) {
                Order order = null;
                for (int i = 0; i < productIds.size(); i++) {
                    OrderItemRequestDTO item = new OrderItemRequestDTO(productIds.get(i), skus.get(i).getId(), 1);
                    if (newLines.contains(skus.get(i).getId())) {
                        item.getItemAttributes().put(PurchaseEventsActivity.ATTRIBUTE, source.toText());
                    }
                    try {
                        order = orderService.addItem(cartId, item, i == productIds.size() - 1);
                    } catch (Exception e) {
                        throw new IllegalStateException("Broadleaf refused product " + productIds.get(i) + ": "
                                + e.getMessage(), e);
                    }
                }
                return order;
            }
        });
    }

    /** "A", "A and B", "A, B and C". */
    static String joined(List<String> names) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                s.append(i == names.size() - 1 ? " and " : ", ");
            }
            s.append(names.get(i));
        }
        return s.toString();
    }

    static final class Result {
        final int status;
        final boolean ok;
        final String message;
        boolean changed;
        Long bundleId;
        List<Map<String, Object>> added = new ArrayList<Map<String, Object>>();
        Integer cartQuantity;

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
