package io.uplift.broadleaf.upsell;

import io.uplift.broadleaf.support.BackgroundTable;
import io.uplift.engine.FailureSink;
import io.uplift.engine.upsell.ComparisonGroup;
import io.uplift.engine.upsell.ComparisonGroups;
import io.uplift.engine.upsell.ComparisonGroupsSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The enabled comparison groups (UPLIFT_COMPARISON_GROUP and _MEMBER) in memory for the page-render path, re-read
 * in the background. A group that breaks the rules (fewer than two versions, an offer without end date) is left
 * out and listed in {@link #getRejected()}.
 */
public class ComparisonGroupsCache extends BackgroundTable<ComparisonGroups> implements ComparisonGroupsSource {

    static final String QUERY = "SELECT g.GROUP_ID, g.NAME, g.ATTRIBUTES, g.OFFER_TEXT, g.OFFER_ENDS, m.PRODUCT_ID"
            + " FROM UPLIFT_COMPARISON_GROUP g LEFT JOIN UPLIFT_COMPARISON_MEMBER m ON m.GROUP_ID = g.GROUP_ID"
            + " WHERE g.ENABLED = ? ORDER BY g.GROUP_ID, m.SEQUENCE, m.MEMBER_ID";

    public ComparisonGroupsCache(DataSource dataSource, FailureSink failures, long refreshMillis) {
        super(dataSource, failures, refreshMillis, "upsell:groups", "UPLIFT_COMPARISON_GROUP", ComparisonGroups.EMPTY);
    }

    @Override
    protected ComparisonGroups load(Connection c, List<String> rejected) throws SQLException {
        Map<Long, Row> rows = new LinkedHashMap<Long, Row>();
        try (PreparedStatement st = c.prepareStatement(QUERY)) {
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
        }
        List<ComparisonGroup> groups = new ArrayList<ComparisonGroup>();
        for (Row r : rows.values()) {
            try {
                groups.add(new ComparisonGroup(r.id, r.name, r.members, ComparisonGroup.attributeList(r.attributes),
                        r.offerText, r.offerEnds));
            } catch (IllegalArgumentException e) {
                rejected.add("comparison group " + r.id + " ignored: " + e.getMessage());
            }
        }
        return new ComparisonGroups(groups);
    }

    /** The enabled, valid groups; never null. */
    @Override
    public ComparisonGroups current() {
        return value();
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
