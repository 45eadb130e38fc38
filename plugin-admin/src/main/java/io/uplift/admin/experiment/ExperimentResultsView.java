package io.uplift.admin.experiment;

import io.uplift.engine.experiment.ArmSample;
import io.uplift.engine.experiment.Comparison;
import io.uplift.engine.experiment.Experiment;
import io.uplift.engine.experiment.ExperimentAnalysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One experiment's results as the dashboard shows them: per arm its sample sizes and figures, each comparison (each
 * variant against the control; all variants together against the hold-out) with the difference, its 95 % interval,
 * the p-value and the verdict, the small-sample warnings, and the chart data (differences with their intervals).
 * Built from the engine's {@link ExperimentAnalysis.Report}; text is formatted here, escaped by the template.
 */
public final class ExperimentResultsView {

    private final String id;
    private final String name;
    private final String state;
    private final String scope;
    private final String window;
    private final List<List<String>> arms = new ArrayList<List<String>>();
    private final List<ComparisonRow> comparisons = new ArrayList<ComparisonRow>();
    private final List<String> warnings;
    private final Map<String, Object> chart = new LinkedHashMap<String, Object>();

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    public static final List<String> ARM_HEADER = Collections.unmodifiableList(java.util.Arrays.asList("Arm",
            "Visitors", "Buyers", "Orders", "Conversion", "Seen widgets", "Accepted lines", "Acceptance", "AOV",
            "Revenue", "Revenue per visitor"));

    ExperimentResultsView(Experiment e, String name, ExperimentAnalysis.Report report) {
        this.id = e.getId();
        this.name = name == null ? "Experiment " + e.getId() : name;
        this.state = e.getState().name();
        this.scope = "slot " + e.getSlot() + (e.getWidgetId() == null ? "" : ", widget " + e.getWidgetId())
                + (e.getHoldoutPercent() > 0 ? ", hold-out " + e.getHoldoutPercent() + " %" : ", no hold-out");
        this.window = (e.getStartedAt() == null ? "" : "from " + TIME.format(e.getStartedAt()))
                + (e.getStoppedAt() == null ? " (running)" : " to " + TIME.format(e.getStoppedAt()));
        for (ArmSample a : report.getArms()) {
            arms.add(java.util.Arrays.asList(a.getArm(), Long.toString(a.getVisitors()), Integer.toString(a.getBuyers()),
                    Integer.toString(a.getOrders()), percent(a.conversion()), Long.toString(a.getSeen()),
                    Long.toString(a.getAccepted()), percent(a.acceptanceRate()), money(a.aov()), money(a.revenue()),
                    money(a.revenuePerVisitor())));
        }
        String control = report.getArms().get(0).getArm();
        for (Map.Entry<String, List<Comparison>> v : report.getVsControl().entrySet()) {
            for (Comparison c : v.getValue()) {
                comparisons.add(new ComparisonRow(v.getKey() + " vs " + control, c));
            }
        }
        for (Comparison c : report.getVsHoldout()) {
            comparisons.add(new ComparisonRow("all variants vs holdout", c));
        }
        this.warnings = report.getWarnings();
        List<String> moneyLabels = new ArrayList<String>();
        List<List<Double>> money = new ArrayList<List<Double>>();
        List<String> rateLabels = new ArrayList<String>();
        List<List<Double>> rates = new ArrayList<List<Double>>();
        for (ComparisonRow r : comparisons) {
            boolean isRate = r.comparison.getMetric() == Comparison.Metric.CONVERSION
                    || r.comparison.getMetric() == Comparison.Metric.ACCEPTANCE;
            double scale = isRate ? 100 : 1;
            List<Double> point = java.util.Arrays.asList(finite(r.comparison.getDifference() * scale),
                    finite(r.comparison.getLow() * scale), finite(r.comparison.getHigh() * scale));
            (isRate ? rateLabels : moneyLabels).add(r.label + ": " + r.getMetric());
            (isRate ? rates : money).add(point);
        }
        chart.put("moneyLabels", moneyLabels);
        chart.put("money", money);
        chart.put("rateLabels", rateLabels);
        chart.put("rates", rates);
    }

