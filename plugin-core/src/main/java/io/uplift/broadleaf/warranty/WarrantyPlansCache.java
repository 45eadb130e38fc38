package io.uplift.broadleaf.warranty;

import io.uplift.broadleaf.support.BackgroundTable;
import io.uplift.engine.FailureSink;
import io.uplift.engine.warranty.WarrantyPlan;
import io.uplift.engine.warranty.WarrantyPlans;
import io.uplift.engine.warranty.WarrantyPlansSource;
import io.uplift.engine.warranty.WarrantyRate;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The enabled warranty plans (UPLIFT_WARRANTY_PLAN with its categories, terms and prices) in memory for the page-render
 * path and the cart, re-read in the background. A plan that breaks the rules (no category, a term without prices,
 * prices that leave a gap in the plan's price range, a term listed twice, ...) is left out, never offered, and listed
 * in {@link #getRejected()} with the reason: a bad plan never breaks a page. The products of every plan's terms, also
 * of plans switched off or left out, are known as plan products, never sold alone.
 */
public class WarrantyPlansCache extends BackgroundTable<WarrantyPlans> implements WarrantyPlansSource {

    static final String PLANS = "SELECT PLAN_ID, NAME, PROVIDER, TERMS_TEXT, MIN_PRICE, MAX_PRICE, ENABLED"
            + " FROM UPLIFT_WARRANTY_PLAN ORDER BY PLAN_ID";
    static final String CATEGORIES = "SELECT PLAN_ID, CATEGORY_ID FROM UPLIFT_WARRANTY_CATEGORY"
            + " ORDER BY PLAN_ID, SEQUENCE, ITEM_ID";
    static final String TERMS = "SELECT PLAN_ID, YEARS, PRODUCT_ID FROM UPLIFT_WARRANTY_TERM"
            + " ORDER BY PLAN_ID, SEQUENCE, TERM_ID";
    static final String RATES = "SELECT PLAN_ID, YEARS, BAND_FROM, BAND_TO, AMOUNT, PERCENT, FLOOR_PRICE, CEILING_PRICE"
            + " FROM UPLIFT_WARRANTY_RATE ORDER BY PLAN_ID, YEARS, BAND_FROM, RATE_ID";

    public WarrantyPlansCache(DataSource dataSource, FailureSink failures, long refreshMillis) {
        super(dataSource, failures, refreshMillis, "warranty:load", "UPLIFT_WARRANTY_PLAN", WarrantyPlans.EMPTY);
    }

    /** One plan's rows as read. */
    static final class Rows {
        final long id;
        final String name;
        final String provider;
        final String termsText;
        final BigDecimal minPrice;
        final BigDecimal maxPrice;
        final boolean enabled;
        final List<Long> categories = new ArrayList<Long>();
        final List<Object[]> terms = new ArrayList<Object[]>();
        final List<Object[]> rates = new ArrayList<Object[]>();

        Rows(long id, String name, String provider, String termsText, BigDecimal minPrice, BigDecimal maxPrice,
                boolean enabled) {
            this.id = id;
            this.name = name;
            this.provider = provider;
            this.termsText = termsText;
            this.minPrice = minPrice;
            this.maxPrice = maxPrice;
            this.enabled = enabled;
        }
    }

    @Override
    protected WarrantyPlans load(Connection c, List<String> rejected) throws SQLException {
        Map<Long, Rows> plans = new LinkedHashMap<Long, Rows>();
        try (PreparedStatement st = c.prepareStatement(PLANS); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                plans.put(id, new Rows(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                        rs.getBigDecimal(6), rs.getBoolean(7)));
            }
        }
        try (PreparedStatement st = c.prepareStatement(CATEGORIES); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Rows r = plans.get(rs.getLong(1));
                if (r != null) {
                    r.categories.add(rs.getLong(2));
                }
            }
        }
        try (PreparedStatement st = c.prepareStatement(TERMS); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Rows r = plans.get(rs.getLong(1));
                if (r != null) {
                    r.terms.add(new Object[] {integer(rs, 2), rs.getLong(3)});
                }
            }
        }
        try (PreparedStatement st = c.prepareStatement(RATES); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Rows r = plans.get(rs.getLong(1));
                if (r != null) {
                    r.rates.add(new Object[] {integer(rs, 2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8)});
                }
            }
        }
        return build(plans.values(), rejected);
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** The enabled plans that keep the rules; the others listed in {@code rejected} with the reason. */
    static WarrantyPlans build(Iterable<Rows> rows, List<String> rejected) {
        List<WarrantyPlan> plans = new ArrayList<WarrantyPlan>();
        Set<Long> planProducts = new TreeSet<Long>();
        for (Rows r : rows) {
            for (Object[] t : r.terms) {
                planProducts.add((Long) t[1]);
            }
            if (!r.enabled) {
                continue;
            }
            try {
                plans.add(plan(r));
            } catch (IllegalArgumentException e) {
                rejected.add("warranty plan " + r.id + " ignored: " + e.getMessage());
            }
        }
        return new WarrantyPlans(plans, planProducts);
    }

    private static WarrantyPlan plan(Rows r) {
        Map<Integer, Long> terms = new LinkedHashMap<Integer, Long>();
        for (Object[] t : r.terms) {
            Integer years = (Integer) t[0];
            if (terms.put(years, (Long) t[1]) != null) {
                throw new IllegalArgumentException("the " + years + "-year term is listed twice");
            }
        }
        List<WarrantyRate> rates = new ArrayList<WarrantyRate>();
        for (Object[] p : r.rates) {
            if (p[0] == null) {
                throw new IllegalArgumentException("a price has no term");
            }
            rates.add(WarrantyRate.of((Integer) p[0], (BigDecimal) p[1], (BigDecimal) p[2], (BigDecimal) p[3],
                    (BigDecimal) p[4], (BigDecimal) p[5], (BigDecimal) p[6]));
        }
        return new WarrantyPlan(r.id, r.name, r.provider, r.termsText, r.categories, r.minPrice, r.maxPrice, terms,
                rates);
    }

    @Override
    public WarrantyPlans current() {
        return value();
    }
}
