package io.uplift.broadleaf.upsell;

import io.uplift.engine.upsell.ComparisonGroup;

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

/**
 * The comparison groups as stored (UPLIFT_COMPARISON_GROUP and _MEMBER), read with plain JDBC: the storefront's
 * cache reads the enabled ones, the admin every one. A row is what the table holds, valid or not;
 * {@link Row#toGroup()} applies the engine's rules.
 */
public final class ComparisonGroupRows {

    static final String QUERY = "SELECT g.GROUP_ID, g.NAME, g.ENABLED, g.ATTRIBUTES, g.OFFER_TEXT, g.OFFER_ENDS,"
            + " m.PRODUCT_ID FROM UPLIFT_COMPARISON_GROUP g LEFT JOIN UPLIFT_COMPARISON_MEMBER m ON m.GROUP_ID = g.GROUP_ID";
    static final String ORDER = " ORDER BY g.GROUP_ID, m.SEQUENCE, m.MEMBER_ID";

    private ComparisonGroupRows() {
    }

    /** Every group (or the enabled ones), by id, each with its product ids in sequence order. */
    public static List<Row> read(Connection c, boolean enabledOnly) throws SQLException {
        Map<Long, Row> rows = new LinkedHashMap<Long, Row>();
        try (PreparedStatement st = c.prepareStatement(QUERY + (enabledOnly ? " WHERE g.ENABLED = ?" : "") + ORDER)) {
            if (enabledOnly) {
                st.setBoolean(1, true);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Row row = rows.get(id);
                    if (row == null) {
                        Timestamp ends = rs.getTimestamp(6);
                        row = new Row(id, rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getString(5),
                                ends == null ? null : new Date(ends.getTime()));
                        rows.put(id, row);
                    }
                    long product = rs.getLong(7);
                    if (!rs.wasNull()) {
                        row.members.add(product);
                    }
                }
            }
        }
        return new ArrayList<Row>(rows.values());
    }

    /** One stored group. */
    public static final class Row {
        private final long id;
        private final String name;
        private final boolean enabled;
        private final String attributes;
        private final String offerText;
        private final Date offerEnds;
        private final List<Long> members = new ArrayList<Long>();

        Row(long id, String name, boolean enabled, String attributes, String offerText, Date offerEnds) {
            this.id = id;
            this.name = name;
            this.enabled = enabled;
            this.attributes = attributes;
            this.offerText = offerText;
            this.offerEnds = offerEnds;
        }

        /** The engine's group; throws {@link IllegalArgumentException} with the reason when the row breaks a rule. */
        public ComparisonGroup toGroup() {
            return new ComparisonGroup(id, name, members, ComparisonGroup.attributeList(attributes), offerText,
                    offerEnds);
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public String getAttributes() {
            return attributes;
        }

        /** Product ids in sequence order. */
        public List<Long> getMembers() {
            return Collections.unmodifiableList(members);
        }
    }
}
