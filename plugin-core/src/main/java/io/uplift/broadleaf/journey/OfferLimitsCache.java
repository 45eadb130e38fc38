package io.uplift.broadleaf.journey;

import io.uplift.broadleaf.support.BackgroundTable;
import io.uplift.engine.FailureSink;
import io.uplift.engine.journey.OfferLimits;
import io.uplift.engine.journey.OfferLimitsSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The shop's frequency caps (UPLIFT_OFFER_LIMITS) in memory for the page-render path, re-read in the background. No
 * row: {@link OfferLimits#DEFAULTS}. A row that breaks the rules (e.g. written by hand) is left out with the reason in
 * {@link #getRejected()} and the defaults apply.
 */
public class OfferLimitsCache extends BackgroundTable<OfferLimits> implements OfferLimitsSource {

    static final String SELECT = "SELECT WARRANTY_DECLINES, PRODUCT_PLACES FROM UPLIFT_OFFER_LIMITS WHERE LIMITS_ID = 1";

    public OfferLimitsCache(DataSource dataSource, FailureSink failures, long refreshMillis) {
        super(dataSource, failures, refreshMillis, "limits:load", "UPLIFT_OFFER_LIMITS", OfferLimits.DEFAULTS);
    }

    @Override
    protected OfferLimits load(Connection c, List<String> rejected) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(SELECT); ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                return OfferLimits.DEFAULTS;
            }
            Integer declines = integer(rs, 1);
            Integer places = integer(rs, 2);
            try {
                return new OfferLimits(declines, places);
            } catch (IllegalArgumentException e) {
                rejected.add("offer limits: " + e.getMessage() + " (the defaults apply)");
                return OfferLimits.DEFAULTS;
            }
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : Integer.valueOf(v);
    }

    @Override
    public OfferLimits current() {
        return value();
    }
}
