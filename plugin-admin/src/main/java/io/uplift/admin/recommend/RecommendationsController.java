package io.uplift.admin.recommend;

import io.uplift.admin.web.AdminPages;
import io.uplift.broadleaf.customer.CustomerPurchasesCache;
import io.uplift.broadleaf.slot.domain.UpliftWidgetConfigImpl;
import io.uplift.broadleaf.upsell.SocialProofCache;
import io.uplift.broadleaf.web.Json;
import io.uplift.engine.CatalogFacts;
import io.uplift.engine.FailureSink;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.learn.LearningService;
import io.uplift.engine.learn.LearningStatus;
import io.uplift.engine.nudge.CartShipping;
import io.uplift.engine.source.SourceRegistry;
import io.uplift.engine.source.SuggestionSource;
import io.uplift.slot.SlotKey;
import io.uplift.slot.SlotRequest;
import io.uplift.widget.preview.SlotPreview;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Admin section "Uplift &gt; Recommendations" ({@code /uplift-recommendations}): each source's data readiness, the
 * learned models' generation, a rebuild button with a progress bar, and the preview of any slot for any product,
 * cart and customer with every suggestion's reason. Requires the plugin's widget permission (read to look, maintain
 * to rebuild), checked through Broadleaf's admin security like its own screens.
 */
@Controller
public class RecommendationsController {

    private static final Log LOG = LogFactory.getLog(RecommendationsController.class);

    public static final String PATH = "/uplift-recommendations";
    static final String SECURED_ENTITY = UpliftWidgetConfigImpl.class.getName();
    /** The entity of Broadleaf's customer permissions ("Read Customer", "All Customer"). */
    static final String CUSTOMER_ENTITY = "org.broadleafcommerce.profile.core.domain.Customer";
    /** Most products a preview cart may hold. */
    static final int MAX_CART = 20;

    private final AdminNavigationService navigation;
    private final SecurityVerifier security;
    private final LearningService learning;
    private final SourceRegistry sources;
    private final SlotPreview preview;
    private final CatalogFacts catalog;
    private final CustomerPurchasesCache purchases;
    private CustomerService customers;
    private FailureSink failures;
    private SocialProofCache socialProof;

    public RecommendationsController(AdminNavigationService navigation, SecurityVerifier security,
            LearningService learning, SourceRegistry sources, SlotPreview preview, CatalogFacts catalog,
            CustomerPurchasesCache purchases) {
        this.navigation = navigation;
        this.security = security;
        this.learning = learning;
        this.sources = sources;
        this.preview = preview;
        this.catalog = catalog;
        this.purchases = purchases;
    }

    /**
     * Where a failed part of the page is recorded (counted per kind and reported with the admin node's health); without
     * it, such failures are only logged.
     */
    public void setFailures(FailureSink failures) {
        this.failures = failures;
    }

    /** Checks that a previewed customer exists (optional: without it an unknown id previews as no history). */
    public void setCustomerService(CustomerService customers) {
        this.customers = customers;
    }

    /** The comparison table's order counts, counted afresh for each preview (optional). */
    public void setSocialProof(SocialProofCache socialProof) {
        this.socialProof = socialProof;
    }

    @RequestMapping(value = PATH, method = RequestMethod.GET)
    public String show(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam(value = "slot", required = false) String slot,
            @RequestParam(value = "productId", required = false) String productId,
            @RequestParam(value = "cart", required = false) String cart,
            @RequestParam(value = "customerId", required = false) String customerId) throws IOException {
        if (!allowed(response, EntityOperationType.FETCH)) {
            return null;
        }
        model.addAttribute("status", learning.status());
        model.addAttribute("readiness", readiness());
        model.addAttribute("slots", SlotKey.values());
        model.addAttribute("form", new PreviewForm(slot, productId, cart, customerId));
        if (slot != null) {
            List<String> errors = new ArrayList<String>();
            SlotRequest slotRequest = null;
            if (customerId != null && !customerId.trim().isEmpty() && !mayReadCustomers()) {
                // a customer's preview leaves out what they bought: it tells their purchases
                errors.add("previewing for a customer needs Broadleaf's permission to read customers ('Read Customer'),"
                        + " as it tells what they bought; leave the customer empty: '" + customerId + "'");
            } else {
                slotRequest = previewRequest(slot, productId, cart, customerId, errors);
            }
            model.addAttribute("errors", errors);
            if (errors.isEmpty()) {
                if (socialProof != null) {
                    // the preview counts the orders now, not as of the cache's last refresh (every 5 minutes); a
                    // failed count is recorded by the cache, which keeps its last counts
                    socialProof.refresh();
                }
                model.addAttribute("previews", preview.preview(slotRequest));
                model.addAttribute("catalog", catalog);
            }
        }
        return AdminPages.render(navigation, model, PATH, "uplift/recommendations");
    }

    @RequestMapping(value = PATH + "/status", method = RequestMethod.GET)
    public void status(HttpServletResponse response) throws IOException {
        if (!allowed(response, EntityOperationType.FETCH)) {
            return;
        }
        Json.write(response, 200, statusBody(learning.status()));
    }

