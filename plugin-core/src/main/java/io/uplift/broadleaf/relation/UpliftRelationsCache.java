package io.uplift.broadleaf.relation;

import io.uplift.engine.FailureSink;
import io.uplift.engine.learn.PeriodicTask;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * The plugin's own relations (UPLIFT_RELATION) in memory for the page-render path, re-read in the background every
 * refresh period so an admin change shows within seconds. A failed read keeps the last good relations.
 */
public class UpliftRelationsCache {

    static final String QUERY = "SELECT PRODUCT_ID, RELATED_PRODUCT_ID FROM UPLIFT_RELATION"
            + " ORDER BY PRODUCT_ID, POSITION, RELATION_ID";

    private final DataSource dataSource;
    private final FailureSink failures;
    private final PeriodicTask task;
    private volatile Long2ObjectOpenHashMap<List<Long>> relations = new Long2ObjectOpenHashMap<List<Long>>();

    public UpliftRelationsCache(DataSource dataSource, FailureSink failures, long refreshMillis) {
        this.dataSource = dataSource;
        this.failures = failures;
        this.task = new PeriodicTask("uplift-relations-refresh", refreshMillis, new PeriodicTask.Task() {
            @Override
            public void run() {
                refresh();
            }

            @Override
            public void failed(Throwable e) {
                UpliftRelationsCache.this.failures.record("relations:load", "reading UPLIFT_RELATION", e);
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
        Long2ObjectOpenHashMap<List<Long>> next = new Long2ObjectOpenHashMap<List<Long>>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(QUERY)) {
            while (rs.next()) {
                long product = rs.getLong(1);
                List<Long> list = next.get(product);
                if (list == null) {
                    list = new ArrayList<Long>(4);
                    next.put(product, list);
                }
                long related = rs.getLong(2);
                if (related != product && !list.contains(related)) {
                    list.add(related);
                }
            }
        } catch (SQLException | RuntimeException e) {
            failures.record("relations:load", "reading UPLIFT_RELATION (keeping the last good relations)", e);
            return false;
        }
        for (Long2ObjectOpenHashMap.Entry<List<Long>> e : next.long2ObjectEntrySet()) {
            e.setValue(Collections.unmodifiableList(e.getValue()));
        }
        relations = next;
        return true;
    }

    /** The related products set in the plugin's admin, in position order; never null. */
    public List<Long> related(long productId) {
        List<Long> list = relations.get(productId);
        return list == null ? Collections.<Long>emptyList() : list;
    }
}
