package io.uplift.broadleaf.bundle;

import io.uplift.broadleaf.support.BackgroundTable;
import io.uplift.engine.FailureSink;
import io.uplift.engine.bundle.Bundle;
import io.uplift.engine.bundle.Bundles;
import io.uplift.engine.bundle.BundlesSource;

import java.math.BigDecimal;
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
 * The enabled bundles (UPLIFT_BUNDLE and UPLIFT_BUNDLE_ITEM) in memory for the page-render path and the pricing
 * step, re-read in the background. A bundle that breaks the rules (no or more than four companions, a companion
 * twice, a bad discount) is left out and listed in {@link #getRejected()}: it is neither shown nor priced.
 */
public class BundlesCache extends BackgroundTable<Bundles> implements BundlesSource {

    static final String QUERY = "SELECT b.BUNDLE_ID, b.NAME, b.ANCHOR_PRODUCT_ID, b.DISCOUNT_TYPE, b.DISCOUNT_VALUE,"
            + " b.STARTS, b.ENDS, i.PRODUCT_ID FROM UPLIFT_BUNDLE b LEFT JOIN UPLIFT_BUNDLE_ITEM i"
            + " ON i.BUNDLE_ID = b.BUNDLE_ID WHERE b.ENABLED = ? ORDER BY b.BUNDLE_ID, i.SEQUENCE, i.ITEM_ID";

    public BundlesCache(DataSource dataSource, FailureSink failures, long refreshMillis) {
        super(dataSource, failures, refreshMillis, "bundle:load", "UPLIFT_BUNDLE", Bundles.EMPTY);
    }

    @Override
    protected Bundles load(Connection c, List<String> rejected) throws SQLException {
        Map<Long, Object[]> rows = new LinkedHashMap<Long, Object[]>();
        Map<Long, List<Long>> companions = new LinkedHashMap<Long, List<Long>>();
        try (PreparedStatement st = c.prepareStatement(QUERY)) {
            st.setBoolean(1, true);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (!rows.containsKey(id)) {
                        rows.put(id, new Object[] {rs.getString(2), rs.getLong(3), rs.getString(4), rs.getBigDecimal(5),
                                date(rs.getTimestamp(6)), date(rs.getTimestamp(7))});
                        companions.put(id, new ArrayList<Long>());
                    }
                    long product = rs.getLong(8);
                    if (!rs.wasNull()) {
                        companions.get(id).add(product);
                    }
                }
            }
        }
        List<Bundle> bundles = new ArrayList<Bundle>();
        for (Map.Entry<Long, Object[]> e : rows.entrySet()) {
            Object[] r = e.getValue();
            try {
                bundles.add(new Bundle(e.getKey(), (String) r[0], (Long) r[1], companions.get(e.getKey()),
                        discountType((String) r[2]), (BigDecimal) r[3], (Date) r[4], (Date) r[5]));
            } catch (IllegalArgumentException ex) {
                rejected.add("bundle " + e.getKey() + " ignored: " + ex.getMessage());
            }
        }
        return new Bundles(bundles);
    }

    private static Bundle.DiscountType discountType(String text) {
        try {
            return Bundle.DiscountType.valueOf(text == null ? "" : text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown discount type: '" + text + "'");
        }
    }

    private static Date date(Timestamp t) {
        return t == null ? null : new Date(t.getTime());
    }

    @Override
    public Bundles current() {
        return value();
    }
}
