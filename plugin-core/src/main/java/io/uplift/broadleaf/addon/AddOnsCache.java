package io.uplift.broadleaf.addon;

import io.uplift.broadleaf.support.BackgroundTable;
import io.uplift.engine.FailureSink;
import io.uplift.engine.addon.AddOn;
import io.uplift.engine.addon.AddOns;
import io.uplift.engine.addon.AddOnsSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The checkout add-ons (UPLIFT_ADD_ON) in memory for the page-render path and the pricing step, re-read in the
 * background. A row that breaks the rules (no name, both or neither of a fixed price and a percentage, a floor with a
 * fixed price, an unknown kind, ...) is left out, never offered nor charged, and listed in {@link #getRejected()}
 * with the reason (and recorded once in the log when it first appears): a bad row never breaks the checkout.
 */
public class AddOnsCache extends BackgroundTable<AddOns> implements AddOnsSource {

    static final String ROWS = "SELECT ADD_ON_ID, NAME, DESCRIPTION, KIND, AMOUNT, PERCENT, FLOOR_PRICE, CEILING_PRICE,"
            + " ENABLED, DISPLAY_ORDER FROM UPLIFT_ADD_ON ORDER BY ADD_ON_ID";

    public AddOnsCache(DataSource dataSource, FailureSink failures, long refreshMillis) {
        super(dataSource, failures, refreshMillis, "addon:load", "UPLIFT_ADD_ON", AddOns.EMPTY);
    }

    @Override
    protected AddOns load(Connection c, List<String> rejected) throws SQLException {
        List<Object[]> rows = new ArrayList<Object[]>();
        try (PreparedStatement st = c.prepareStatement(ROWS); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                int order = rs.getInt(10);
                rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        rs.getBoolean(9), rs.wasNull() ? null : order});
            }
        }
        AddOns addOns = build(rows, rejected);
        recordNewlyRejected("addon:rejected", "never offered nor charged until fixed", rejected);
        return addOns;
    }

    /** The rows that keep the rules; the others listed in {@code rejected} with the reason. */
    static AddOns build(List<Object[]> rows, List<String> rejected) {
        List<AddOn> out = new ArrayList<AddOn>();
        for (Object[] r : rows) {
            long id = (Long) r[0];
            try {
                AddOn.Kind kind = AddOn.Kind.of((String) r[3]);
                if (kind == null) {
                    throw new IllegalArgumentException("unknown kind '" + r[3] + "'");
                }
                Integer order = (Integer) r[9];
                out.add(AddOn.of(id, (String) r[1], (String) r[2], kind, (BigDecimal) r[4], (BigDecimal) r[5],
                        (BigDecimal) r[6], (BigDecimal) r[7], (Boolean) r[8], order == null ? 0 : order));
            } catch (IllegalArgumentException e) {
                rejected.add("add-on " + id + " ignored: " + e.getMessage());
            }
        }
        return new AddOns(out);
    }

    @Override
    public AddOns current() {
        return value();
    }
}
