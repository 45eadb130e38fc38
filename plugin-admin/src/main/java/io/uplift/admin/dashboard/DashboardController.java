package io.uplift.admin.dashboard;

import io.uplift.admin.experiment.ExperimentResultsReader;
import io.uplift.admin.experiment.ExperimentResultsView;
import io.uplift.admin.health.StorefrontHealthReader;
import io.uplift.admin.web.AdminPages;
import io.uplift.broadleaf.experiment.ExperimentsCache;
import io.uplift.broadleaf.experiment.domain.UpliftExperimentImpl;
import io.uplift.broadleaf.slot.domain.UpliftWidgetConfigImpl;
import io.uplift.engine.FailureSink;
import io.uplift.engine.event.SuggestionType;
import io.uplift.engine.experiment.Experiment;
import io.uplift.engine.experiment.ExperimentAnalysis;
import io.uplift.engine.experiment.ExperimentState;
import io.uplift.engine.health.NodeHealth;
import io.uplift.engine.metrics.Acceptance;
import io.uplift.engine.metrics.MetricsCalculator;
import io.uplift.engine.metrics.MetricsTable;
import io.uplift.engine.metrics.PeriodMetrics;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.codehaus.jackson.map.ObjectMapper;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Admin section "Uplift &gt; Dashboard" ({@code /uplift-dashboard}): what the plugin does for the shop over a range of
 * days (default the last 30): AOV and units per order of all orders, of orders with an accepted suggestion and of
 * orders without; attributed revenue; acceptance per suggestion type; click-through per widget; per day as charts
 * (ECharts, served from its webjar by this controller, no CDN) and tables, with CSV export. Figures come from the
 * engine ({@link MetricsCalculator}) over the shop's submitted orders and the plugin's events. Requires the widgets
 * permission (view), checked through Broadleaf's admin security.
 */
@Controller
public class DashboardController {

    private static final Log LOG = LogFactory.getLog(DashboardController.class);

    public static final String PATH = "/uplift-dashboard";
    static final String SECURED_ENTITY = UpliftWidgetConfigImpl.class.getName();
    /** The charting library inside its webjar (org.webjars.npm:echarts). */
    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    static final int DEFAULT_DAYS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AdminNavigationService navigation;
    private final SecurityVerifier security;
    private final DashboardReader reader;
    private final MetricsCalculator calculator = new MetricsCalculator();
    private final ExperimentsCache experiments;
    private final ExperimentResultsReader experimentResults;
    private final ExperimentAnalysis analysis;
    private StorefrontHealthReader health;
    private List<LeftOutRows> leftOut = new ArrayList<LeftOutRows>();
    private FailureSink failures;

    public DashboardController(AdminNavigationService navigation, SecurityVerifier security, DashboardReader reader,
            ExperimentsCache experiments, ExperimentResultsReader experimentResults, ExperimentAnalysis analysis) {
        this.navigation = navigation;
        this.security = security;
        this.reader = reader;
        this.experiments = experiments;
        this.experimentResults = experimentResults;
        this.analysis = analysis;
    }

    /** The storefront nodes' health reports, shown under "Storefront health" (optional: without it the part is hidden). */
    public void setHealth(StorefrontHealthReader health) {
        this.health = health;
    }

    /** The kinds of configuration whose left-out rows the page lists under "Left out by the storefront" (optional). */
    public void setLeftOut(List<LeftOutRows> leftOut) {
        this.leftOut = new ArrayList<LeftOutRows>(leftOut);
    }

    /** A range read from the request, or the default with the reason the request's was not taken. */
    static final class Range {
        final LocalDate from;
        final LocalDate to;
        final String error;

        Range(LocalDate from, LocalDate to, String error) {
            this.from = from;
            this.to = to;
            this.error = error;
        }

        static Range of(String fromText, String toText, LocalDate today) {
            LocalDate to = today;
            LocalDate from = today.minusDays(DEFAULT_DAYS - 1);
            if ((fromText == null || fromText.isEmpty()) && (toText == null || toText.isEmpty())) {
                return new Range(from, to, null);
            }
            try {
                LocalDate f = LocalDate.parse(fromText == null ? "" : fromText.trim());
                LocalDate t = LocalDate.parse(toText == null ? "" : toText.trim());
                if (t.isBefore(f)) {
                    return new Range(from, to, "The range must end on or after its first day: '" + fromText + "' to '"
                            + toText + "'. Showing the last " + DEFAULT_DAYS + " days.");
                }
                if (t.toEpochDay() - f.toEpochDay() + 1 > MetricsCalculator.MAX_DAYS) {
                    return new Range(from, to, "The range can be at most " + MetricsCalculator.MAX_DAYS + " days: '"
                            + fromText + "' to '" + toText + "'. Showing the last " + DEFAULT_DAYS + " days.");
                }
                return new Range(f, t, null);
            } catch (DateTimeParseException e) {
                return new Range(from, to, "Days are written 2026-11-30: '" + fromText + "' to '" + toText
                        + "'. Showing the last " + DEFAULT_DAYS + " days.");
            }
        }
    }

