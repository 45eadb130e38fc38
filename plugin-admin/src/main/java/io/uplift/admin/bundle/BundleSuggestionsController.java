package io.uplift.admin.bundle;

import io.uplift.admin.web.AdminPages;
import io.uplift.broadleaf.bundle.BundlesCache;
import io.uplift.broadleaf.bundle.domain.UpliftBundleImpl;
import io.uplift.engine.CatalogFacts;
import io.uplift.engine.CatalogScan;
import io.uplift.engine.FailureSink;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.bundle.BundleSuggestion;
import io.uplift.engine.bundle.BundleSuggestionSettings;
import io.uplift.engine.bundle.SuggestedBundle;
import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.learn.ModelHolder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Admin section "Uplift &gt; Bundle suggestions" ({@code /uplift-bundle-suggestions}): bundles the plugin suggests
 * from the current co-purchase statistics ({@link BundleSuggestionSettings}: anchors among the catalog's products,
 * those already anchoring an enabled bundle skipped), each with its pair figures, the set's price and the discount
 * accepting gives, accepted with one button; and the bundles the storefront leaves out, with the reason. Requires
 * the bundles permission (view to look, maintain to accept), checked through Broadleaf's admin security like its
 * own screens.
 */
@Controller
public class BundleSuggestionsController {

    private static final Log LOG = LogFactory.getLog(BundleSuggestionsController.class);

    public static final String PATH = "/uplift-bundle-suggestions";
    static final String SECURED_ENTITY = UpliftBundleImpl.class.getName();
    static final String MESSAGE = "upliftBundleSuggestionsMessage";

    private final AdminNavigationService navigation;
    private final SecurityVerifier security;
    private final BundleStore store;
    private final ModelHolder<CoPurchaseModel> model;
    private final CatalogFacts catalog;
    private final CatalogScan scan;
    private final BundlesCache bundles;
    private final BundleSuggestionSettings settings;
    private FailureSink failures;

    private io.uplift.engine.warranty.WarrantyPlansSource warrantyPlans;

    public BundleSuggestionsController(AdminNavigationService navigation, SecurityVerifier security, BundleStore store,
            ModelHolder<CoPurchaseModel> model, CatalogFacts catalog, CatalogScan scan, BundlesCache bundles,
            BundleSuggestionSettings settings) {
        this.navigation = navigation;
        this.security = security;
        this.store = store;
        this.model = model;
        this.catalog = catalog;
        this.scan = scan;
        this.bundles = bundles;
        this.settings = settings;
    }

    /**
     * Where a failed part of the page is recorded (counted per kind and reported with the admin node's health); without
     * it, such failures are only logged.
     */
    public void setFailures(FailureSink failures) {
        this.failures = failures;
    }

    @RequestMapping(value = PATH, method = RequestMethod.GET)
    public String show(HttpServletRequest request, HttpServletResponse response, Model page) throws IOException {
        if (!allowed(response, EntityOperationType.FETCH)) {
            return null;
        }
        AdminPages.takeMessage(request, page, MESSAGE);
        List<String> errors = new ArrayList<String>();
        CoPurchaseModel current = model.get();
        try {
            page.addAttribute("suggestions", SuggestionView.of(suggestions(current, store.enabledAnchors().keySet()),
                    catalog, settings.getDiscountPercent()));
        } catch (SQLException | RuntimeException e) {
            AdminPages.failed(failures, LOG, "admin:bundle-suggestions", "computing bundle suggestions", e);
            errors.add("The suggestions could not be computed: " + e.getMessage());
        }
        bundles.refresh();
        page.addAttribute("rejected", bundles.getRejected());
        page.addAttribute("shownBundles", bundles.current().size());
        page.addAttribute("generation", current.generation());
        page.addAttribute("orders", current.baskets());
        page.addAttribute("settings", settings);
        page.addAttribute("errors", errors);
        return AdminPages.render(navigation, page, PATH, "uplift/bundle-suggestions");
    }