    @RequestMapping(value = PATH + "/rebuild", method = RequestMethod.POST)
    public void rebuild(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!allowed(response, EntityOperationType.UPDATE)) {
            return;
        }
        boolean started = learning.requestRebuild();
        if (Json.wanted(request)) {
            Map<String, Object> body = statusBody(learning.status());
            body.put("started", started);
            body.put("message", started ? "Rebuild started." : "A rebuild is already running.");
            Json.write(response, started ? 202 : 409, body);
            return;
        }
        response.sendRedirect(request.getContextPath() + PATH);
    }

    static Map<String, Object> statusBody(LearningStatus s) {
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("generation", s.getGeneration());
        body.put("phase", s.getPhase());
        body.put("done", s.getDone());
        body.put("total", s.getTotal());
        body.put("percent", s.getPercent());
        body.put("rebuilding", s.isRebuilding());
        body.put("lastUpdateMillis", s.getLastUpdateMillis());
        body.put("lastMessage", s.getLastMessage());
        body.put("lastError", s.getLastError());
        return body;
    }

    /** Each source's readiness, in registry order; a source that fails to answer says so. */
    List<Map<String, Object>> readiness() {
        List<Map<String, Object>> rows = new ArrayList<Map<String, Object>>();
        for (SuggestionSource s : sources.all()) {
            Map<String, Object> row = new LinkedHashMap<String, Object>();
            row.put("name", s.name());
            row.put("description", s.description());
            try {
                row.put("readiness", s.readiness());
            } catch (RuntimeException e) {
                AdminPages.failed(failures, LOG, "admin:readiness", "the readiness of source " + s.name(), e);
                row.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            rows.add(row);
        }
        return rows;
    }

    /** Checks every parameter; each bad one adds a message quoting it. */
    SlotRequest previewRequest(String slot, String productId, String cart, String customerId, List<String> errors) {
        SlotKey key = null;
        try {
            key = SlotKey.fromName(slot);
        } catch (IllegalArgumentException e) {
            errors.add(e.getMessage());
        }
        Long product = null;
        if (productId != null && !productId.trim().isEmpty()) {
            product = productIdOf(productId, "product", errors);
        }
        Set<Long> cartIds = new LinkedHashSet<Long>();
        if (cart != null && !cart.trim().isEmpty()) {
            String[] parts = cart.split("[,\\s]+");
            if (parts.length > MAX_CART) {
                errors.add("a preview cart holds at most " + MAX_CART + " products: '" + cart + "'");
            } else {
                for (String p : parts) {
                    if (!p.isEmpty()) {
                        Long id = productIdOf(p, "cart product", errors);
                        if (id != null) {
                            cartIds.add(id);
                        }
                    }
                }
            }
        }
        Long customer = null;
        Set<Long> purchased = new LinkedHashSet<Long>();
        if (customerId != null && !customerId.trim().isEmpty()) {
            if (!customerId.trim().matches("\\d{1,18}")) {
                errors.add("customer id must be a number: '" + customerId + "'");
            } else {
                customer = Long.valueOf(customerId.trim());
                if (customers != null && customers.readCustomerById(customer) == null) {
                    errors.add("no customer has the id '" + customerId.trim() + "'");
                } else {
                    purchased.addAll(purchases.load(customer));
                }
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new SlotRequest(key, SuggestionContext.builder().product(product).cart(cartIds).customer(customer)
                .purchased(purchased).visitor(customer == null ? "admin-preview" : "c:" + customer)
                .shipping(previewShipping(cartIds)).build());
    }

    /** A preview cart holds one unit of each product at its catalog price (what the free-shipping nudge measures). */
    private CartShipping previewShipping(Set<Long> cartIds) {
        BigDecimal subtotal = BigDecimal.ZERO;
        String currency = null;
        int items = 0;
        for (Long id : cartIds) {
            ProductFacts p = catalog.find(id);
            if (p != null && p.getPrice() != null) {
                subtotal = subtotal.add(p.getPrice());
                currency = p.getCurrency();
                items++;
            }
        }
        return items == 0 ? CartShipping.EMPTY : new CartShipping(subtotal, null, currency, items);
    }

    private Long productIdOf(String raw, String what, List<String> errors) {
        String t = raw.trim();
        if (!t.matches("\\d{1,18}")) {
            errors.add(what + " id must be a number: '" + raw + "'");
            return null;
        }
        long id = Long.parseLong(t);
        ProductFacts p = catalog.find(id);
        if (p == null) {
            errors.add("no product has the id " + id);
            return null;
        }
        return id;
    }

    /** Whether the signed-in admin may read Broadleaf's customers (its own permission, "Read Customer"). */
    private boolean mayReadCustomers() {
        try {
            security.securityCheck(CUSTOMER_ENTITY, EntityOperationType.FETCH);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private boolean allowed(HttpServletResponse response, EntityOperationType operation) throws IOException {
        return AdminPages.allowed(security, SECURED_ENTITY, operation, response, "widgets");
    }

    /** The preview form's values, echoed back. */
    public static final class PreviewForm {
        private final String slot;
        private final String productId;
        private final String cart;
        private final String customerId;

        PreviewForm(String slot, String productId, String cart, String customerId) {
            this.slot = slot == null ? "product" : slot;
            this.productId = productId;
            this.cart = cart;
            this.customerId = customerId;
        }

        public String getSlot() {
            return slot;
        }

        public String getProductId() {
            return productId;
        }

        public String getCart() {
            return cart;
        }

        public String getCustomerId() {
            return customerId;
        }
    }
}
