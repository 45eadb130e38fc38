package io.uplift.admin.upsell;

import io.uplift.admin.web.AdminPages;
import io.uplift.broadleaf.upsell.ComparisonGroupRows;
import io.uplift.broadleaf.upsell.ComparisonGroupsCache;
import io.uplift.broadleaf.upsell.SocialProofCache;
import io.uplift.broadleaf.upsell.domain.UpliftComparisonGroupImpl;
import io.uplift.engine.CatalogFacts;
import io.uplift.engine.FailureSink;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.upsell.ComparisonGroup;
import io.uplift.engine.upsell.GroupProposal;
import io.uplift.engine.upsell.GroupProposer;
import io.uplift.engine.upsell.UpsellOptions;
import io.uplift.slot.SlotKey;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetSettingsSource;
import io.uplift.widget.upsell.ComparisonWidgetProvider;
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
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

/**
 * Admin section "Uplift &gt; Comparison proposals" ({@code /uplift-comparison-proposals}): the comparison groups the
 * plugin proposes from Broadleaf's up-sale lists (products already in a group, enabled or not, left out), each
 * accepted with one button; the groups the storefront leaves out and why; and per group the order counts behind its
 * social proof ("chosen in 68% of ..."). Requires the comparisons permission (view to look, maintain to accept),
 * checked through Broadleaf's admin security like its own screens.
 */
@Controller
public class ComparisonProposalsController {

    private static final Log LOG = LogFactory.getLog(ComparisonProposalsController.class);

    public static final String PATH = "/uplift-comparison-proposals";
    static final String SECURED_ENTITY = UpliftComparisonGroupImpl.class.getName();
    static final String MESSAGE = "upliftComparisonProposalsMessage";
    /** Longest attribute list a group stores (the ATTRIBUTES column) and at most 20 names (the admin's rule). */
    static final int MAX_ATTRIBUTES_LENGTH = 400;
    static final int MAX_ATTRIBUTES = 20;

    private final AdminNavigationService navigation;
    private final SecurityVerifier security;
    private final ComparisonGroupStore store;
    private final CatalogFacts catalog;
    private final ComparisonGroupsCache groups;
    private final WidgetSettingsSource widgets;
    private final DataSource dataSource;
    private FailureSink failures;

    public ComparisonProposalsController(AdminNavigationService navigation, SecurityVerifier security,
            ComparisonGroupStore store, CatalogFacts catalog, ComparisonGroupsCache groups, WidgetSettingsSource widgets,
            DataSource dataSource) {
        this.navigation = navigation;
        this.security = security;
        this.store = store;
        this.catalog = catalog;
        this.groups = groups;
        this.widgets = widgets;
        this.dataSource = dataSource;
    }

    /**
     * Where a failed part of the page is recorded (counted per kind and reported with the admin node's health); without
     * it, such failures are only logged.
     */
    public void setFailures(FailureSink failures) {
        this.failures = failures;
    }

    @RequestMapping(value = PATH, method = RequestMethod.GET)
    public String show(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        if (!allowed(response, EntityOperationType.FETCH)) {
            return null;
        }
        AdminPages.takeMessage(request, model, MESSAGE);
        List<String> errors = new ArrayList<String>();
        List<ComparisonGroupRows.Row> stored = new ArrayList<ComparisonGroupRows.Row>();
        try {
            stored = store.groups();
            model.addAttribute("proposals", ProposalView.of(proposals(stored), catalog));
        } catch (SQLException | RuntimeException e) {
            AdminPages.failed(failures, LOG, "admin:comparison-proposals", "computing comparison proposals", e);
            errors.add("The proposals could not be computed: " + e.getMessage());
        }
        groups.refresh();
        model.addAttribute("rejected", groups.getRejected());
        UpsellOptions options = comparisonOptions();
        model.addAttribute("options", options);
        model.addAttribute("counts", counts(stored, options, errors));
        model.addAttribute("errors", errors);
        return AdminPages.render(navigation, model, PATH, "uplift/comparison-proposals");
    }

    /**
     * Accepts the proposal with this key (its product ids), recomputed here so only a current proposal can be
     * accepted: creates the group with its versions (sequence 1..n) and comes back with a message.
     */
    @RequestMapping(value = PATH + "/accept", method = RequestMethod.POST)
    public void accept(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(value = "key", required = false) final String key) throws IOException {
        if (!allowed(response, EntityOperationType.ADD)) {
            return;
        }
        AdminPages.actAndReturn(request, response, PATH, MESSAGE, LOG, "accepting comparison proposal '" + key + "'",
                new AdminPages.Action() {
                    @Override
                    public String run() throws Exception {
                        return acceptKey(key);
                    }
                });
    }

