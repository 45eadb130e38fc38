package io.uplift.admin.health;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import io.uplift.engine.health.NodeHealth;

/**
 * Reads the storefront nodes' last health reports ({@code UPLIFT_NODE_HEALTH}, written by each node's
 * {@code NodeHealthReporter}) for the dashboard's "Storefront health": one {@link NodeHealth} per node, the most
 * recently reporting first. A node whose last report is older than {@code silentSeconds} shows as not reporting.
 * Plain JDBC on the admin's request thread.
 */
public class StorefrontHealthReader {

    static final String ROWS = "SELECT NODE_ID, COUNTER_NAME, COUNTER_VALUE, STARTED_AT, REPORTED_AT"
            + " FROM UPLIFT_NODE_HEALTH ORDER BY NODE_ID, COUNTER_NAME";

    private final DataSource dataSource;
    private final Duration silentAfter;

    /** @param silentSeconds a node is "not reporting" when its last report is older than this, 10 to 86400 */
    public StorefrontHealthReader(DataSource dataSource, int silentSeconds) {
        if (silentSeconds < 10 || silentSeconds > 86400) {
            throw new IllegalArgumentException("uplift.health.silentSeconds must be from 10 to 86400: '" + silentSeconds
                    + "'");
        }
        this.dataSource = dataSource;
        this.silentAfter = Duration.ofSeconds(silentSeconds);
    }

    public List<NodeHealth> read(Instant now) throws SQLException {
        Map<String, Node> nodes = new LinkedHashMap<String, Node>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(ROWS);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                Node n = nodes.get(id);
                if (n == null) {
                    n = new Node();
                    nodes.put(id, n);
                }
                n.counters.put(rs.getString(2), rs.getLong(3));
                n.started = earliest(n.started, rs.getTimestamp(4));
                n.reported = latest(n.reported, rs.getTimestamp(5));
            }
        }
        List<NodeHealth> out = new ArrayList<NodeHealth>();
        for (Map.Entry<String, Node> e : nodes.entrySet()) {
            Node n = e.getValue();
            out.add(NodeHealth.of(e.getKey(), n.started, n.reported, n.counters, now, silentAfter));
        }
        // storefront nodes first, then admin applications; each newest report first
        out.sort((a, b) -> a.isAdmin() != b.isAdmin() ? (a.isAdmin() ? 1 : -1)
                : b.getReportedAt().compareTo(a.getReportedAt()));
        return out;
    }

    private static Instant earliest(Instant current, Timestamp t) {
        Instant i = t.toInstant();
        return current == null || i.isBefore(current) ? i : current;
    }

    private static Instant latest(Instant current, Timestamp t) {
        Instant i = t.toInstant();
        return current == null || i.isAfter(current) ? i : current;
    }

    private static final class Node {
        final Map<String, Long> counters = new TreeMap<String, Long>();
        Instant started;
        Instant reported;
    }
}