    /** Builds the view of an experiment from its arms (control first, hold-out last when it has one). */
    public static ExperimentResultsView of(Experiment e, String name, List<ArmSample> arms,
            ExperimentAnalysis analysis) {
        ArmSample holdout = null;
        List<ArmSample> variants = new ArrayList<ArmSample>(arms);
        if (e.getHoldoutPercent() > 0) {
            holdout = variants.remove(variants.size() - 1);
        }
        ArmSample control = variants.remove(0);
        return new ExperimentResultsView(e, name, analysis.analyze(control, variants, holdout));
    }

    static Double finite(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : Math.round(v * 100) / 100.0;
    }

    static String percent(double rate) {
        return Double.isNaN(rate) ? "-" : String.format(Locale.ROOT, "%.2f %%", rate * 100);
    }

    static String money(double amount) {
        return Double.isNaN(amount) ? "-" : String.format(Locale.ROOT, "$%,.2f", amount);
    }

    /** One comparison, formatted. */
    public static final class ComparisonRow {
        final String label;
        final Comparison comparison;

        ComparisonRow(String label, Comparison comparison) {
            this.label = label;
            this.comparison = comparison;
        }

        public String getLabel() {
            return label;
        }

        public String getMetric() {
            switch (comparison.getMetric()) {
                case CONVERSION:
                    return "conversion";
                case ACCEPTANCE:
                    return "acceptance";
                case AOV:
                    return "AOV";
                default:
                    return "revenue per visitor";
            }
        }

        private boolean isRate() {
            return comparison.getMetric() == Comparison.Metric.CONVERSION
                    || comparison.getMetric() == Comparison.Metric.ACCEPTANCE;
        }

        private String value(double v) {
            return isRate() ? percent(v) : money(v);
        }

        /** A difference: percentage points for rates, money for means. */
        private String delta(double v) {
            if (Double.isNaN(v)) {
                return "-";
            }
            return isRate() ? String.format(Locale.ROOT, "%+.2f pp", v * 100)
                    : (v < 0 ? "-" : "+") + money(Math.abs(v));
        }

        public String getBaseline() {
            return value(comparison.getBaseline());
        }

        public String getValue() {
            return value(comparison.getValue());
        }

        public String getDifference() {
            return delta(comparison.getDifference());
        }

        public String getInterval() {
            return Double.isNaN(comparison.getLow()) ? "-"
                    : "[" + delta(comparison.getLow()) + ", " + delta(comparison.getHigh()) + "]";
        }

        public String getPValue() {
            return Double.isNaN(comparison.getPValue()) ? "-"
                    : String.format(Locale.ROOT, comparison.getPValue() < 0.0001 ? "%.1e" : "%.4f",
                            comparison.getPValue());
        }

        public String getVerdict() {
            switch (comparison.getVerdict()) {
                case TOO_SMALL:
                    return "sample too small";
                case NO_DATA:
                    return "no data";
                case NOT_SIGNIFICANT:
                    return "no significant difference";
                case BETTER:
                    return "significantly better";
                default:
                    return "significantly worse";
            }
        }

        public String getVerdictCode() {
            return comparison.getVerdict().name();
        }
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getState() {
        return state;
    }

    public String getScope() {
        return scope;
    }

    public String getWindow() {
        return window;
    }

    public List<String> getArmHeader() {
        return ARM_HEADER;
    }

    public List<List<String>> getArms() {
        return arms;
    }

    public List<ComparisonRow> getComparisons() {
        return comparisons;
    }

    public List<String> getWarnings() {
        return warnings;
    }

    public Map<String, Object> getChart() {
        return chart;
    }
}
