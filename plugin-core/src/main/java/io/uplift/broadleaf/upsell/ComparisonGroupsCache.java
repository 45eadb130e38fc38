package io.uplift.broadleaf.upsell;

import io.uplift.engine.FailureSink;
import io.uplift.engine.learn.PeriodicTask;
import io.uplift.engine.upsell.ComparisonGroup;
import io.uplift.engine.upsell.ComparisonGroups;
import io.uplift.engine.upsell.ComparisonGroupsSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * The enabled comparison groups (UPLIFT_COMPARISON_GROUP and _MEMBER) in memory for the page-render path, re-read
 * in the background every refresh period so an admin change shows within seconds. A group that breaks the rules
 * (fewer than two versions, an offer without end date) is left out and listed in {@link #getRejected()}; a failed
 * read keeps the last good groups.
 */
public class ComparisonGroupsCache implements ComparisonGroupsSource {

    static final String QUERY = "SELECT g.GROUP_ID, g.NAME, g.ATTRIBUTES, g.OFFER_TEXT, g.OFFER_ENDS, m.PRODUCT_ID"
            + " FROM UPLIFT_COMPARISON_GROUP g LEFT JOIN UPLIFT_COMPARISON_MEMBER m ON m.GROUP_ID = g.GROUP_ID"
            + " WHERE g.ENABLED = ? ORDER BY g.GROUP_ID, m.SEQUENCE, m.MEMBER_ID";

    private final DataSource dataSource;
    private final FailureSink failures;
    private final PeriodicTask task;
    private volatile ComparisonGroups groups = ComparisonGroups.EMPTY;
    private volatile List<String> rejected = Collections.emptyList();
    private volatile String signature = "";
    private final List<Runnable> listeners = new CopyOnWriteArrayList<Runnable>();

    public ComparisonGroupsCache(DataSource dataSource, FailureSink failures, long refreshMillis) {
        this.dataSource = dataSource;
        this.failures = failures;
        this.task = new PeriodicTask("uplift-comparison-groups-refresh", refreshMillis, new PeriodicTask.Task() {
            @Override
            public void run() {
                refresh();
            }

            @Override
            public void failed(Throwable e) {
                ComparisonGroupsCache.this.failures.record("upsell:groups", "reading UPLIFT_COMPARISON_GROUP", e);
            }
        });
    }

    public void start() {
        refresh();
        task.start(task.getPeriodMillis());
    }

    public void stop() {
        task.stop();
    }

    /** Reloads now; never throws; returns whether it succeeded. */
    public boolean refresh() {
        Map<Long, Row> rows = new LinkedHashMap<Long, Row>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(QUERY)) {
            st.setBoolean(1, true);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Row row = rows.get(id);
                    if (row == null) {
                        Timestamp ends = rs.getTimestamp(5);
                        row = new Row(id, rs.getString(2), rs.getString(3), rs.getString(4),
                                ends == null ? null : new Date(ends.getTime()));
                        rows.put(id, row);
                    }
                    long product = rs.getLong(6);
                    if (!rs.wasNull()) {
                        row.members.add(product);
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            failures.record("upsell:groups", "reading UPLIFT_COMPARISON_GROUP (keeping the last good groups)", e);
            return false;
        }
        List<ComparisonGroup> next = new ArrayList<ComparisonGroup>();
        List<String> bad = new ArrayList<String>();
        for (Row r : rows.values()) {
            try {
                next.add(new ComparisonGroup(r.id, r.name, r.members, ComparisonGroup.attributeList(r.attributes),
                        r.offerText, r.offerEnds));
            } catch (IllegalArgumentException e) {
                bad.add("comparison group " + r.id + " ignored: " + e.getMessage());
            }
        }
        groups = new ComparisonGroups(next);
        rejected = Collections.unmodifiableList(bad);
        String nextSignature = next.toString();
        if (!nextSignature.equals(signature)) {
            signature = nextSignature;
            for (Runnable listener : listeners) {
                listener.run();
            }
        }
        return true;
    }

    /** Runs {@code listener} on the refresh thread whenever the groups change (added, removed, edited). */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** The enabled, valid groups; never null. */
    @Override
    public ComparisonGroups current() {
        return groups;
    }

    /** Why enabled groups were left out at the last read ("needs at least two versions", ...). */
    public List<String> getRejected() {
        return rejected;
    }

    private static final class Row {
        final long id;
        final String name;
        final String attributes;
        final String offerText;
        final Date offerEnds;
        final List<Long> members = new ArrayList<Long>();

        Row(long id, String name, String attributes, String offerText, Date offerEnds) {
            this.id = id;
            this.name = name;
            this.attributes = attributes;
            this.offerText = offerText;
            this.offerEnds = offerEnds;
        }
    }
}
