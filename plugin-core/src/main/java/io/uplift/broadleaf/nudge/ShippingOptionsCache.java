package io.uplift.broadleaf.nudge;

import io.uplift.broadleaf.support.BackgroundTable;
import io.uplift.engine.FailureSink;
import io.uplift.engine.nudge.ShippingBand;
import io.uplift.engine.nudge.ShippingOption;
import io.uplift.engine.nudge.ShippingOptions;
import io.uplift.engine.nudge.ShippingOptionsSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The shop's own shipping configuration (Broadleaf's fulfillment options: {@code BLC_FULFILLMENT_OPTION} with its
 * price-banded, fixed-price and weight-banded sub-tables and {@code BLC_FULFILLMENT_PRICE_BAND}) in memory for the
 * page-render path, re-read in the background, so the free-shipping nudge never asks for a second threshold and never
 * does I/O while a page renders. Read with SQL rather than Broadleaf's {@code FulfillmentOptionService}: the
 * service's entities sit in Hibernate's second-level cache, which does not see a change made in another JVM (the
 * admin) for hours. A band that breaks Broadleaf's own rules (negative or missing amounts, an unknown result type)
 * makes its option unreadable: that option gives no nudge and is listed in {@link #getRejected()}.
 */
public class ShippingOptionsCache extends BackgroundTable<ShippingOptions> implements ShippingOptionsSource {

    static final String OPTIONS = "SELECT FULFILLMENT_OPTION_ID, NAME, FULFILLMENT_TYPE, USE_FLAT_RATES"
            + " FROM BLC_FULFILLMENT_OPTION ORDER BY FULFILLMENT_OPTION_ID";
    static final String BANDED = "SELECT FULFILLMENT_OPTION_ID FROM BLC_FULFILLMENT_OPT_BANDED_PRC";
    static final String FIXED = "SELECT FULFILLMENT_OPTION_ID, PRICE FROM BLC_FULFILLMENT_OPTION_FIXED";
    static final String BANDS = "SELECT FULFILLMENT_OPTION_ID, RETAIL_PRICE_MINIMUM_AMOUNT, RESULT_AMOUNT_TYPE,"
            + " RESULT_AMOUNT FROM BLC_FULFILLMENT_PRICE_BAND ORDER BY FULFILLMENT_OPTION_ID, FULFILLMENT_PRICE_BAND_ID";

    public ShippingOptionsCache(DataSource dataSource, FailureSink failures, long refreshMillis) {
        super(dataSource, failures, refreshMillis, "nudge:shipping", "BLC_FULFILLMENT_OPTION", ShippingOptions.EMPTY);
    }

    @Override
    public ShippingOptions current() {
        return value();
    }

    @Override
    protected ShippingOptions load(Connection c, List<String> rejected) throws SQLException {
        Set<Long> banded = new HashSet<Long>();
        try (PreparedStatement st = c.prepareStatement(BANDED); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                banded.add(rs.getLong(1));
            }
        }
        Map<Long, BigDecimal> fixed = new HashMap<Long, BigDecimal>();
        try (PreparedStatement st = c.prepareStatement(FIXED); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                fixed.put(rs.getLong(1), rs.getBigDecimal(2));
            }
        }
        Map<Long, List<ShippingBand>> bands = new HashMap<Long, List<ShippingBand>>();
        Map<Long, String> badBands = new HashMap<Long, String>();
        try (PreparedStatement st = c.prepareStatement(BANDS); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long option = rs.getLong(1);
                try {
                    String type = rs.getString(3);
                    ShippingBand.Result result = "RATE".equals(type) ? ShippingBand.Result.RATE
                            : "PERCENTAGE".equals(type) ? ShippingBand.Result.PERCENTAGE : null;
                    if (result == null) {
                        throw new IllegalArgumentException("unknown band result type '" + type + "'");
                    }
                    List<ShippingBand> list = bands.get(option);
                    if (list == null) {
                        list = new ArrayList<ShippingBand>();
                        bands.put(option, list);
                    }
                    list.add(new ShippingBand(rs.getBigDecimal(2), result, rs.getBigDecimal(4)));
                } catch (IllegalArgumentException e) {
                    badBands.put(option, e.getMessage());
                }
            }
        }
        Map<Long, ShippingOption> options = new LinkedHashMap<Long, ShippingOption>();
        try (PreparedStatement st = c.prepareStatement(OPTIONS); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String name = rs.getString(2);
                String type = rs.getString(3);
                boolean flat = rs.getBoolean(4);
                if (badBands.containsKey(id)) {
                    rejected.add("shipping option " + id + " (" + name + "): " + badBands.get(id));
                    options.put(id, ShippingOption.other(id, name, type));
                } else if (banded.contains(id)) {
                    options.put(id, ShippingOption.banded(id, name, type, bands.get(id), flat));
                } else if (fixed.containsKey(id) && fixed.get(id) != null && fixed.get(id).signum() >= 0) {
                    options.put(id, ShippingOption.fixed(id, name, type, fixed.get(id), flat));
                } else {
                    options.put(id, ShippingOption.other(id, name, type));
                }
            }
        }
        return new ShippingOptions(new ArrayList<ShippingOption>(options.values()));
    }
}
