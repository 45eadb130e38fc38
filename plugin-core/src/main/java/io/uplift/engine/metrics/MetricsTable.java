package io.uplift.engine.metrics;

import io.uplift.engine.event.SuggestionType;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A table of metrics as the admin shows and exports it: a header (the CSV's column names, e.g. {@code ctr_seen}), its
 * labels (what the admin's page shows above the columns, e.g. "CTR of seen") and rows of cells (numbers as plain
 * decimal text, a null ratio as an empty cell). {@link #toCsv()} renders RFC 4180 CSV with Apache Commons CSV (comma,
 * CRLF, quotes only where a cell needs them, a quote doubled inside). Immutable.
 */
public final class MetricsTable {

    private final List<String> header;
    private final List<String> labels;
    private final List<List<String>> rows;

    /** A table whose labels are its column names. */
    public MetricsTable(List<String> header, List<List<String>> rows) {
        this(header, header, rows);
    }

    /** @throws IllegalArgumentException quoting a row or labels whose width differs from the header's */
    public MetricsTable(List<String> header, List<String> labels, List<List<String>> rows) {
        if (header == null || header.isEmpty()) {
            throw new IllegalArgumentException("a table needs a header: " + header);
        }
        if (labels == null || labels.size() != header.size()) {
            throw new IllegalArgumentException("labels " + labels + " for the header " + header);
        }
        List<List<String>> copy = new ArrayList<List<String>>();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, the header " + header.size()
                        + ": " + row);
            }
            copy.add(Collections.unmodifiableList(new ArrayList<String>(row)));
        }
        this.header = Collections.unmodifiableList(new ArrayList<String>(header));
        this.labels = Collections.unmodifiableList(new ArrayList<String>(labels));
        this.rows = Collections.unmodifiableList(copy);
    }

    /**
     * One row per day: day, orders, revenue, AOV, UPT for all orders, with and without an accepted suggestion,
     * attributed revenue, then per kind of suggestion its acceptance rate and add-to-cart rate.
     */
    public static MetricsTable daily(MetricsCalculator.Report report) {
        List<String> header = new ArrayList<String>(Arrays.asList("day", "orders", "revenue", "aov", "upt",
                "orders_with_suggestion", "aov_with_suggestion", "upt_with_suggestion", "orders_without_suggestion",
                "aov_without_suggestion", "upt_without_suggestion", "attributed_revenue"));
        List<String> labels = new ArrayList<String>(Arrays.asList("Day", "Orders", "Revenue", "AOV", "Units per order",
                "Orders with a suggestion", "AOV with a suggestion", "Units per order with a suggestion",
                "Orders without", "AOV without", "Units per order without", "Attributed revenue"));
        for (SuggestionType t : SuggestionType.values()) {
            String k = t.name().toLowerCase(Locale.ROOT);
            header.add("acceptance_" + k);
            header.add("add_to_cart_rate_" + k);
            labels.add("Acceptance, " + kind(t));
            labels.add("Add-to-cart rate, " + kind(t));
        }
        List<List<String>> rows = new ArrayList<List<String>>();
        for (PeriodMetrics d : report.getDays()) {
            List<String> row = new ArrayList<String>(Arrays.asList(d.getFrom().toString(),
                    Long.toString(d.getAll().getOrders()), cell(d.getAll().getRevenue()), cell(d.getAll().getAov()),
                    cell(d.getAll().getUpt()), Long.toString(d.getWithSuggestion().getOrders()),
                    cell(d.getWithSuggestion().getAov()), cell(d.getWithSuggestion().getUpt()),
                    Long.toString(d.getWithoutSuggestion().getOrders()), cell(d.getWithoutSuggestion().getAov()),
                    cell(d.getWithoutSuggestion().getUpt()), cell(d.getAttributedRevenue())));
            for (Acceptance a : d.getAcceptance().values()) {
                row.add(cell(a.getAcceptanceRate()));
                row.add(cell(a.getAddToCartRate()));
            }
            rows.add(row);
        }
        return new MetricsTable(header, labels, rows);
    }

    /** "cross-sell", "add-on": a kind of suggestion as the admin reads it. */
    static String kind(SuggestionType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** One row per widget over the range: id, type, kind, rendered, seen, clicks, CTR of seen and of rendered. */
    public static MetricsTable widgets(PeriodMetrics period) {
        List<List<String>> rows = new ArrayList<List<String>>();
        for (WidgetCtr w : period.getWidgets()) {
            rows.add(Arrays.asList(Long.toString(w.getWidgetId()), w.getWidgetType(), w.getSuggestionType().name(),
                    Long.toString(w.getRendered()), Long.toString(w.getSeen()), Long.toString(w.getClicks()),
                    cell(w.getCtrSeen()), cell(w.getCtrRendered())));
        }
        return new MetricsTable(Arrays.asList("widget_id", "widget_type", "suggestion_type", "rendered", "seen",
                "clicks", "ctr_seen", "ctr_rendered"), Arrays.asList("Widget", "Widget type", "Suggestion type",
                "Rendered", "Seen", "Clicks", "CTR of seen", "CTR of rendered"), rows);
    }

    private static String cell(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    /** The CSV's column names. */
    public List<String> getHeader() {
        return header;
    }

    /** What the admin's page shows above the columns. */
    public List<String> getLabels() {
        return labels;
    }

    public List<List<String>> getRows() {
        return rows;
    }

    /** RFC 4180 CSV: the header, then the rows, each line ended by CRLF. */
    public String toCsv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(header);
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
