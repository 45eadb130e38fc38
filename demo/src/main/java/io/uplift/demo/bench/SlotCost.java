package io.uplift.demo.bench;

import io.uplift.engine.health.NodeHealth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plugin's own CPU per page in a load test, as the site measured it inside its slot tags (README, "Storefront
 * health": {@code slots.cpuNanos} and {@code slots.pages}), read from the node's health reports
 * ({@code UPLIFT_NODE_HEALTH}) while the phases run. A node's report replaces its rows, so the test polls: each
 * {@link #poll} keeps the newest report, and a phase counts what happened between the first and the last report made
 * within it. The load test starts its site with a report every 5 s; a site reporting less often than a phase lasts
 * gives no figure.
 *
 * <p>Both figures of a phase come from the same requests, so their ratio to the site's request threads' CPU per
 * request is the plugin's share of a page, much less sensitive to the shared machine's speed than the throughput
 * ratio is.</p>
 */
final class SlotCost {

    static final String QUERY = "SELECT NODE_ID, COUNTER_NAME, COUNTER_VALUE, REPORTED_AT FROM UPLIFT_NODE_HEALTH"
            + " WHERE COUNTER_NAME IN ('" + NodeHealth.SLOT_CPU_NANOS + "', '" + NodeHealth.SLOT_PAGES + "')"
            + " AND NODE_ID NOT LIKE '" + NodeHealth.ADMIN_PREFIX + "%'";

    /** One node's report: when, and its cumulative counters. */
    static final class Report {
        final String node;
        final Instant at;
        final long nanos;
        final long pages;

        Report(String node, Instant at, long nanos, long pages) {
            this.node = node;
            this.at = at;
            this.nanos = nanos;
            this.pages = pages;
        }
    }

    /** What one side's phases added up to. */
    static final class Sum {
        long nanos;
        long pages;
        int phases;
        int phasesWithout;

        void add(Sum other) {
            nanos += other.nanos;
            pages += other.pages;
            phases += other.phases;
            phasesWithout += other.phasesWithout;
        }

        /** CPU milliseconds per page, or NaN without a measured page. */
        double msPerPage() {
            return pages == 0 ? Double.NaN : nanos / 1e6 / pages;
        }
    }

    private final List<Report> reports = new ArrayList<Report>();

    /**
     * Reads the newest report of the node that reported last (with {@code --site}, rows of earlier runs' nodes can
     * still be in the table) and keeps it if it is new. A failed read is skipped: the figure is informational.
     */
    void poll(Connection c) {
        Map<String, Report> byNode = new HashMap<String, Report>();
        try (PreparedStatement s = c.prepareStatement(QUERY); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String node = rs.getString(1);
                Instant at = rs.getTimestamp(4).toInstant();
                Report r = byNode.get(node);
                long nanos = r == null ? 0 : r.nanos;
                long pages = r == null ? 0 : r.pages;
                if (NodeHealth.SLOT_CPU_NANOS.equals(rs.getString(2))) {
                    nanos = rs.getLong(3);
                } else {
                    pages = rs.getLong(3);
                }
                byNode.put(node, new Report(node, r == null || at.isAfter(r.at) ? at : r.at, nanos, pages));
            }
        } catch (SQLException e) {
            return;
        }
        Report newest = null;
        for (Report r : byNode.values()) {
            if (newest == null || r.at.isAfter(newest.at)) {
                newest = r;
            }
        }
        if (newest != null) {
            add(newest);
        }
    }

    synchronized void add(Report r) {
        Report last = reports.isEmpty() ? null : reports.get(reports.size() - 1);
        if (last == null || !last.node.equals(r.node) || r.at.isAfter(last.at)) {
            reports.add(r);
        }
    }

    /**
     * Adds to {@code into} what the node counted between its first and last report within {@code [from, to]}; a
     * phase with fewer than two reports of one node within it counts as a phase without a figure.
     */
    synchronized void phase(Instant from, Instant to, Sum into) {
        Report first = null;
        Report last = null;
        for (Report r : reports) {
            if (r.at.isBefore(from) || r.at.isAfter(to)) {
                continue;
            }
            if (first == null) {
                first = r;
            } else if (r.node.equals(first.node)) {
                last = r;
            }
        }
        into.phases++;
        if (last == null || last.pages < first.pages || last.nanos < first.nanos) {
            into.phasesWithout++; // too few reports, or the node restarted in between
            return;
        }
        into.nanos += last.nanos - first.nanos;
        into.pages += last.pages - first.pages;
    }

    /** The report's line: the tags' CPU per page on each side and their share of the request threads' CPU. */
    static String line(Sum on, Sum off, CpuMeter.Spent onCpu, long onRequests, CpuMeter.Spent offCpu, long offRequests) {
        if (on.pages == 0 || off.pages == 0) {
            return String.format(Locale.ROOT, "load: Uplift's slot tags, CPU per page: not measured (%d of %d phases"
                    + " had fewer than two node reports within them; the site reports every uplift.health.reportSeconds)",
                    on.phasesWithout + off.phasesWithout, on.phases + off.phases);
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "load: Uplift's slot tags, CPU per page"
                + " (measured in the tags, from the node's reports within the phases), ms, widgets on / off: %.3f /"
                + " %.3f (%d / %d pages)", on.msPerPage(), off.msPerPage(), on.pages, off.pages));
        if (onCpu.siteKnown && offCpu.siteKnown && onRequests > 0 && offRequests > 0) {
            double onPage = onCpu.siteRequest / 1e6 / onRequests;
            double offPage = offCpu.siteRequest / 1e6 / offRequests;
            s.append(String.format(Locale.ROOT, "; of the site request threads' CPU per request %.1f %% / %.1f %%; the"
                    + " request threads' extra per \"on\" page %.3f ms, of which in the tags %.3f ms and elsewhere"
                    + " (writing the bigger page, the rest of the request) %.3f ms",
                    100 * on.msPerPage() / onPage, 100 * off.msPerPage() / offPage, onPage - offPage,
                    on.msPerPage() - off.msPerPage(), (onPage - offPage) - (on.msPerPage() - off.msPerPage())));
        }
        return s.toString();
    }
}
