package io.uplift.broadleaf.upsell;

import io.uplift.broadleaf.support.BackgroundTable;
import io.uplift.engine.FailureSink;
import io.uplift.engine.upsell.ComparisonGroup;
import io.uplift.engine.upsell.ComparisonGroups;
import io.uplift.engine.upsell.ComparisonGroupsSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The enabled comparison groups (UPLIFT_COMPARISON_GROUP and _MEMBER) in memory for the page-render path, re-read
 * in the background. A group that breaks the rules (fewer than two versions, an offer without end date) is left
 * out and listed in {@link #getRejected()}, and so is a product that is a version of two groups (the first read is
 * used).
 */
public class ComparisonGroupsCache extends BackgroundTable<ComparisonGroups> implements ComparisonGroupsSource {

    public ComparisonGroupsCache(DataSource dataSource, FailureSink failures, long refreshMillis) {
        super(dataSource, failures, refreshMillis, "upsell:groups", "UPLIFT_COMPARISON_GROUP", ComparisonGroups.EMPTY);
    }

    @Override
    protected ComparisonGroups load(Connection c, List<String> rejected) throws SQLException {
        List<ComparisonGroup> groups = new ArrayList<ComparisonGroup>();
        for (ComparisonGroupRows.Row r : ComparisonGroupRows.read(c, true)) {
            try {
                groups.add(r.toGroup());
            } catch (IllegalArgumentException e) {
                rejected.add("comparison group " + r.getId() + " ignored: " + e.getMessage());
            }
        }
        ComparisonGroups loaded = new ComparisonGroups(groups);
        rejected.addAll(loaded.getShared());
        return loaded;
    }

    /** The enabled, valid groups; never null. */
    @Override
    public ComparisonGroups current() {
        return value();
    }
}