    /**
     * Accepts the suggestion with this key (anchor and companion ids), recomputed here so only a current suggestion
     * can be accepted: creates the bundle with its companions and comes back with a message.
     */
    @RequestMapping(value = PATH + "/accept", method = RequestMethod.POST)
    public void accept(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(value = "key", required = false) final String key) throws IOException {
        if (!allowed(response, EntityOperationType.ADD)) {
            return;
        }
        AdminPages.actAndReturn(request, response, PATH, MESSAGE, LOG, "accepting bundle suggestion '" + key + "'",
                new AdminPages.Action() {
                    @Override
                    public String run() throws Exception {
                        return acceptKey(key);
                    }
                });
    }

    String acceptKey(String key) throws SQLException {
        if (key == null || !key.matches("\\d{1,18}(-\\d{1,18}){1,4}")) {
            return "Nothing was created: '" + key + "' is not a suggestion.";
        }
        long anchor = Long.parseLong(key.substring(0, key.indexOf('-')));
        Map<Long, String> anchored = store.enabledAnchors();
        if (anchored.containsKey(anchor)) {
            return alreadyAnchored(anchor, anchored.get(anchor));
        }
        for (BundleSuggestion s : suggestions(model.get(), anchored.keySet())) {
            SuggestedBundle suggested = SuggestedBundle.of(s, catalog, settings.getDiscountPercent(), new Date());
            if (!SuggestionView.key(suggested.getBundle()).equals(key)) {
                continue;
            }
            BundleStore.Created created = store.create(suggested);
            if (created.getBundleId() != null) {
                LOG.info("Uplift: bundle " + created.getBundleId() + " '" + suggested.getName()
                        + "' created from a suggestion: " + suggested.getOrigin());
                return "Created the bundle '" + suggested.getName() + "' (" + names(suggested) + ", "
                        + suggested.getDiscountValue().toPlainString() + " % off the set; Uplift > Bundles, id "
                        + created.getBundleId() + ").";
            }
            if (created.getMissingProduct() != null) {
                return "Nothing was created: product " + created.getMissingProduct() + " no longer exists.";
            }
            return alreadyAnchored(anchor, created.getExistingBundle());
        }
        return "Nothing was created: this suggestion is no longer offered (the orders or the catalog changed);"
                + " the list shows the current ones.";
    }

    private List<BundleSuggestion> suggestions(CoPurchaseModel current, Set<Long> anchored) {
        Set<Long> plans = warrantyPlans == null ? java.util.Collections.<Long>emptySet()
                : warrantyPlans.current().getPlanProducts();
        return settings.suggest(catalog, current, scan.productIds(), anchored, plans);
    }

    /** Protection-plan products are never suggested as bundle items (they are sold only with what they cover). */
    public void setWarrantyPlans(io.uplift.engine.warranty.WarrantyPlansSource warrantyPlans) {
        this.warrantyPlans = warrantyPlans;
    }

    private String alreadyAnchored(long anchor, String bundle) {
        return "Nothing was created: " + name(anchor) + " already anchors the bundle '" + bundle
                + "' (Uplift > Bundles); switch that one off to accept another.";
    }

    private String names(SuggestedBundle suggested) {
        StringBuilder b = new StringBuilder(name(suggested.getAnchorProductId())).append(" with ");
        for (int i = 0; i < suggested.getCompanions().size(); i++) {
            b.append(i == 0 ? "" : ", ").append(name(suggested.getCompanions().get(i)));
        }
        return b.toString();
    }

    private String name(long productId) {
        ProductFacts p = catalog.find(productId);
        return p == null ? "product " + productId : p.getName();
    }

    private boolean allowed(HttpServletResponse response, EntityOperationType operation) throws IOException {
        return AdminPages.allowed(security, SECURED_ENTITY, operation, response, "bundles");
    }
}