    String acceptKey(String key) throws SQLException {
        List<ComparisonGroupRows.Row> stored = store.groups();
        Map<Long, String> groupOf = groupNames(stored);
        List<Long> products = parseKey(key);
        if (products == null) {
            return "Nothing was created: '" + key + "' is not a proposal.";
        }
        for (GroupProposal p : proposals(stored)) {
            if (p.getKey().equals(key)) {
                ComparisonGroupStore.Created created = store.create(p.getName(), attributeText(p.getAttributes()),
                        p.getMembers());
                if (created.getGroupId() != null) {
                    LOG.info("Uplift: comparison group " + created.getGroupId() + " '" + p.getName()
                            + "' created from a proposal: " + p.getMembers());
                    return "Created the comparison group '" + p.getName() + "' with " + p.getMembers().size()
                            + " versions (Uplift > Comparisons, id " + created.getGroupId() + ").";
                }
                if (created.getMissingProduct() != null) {
                    return "Nothing was created: product " + created.getMissingProduct() + " no longer exists.";
                }
                return alreadyGrouped(created.getAlreadyGrouped());
            }
        }
        Map<Long, String> taken = new LinkedHashMap<Long, String>();
        for (Long id : products) {
            if (groupOf.containsKey(id)) {
                taken.put(id, groupOf.get(id));
            }
        }
        if (!taken.isEmpty()) {
            return alreadyGrouped(taken);
        }
        return "Nothing was created: this proposal is no longer offered (the up-sale lists or the products changed).";
    }

    private String alreadyGrouped(Map<Long, String> taken) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<Long, String> e : taken.entrySet()) {
            ProductFacts p = catalog.find(e.getKey());
            b.append(b.length() == 0 ? "" : ", ").append(p == null ? "product " + e.getKey() : p.getName())
                    .append(" (in '").append(e.getValue()).append("')");
        }
        return "Nothing was created: these products are already in a comparison group: " + b + ".";
    }

    /** "101-102-103" to its ids; {@code null} when it is not such a key. */
    static List<Long> parseKey(String key) {
        if (key == null || !key.matches("\\d{1,18}(-\\d{1,18}){1,11}")) {
            return null;
        }
        List<Long> ids = new ArrayList<Long>();
        for (String part : key.split("-")) {
            ids.add(Long.valueOf(part));
        }
        return ids;
    }

    /** The attribute names as the group's field stores them: comma-separated, within the field's limits. */
    static String attributeText(List<String> attributes) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (String a : attributes) {
            String name = a.trim();
            if (name.isEmpty() || name.length() > 60 || name.contains(",") || name.contains("<") || name.contains(">")) {
                continue;
            }
            String next = (b.length() == 0 ? "" : ", ") + name;
            if (n == MAX_ATTRIBUTES || b.length() + next.length() > MAX_ATTRIBUTES_LENGTH) {
                break;
            }
            b.append(next);
            n++;
        }
        return b.length() == 0 ? null : b.toString();
    }

    private List<GroupProposal> proposals(List<ComparisonGroupRows.Row> stored) throws SQLException {
        return new GroupProposer(catalog).propose(store.upSales(), groupNames(stored).keySet());
    }

    private static Map<Long, String> groupNames(List<ComparisonGroupRows.Row> stored) {
        Map<Long, String> out = new LinkedHashMap<Long, String>();
        for (ComparisonGroupRows.Row r : stored) {
            for (Long id : r.getMembers()) {
                out.put(id, r.getName());
            }
        }
        return out;
    }

    /** The product page's comparison widget's social-proof settings (the first such widget), else the defaults. */
    UpsellOptions comparisonOptions() {
        try {
            for (WidgetSettings w : widgets.loadAll().getWidgets()) {
                if (w.getSlot() == SlotKey.PRODUCT && ComparisonWidgetProvider.TYPE.equals(w.getWidgetType())
                        && w.getUpsell() != null) {
                    return w.getUpsell();
                }
            }
        } catch (RuntimeException e) {
            AdminPages.failed(failures, LOG, "admin:comparison-proposals",
                    "reading the comparison widget's settings (the defaults are used)", e);
        }
        return UpsellOptions.DEFAULTS;
    }

    /** Every stored group's counts, straight from the order tables as the storefront counts them. */
    private List<CountsView> counts(List<ComparisonGroupRows.Row> stored, UpsellOptions options, List<String> errors) {
        List<CountsView> out = new ArrayList<CountsView>();
        long now = System.currentTimeMillis();
        try (Connection c = dataSource.getConnection()) {
            for (ComparisonGroupRows.Row r : stored) {
                ComparisonGroup g;
                try {
                    g = r.toGroup();
                } catch (IllegalArgumentException e) {
                    out.add(CountsView.invalid(r, e.getMessage()));
                    continue;
                }
                out.add(CountsView.of(r, SocialProofCache.count(c, g, options.getWindowDays(), now),
                        options.getMinOrders(), catalog));
            }
        } catch (SQLException | RuntimeException e) {
            AdminPages.failed(failures, LOG, "admin:comparison-proposals", "counting orders for the social-proof preview",
                    e);
            errors.add("The order counts could not be computed: " + e.getMessage());
        }
        return out;
    }

    private boolean allowed(HttpServletResponse response, EntityOperationType operation) throws IOException {
        return AdminPages.allowed(security, SECURED_ENTITY, operation, response, "comparisons");
    }
}