    /**
     * Where a failed part of the page is recorded (counted per kind and reported with the admin node's health); without
     * it, such failures are only logged.
     */
    public void setFailures(FailureSink failures) {
        this.failures = failures;
    }

    @RequestMapping(value = PATH, method = RequestMethod.GET)
    public String show(HttpServletRequest request, HttpServletResponse response, Model model,
            @RequestParam(value = "from", required = false) String from,
            @RequestParam(value = "to", required = false) String to) throws IOException {
        if (!AdminPages.allowed(security, SECURED_ENTITY, EntityOperationType.FETCH, response, "widgets")) {
            return null;
        }
        Range range = Range.of(from, to, LocalDate.now());
        model.addAttribute("from", range.from.toString());
        model.addAttribute("to", range.to.toString());
        model.addAttribute("rangeError", range.error);
        try {
            DashboardReader.Data data = reader.read(range.from, range.to);
            MetricsCalculator.Report report = calculator.compute(data.orders, data.events, range.from, range.to);
            PeriodMetrics all = report.getRange();
            model.addAttribute("metrics", all);
            model.addAttribute("acceptance", acceptanceRows(all));
            model.addAttribute("daily", MetricsTable.daily(report));
            model.addAttribute("widgets", MetricsTable.widgets(all));
            model.addAttribute("series", JSON.writeValueAsString(series(report)));
            model.addAttribute("eventsMissing", data.eventsMissing);
            model.addAttribute("badAttributions", data.badAttributions);
        } catch (SQLException | RuntimeException e) {
            AdminPages.failed(failures, LOG, "admin:dashboard", "the dashboard's figures for " + range.from + " to "
                    + range.to, e);
            model.addAttribute("error", "The figures could not be read: " + e.getMessage());
        }
        if (mayReadExperiments()) {
            experimentResults(model);
        } else {
            // the results name experiments, arms and revenue per arm: only for admins who may see experiments
            model.addAttribute("experimentsHidden", true);
        }
        storefrontHealth(model);
        leftOut(model);
        return AdminPages.render(navigation, model, PATH, "uplift/dashboard");
    }

    /**
     * The rows each kind of configuration leaves out (label to reasons), for the kinds this admin may read and that
     * have any; a kind that cannot say is named with the failure.
     */
    private void leftOut(Model model) {
        Map<String, List<String>> out = new LinkedHashMap<String, List<String>>();
        for (LeftOutRows kind : leftOut) {
            if (!mayRead(kind.getSecuredEntity())) {
                continue;
            }
            try {
                List<String> reasons = kind.getReasons();
                if (!reasons.isEmpty()) {
                    out.put(kind.getLabel(), reasons);
                }
            } catch (RuntimeException e) {
                AdminPages.failed(failures, LOG, "admin:left-out", "the left-out " + kind.getLabel(), e);
                out.put(kind.getLabel(), Collections.singletonList("could not be read: " + e.getMessage()));
            }
        }
        model.addAttribute("leftOut", out);
    }

    private boolean mayRead(String entity) {
        try {
            security.securityCheck(entity, EntityOperationType.FETCH);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether the signed-in admin may see the plugin's experiments ("View Uplift experiments" or "Maintain ..."). */
    private boolean mayReadExperiments() {
        return mayRead(UpliftExperimentImpl.class.getName());
    }

    /**
     * The results of every experiment that has started (running first, then stopped ones, newest first), over its
     * whole run (not the day range: an experiment is judged on all its visitors).
     */
    private void experimentResults(Model model) {
        List<ExperimentResultsView> views = new ArrayList<ExperimentResultsView>();
        List<String> charts = new ArrayList<String>();
        try {
            experiments.refresh();
            Map<String, String> names = experimentResults.names();
            List<Experiment> started = new ArrayList<Experiment>();
            for (Experiment e : experiments.all()) {
                if (e.getState() != ExperimentState.DRAFT) {
                    started.add(e);
                }
            }
            started.sort((a, b) -> a.getState() != b.getState() ? a.getState() == ExperimentState.RUNNING ? -1 : 1
                    : b.getStartedAt().compareTo(a.getStartedAt()));
            for (Experiment e : started) {
                Instant until = e.getStoppedAt() == null ? Instant.now() : e.getStoppedAt();
                ExperimentResultsView view = ExperimentResultsView.of(e, names.get(e.getId()),
                        experimentResults.read(e, until), analysis);
                views.add(view);
                charts.add(JSON.writeValueAsString(view.getChart()));
            }
        } catch (SQLException | IOException | RuntimeException e) {
            AdminPages.failed(failures, LOG, "admin:experiments", "the dashboard's experiment results", e);
            model.addAttribute("experimentsError", "The experiment results could not be read: " + e.getMessage());
        }
        model.addAttribute("experiments", views);
        model.addAttribute("experimentCharts", charts);
    }

    /** Each storefront node's last report, and how many nodes are not OK (named at the top of the page). */
    private void storefrontHealth(Model model) {
        if (health == null) {
            return;
        }
        try {
            List<NodeHealth> nodes = health.read(Instant.now());
            int problems = 0;
            for (NodeHealth n : nodes) {
                if (!"ok".equals(n.getStatus())) {
                    problems++;
                }
            }
            model.addAttribute("health", nodes);
            model.addAttribute("healthProblems", problems);
        } catch (SQLException | RuntimeException e) {
            AdminPages.failed(failures, LOG, "admin:health", "reading the nodes' health (UPLIFT_NODE_HEALTH)", e);
            model.addAttribute("healthError", "The storefront nodes' reports could not be read (UPLIFT_NODE_HEALTH): "
                    + e.getMessage());
        }
    }

    /** {@code daily.csv} (one row per day) or {@code widgets.csv} (one row per widget) for the range. */
    @RequestMapping(value = {PATH + "/daily.csv", PATH + "/widgets.csv"}, method = RequestMethod.GET)
    public void csv(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(value = "from", required = false) String from,
            @RequestParam(value = "to", required = false) String to) throws IOException {
        if (!AdminPages.allowed(security, SECURED_ENTITY, EntityOperationType.FETCH, response, "widgets")) {
            return;
        }
        Range range = Range.of(from, to, LocalDate.now());
        if (range.error != null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, range.error);
            return;
        }
        boolean daily = request.getRequestURI().endsWith("/daily.csv");
        MetricsTable table;
        try {
            DashboardReader.Data data = reader.read(range.from, range.to);
            MetricsCalculator.Report report = calculator.compute(data.orders, data.events, range.from, range.to);
            table = daily ? MetricsTable.daily(report) : MetricsTable.widgets(report.getRange());
        } catch (SQLException e) {
            AdminPages.failed(failures, LOG, "admin:export", "the dashboard's CSV export for " + range.from + " to "
                    + range.to, e);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "The figures could not be read.");
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"uplift-" + (daily ? "daily" : "widgets") + "-"
                + range.from + "-" + range.to + ".csv\"");
        response.getOutputStream().write(table.toCsv().getBytes(StandardCharsets.UTF_8));
    }

