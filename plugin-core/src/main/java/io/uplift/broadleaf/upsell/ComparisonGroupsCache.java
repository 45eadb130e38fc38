package io.uplift.broadleaf.upsell;

import io.uplift.engine.FailureSink;
import io.uplift.engine.learn.PeriodicTask;
import io.uplift.engine.upsell.ComparisonGroup;
import io.uplift.engine.upsell.ComparisonGroups;
import io.uplift.engine.upsell.ComparisonGroupsSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * The enabled comparison groups (UPLIFT_COMPARISON_GROUP and _MEMBER) in memory for the page-render path, re-read
 * in the background every refresh period so an admin change shows within seconds. A group that breaks the rules
 * (fewer than two versions, an offer without end date) is left out and listed in {@link #getRejected()}; a failed
 * read keeps the last good groups.
 */
public class ComparisonGroupsCache implements ComparisonGroupsSource {

    private final DataSource dataSource;
    private final FailureSink failures;
    private final PeriodicTask task;
    private volatile ComparisonGroups groups = ComparisonGroups.EMPTY;
    private volatile List<String> rejected = Collections.emptyList();

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
        List<ComparisonGroupRows.Row> rows;
        try (Connection c = dataSource.getConnection()) {
            rows = ComparisonGroupRows.read(c, true);
        } catch (SQLException | RuntimeException e) {
            failures.record("upsell:groups", "reading UPLIFT_COMPARISON_GROUP (keeping the last good groups)", e);
            return false;
        }
        List<ComparisonGroup> next = new ArrayList<ComparisonGroup>();
        List<String> bad = new ArrayList<String>();
        for (ComparisonGroupRows.Row r : rows) {
            try {
                next.add(r.toGroup());
            } catch (IllegalArgumentException e) {
                bad.add("comparison group " + r.getId() + " ignored: " + e.getMessage());
            }
        }
        groups = new ComparisonGroups(next);
        rejected = Collections.unmodifiableList(bad);
        return true;
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
}
