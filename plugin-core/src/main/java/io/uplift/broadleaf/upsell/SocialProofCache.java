package io.uplift.broadleaf.upsell;

import io.uplift.engine.FailureSink;
import io.uplift.engine.learn.PeriodicTask;
import io.uplift.engine.upsell.ComparisonGroup;
import io.uplift.engine.upsell.ComparisonGroupsSource;
import io.uplift.engine.upsell.GroupCounts;
import io.uplift.engine.upsell.SocialProofCounts;
import io.uplift.engine.upsell.UpsellOptions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Social-proof counts from the shop's own order tables, computed in the background and read on the page-render path
 * without I/O. For each comparison group and each window a widget asks for: the submitted orders of the window that
 * contain any version of the group, and per version the orders containing it. A window asked for the first time is
 * counted at the next background run (which it triggers); until then nothing is shown, never a guess.
 */
public class SocialProofCache implements SocialProofCounts {

    static final String BASE = " FROM BLC_ORDER o JOIN BLC_ORDER_ITEM i ON i.ORDER_ID = o.ORDER_ID"
            + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID"
            + " WHERE o.ORDER_STATUS = 'SUBMITTED' AND o.SUBMIT_DATE >= ? AND d.PRODUCT_ID IN ";

    private final DataSource dataSource;
    private final ComparisonGroupsSource groups;
    private final FailureSink failures;
    private final PeriodicTask task;
    private final Set<Integer> windows = ConcurrentHashMap.newKeySet();
    private volatile Map<String, GroupCounts> counts = new HashMap<String, GroupCounts>();
    private volatile long countedAt;

    public SocialProofCache(DataSource dataSource, ComparisonGroupsSource groups, FailureSink failures,
            long refreshMillis) {
        this.dataSource = dataSource;
        this.groups = groups;
        this.failures = failures;
        this.windows.add(UpsellOptions.DEFAULT_WINDOW_DAYS); // counted at start: the first page shows figures
        this.task = new PeriodicTask("uplift-social-proof-refresh", refreshMillis, new PeriodicTask.Task() {
            @Override
            public void run() {
                refresh();
            }

            @Override
            public void failed(Throwable e) {
                SocialProofCache.this.failures.record("upsell:social-proof", "counting orders for social proof", e);
            }
        });
    }

    public void start() {
        task.start(0);
        if (groups instanceof ComparisonGroupsCache) {
            // a new or edited group is counted at once, not at the next period
            ((ComparisonGroupsCache) groups).onChange(new Runnable() {
                @Override
                public void run() {
                    task.nudge();
                }
            });
        }
    }

    public void stop() {
        task.stop();
    }

    @Override
    public GroupCounts get(long groupId, int windowDays) {
        windows.add(windowDays);
        GroupCounts c = counts.get(key(groupId, windowDays));
        if (c == null) {
            task.nudge(); // a new group or window: counted at once in the background
        }
        return c;
    }

    /** When the counts were last computed (epoch millis), 0 before the first run. */
    public long getCountedAt() {
        return countedAt;
    }

    /** Counts every group for every window asked for so far; never throws; returns whether it succeeded. */
    public boolean refresh() {
        long now = System.currentTimeMillis();
        Map<String, GroupCounts> next = new HashMap<String, GroupCounts>();
        try (Connection c = dataSource.getConnection()) {
            for (ComparisonGroup g : groups.current().all()) {
                for (Integer days : windows) {
                    next.put(key(g.getId(), days), count(c, g, days, now));
                }
            }
        } catch (SQLException | RuntimeException e) {
            failures.record("upsell:social-proof", "counting orders for social proof (keeping the last counts)", e);
            return false;
        }
        counts = next;
        countedAt = now;
        return true;
    }

    /** The counts of one group and window, straight from the order tables. */
    public static GroupCounts count(Connection c, ComparisonGroup g, int days, long now) throws SQLException {
        StringBuilder in = new StringBuilder("(");
        for (int i = 0; i < g.getMembers().size(); i++) {
            in.append(i == 0 ? "?" : ", ?");
        }
        in.append(')');
        Timestamp since = new Timestamp(now - days * 86400000L);
        long total;
        try (PreparedStatement st = c.prepareStatement("SELECT COUNT(DISTINCT o.ORDER_ID)" + BASE + in)) {
            bind(st, since, g);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        Map<Long, Long> perProduct = new HashMap<Long, Long>();
        try (PreparedStatement st = c.prepareStatement("SELECT d.PRODUCT_ID, COUNT(DISTINCT o.ORDER_ID)" + BASE + in
                + " GROUP BY d.PRODUCT_ID")) {
            bind(st, since, g);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    perProduct.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return new GroupCounts(g.getId(), days, total, perProduct);
    }

    private static void bind(PreparedStatement st, Timestamp since, ComparisonGroup g) throws SQLException {
        st.setTimestamp(1, since);
        for (int i = 0; i < g.getMembers().size(); i++) {
            st.setLong(i + 2, g.getMembers().get(i));
        }
    }

    private static String key(long groupId, int days) {
        return groupId + ":" + days;
    }
}