    /** The charting library, from its webjar on the admin's classpath (no CDN). */
    @RequestMapping(value = PATH + "/echarts.min.js", method = RequestMethod.GET)
    public void echarts(HttpServletResponse response) throws IOException {
        if (!AdminPages.allowed(security, SECURED_ENTITY, EntityOperationType.FETCH, response, "widgets")) {
            return;
        }
        try (InputStream in = DashboardController.class.getClassLoader().getResourceAsStream(ECHARTS)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "the ECharts webjar is not on the classpath");
                return;
            }
            response.setContentType("application/javascript;charset=UTF-8");
            response.setHeader("Cache-Control", "max-age=86400");
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[16384];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
            }
        }
    }

    /** One row per suggestion type, in the engine's order. */
    static List<Acceptance> acceptanceRows(PeriodMetrics period) {
        List<Acceptance> rows = new ArrayList<Acceptance>();
        for (SuggestionType t : SuggestionType.values()) {
            Acceptance a = period.getAcceptance().get(t);
            if (a != null) {
                rows.add(a);
            }
        }
        return rows;
    }

    /** The charts' data: days, AOV (all / with / without a suggestion), orders, attributed revenue, acceptance. */
    static Map<String, Object> series(MetricsCalculator.Report report) {
        List<String> days = new ArrayList<String>();
        List<BigDecimal> aovAll = new ArrayList<BigDecimal>();
        List<BigDecimal> aovWith = new ArrayList<BigDecimal>();
        List<BigDecimal> aovWithout = new ArrayList<BigDecimal>();
        List<Long> orders = new ArrayList<Long>();
        List<BigDecimal> attributed = new ArrayList<BigDecimal>();
        for (PeriodMetrics d : report.getDays()) {
            days.add(d.getFrom().toString());
            aovAll.add(d.getAll().getAov());
            aovWith.add(d.getWithSuggestion().getAov());
            aovWithout.add(d.getWithoutSuggestion().getAov());
            orders.add(d.getAll().getOrders());
            attributed.add(d.getAttributedRevenue());
        }
        List<String> types = new ArrayList<String>();
        List<BigDecimal> acceptance = new ArrayList<BigDecimal>();
        List<BigDecimal> addToCart = new ArrayList<BigDecimal>();
        for (Acceptance a : acceptanceRows(report.getRange())) {
            types.add(a.getType().name());
            acceptance.add(percent(a.getAcceptanceRate()));
            addToCart.add(percent(a.getAddToCartRate()));
        }
        Map<String, Object> out = new LinkedHashMap<String, Object>();
        out.put("days", days);
        out.put("aovAll", aovAll);
        out.put("aovWith", aovWith);
        out.put("aovWithout", aovWithout);
        out.put("orders", orders);
        out.put("attributedRevenue", attributed);
        out.put("types", types);
        out.put("acceptance", acceptance);
        out.put("addToCart", addToCart);
        return out;
    }

    private static BigDecimal percent(BigDecimal rate) {
        return rate == null ? null : rate.multiply(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
