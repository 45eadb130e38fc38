package io.uplift.admin.experiment;

import io.uplift.broadleaf.support.Jdbc;
import io.uplift.engine.experiment.ArmSample;
import io.uplift.engine.experiment.Assignment;
import io.uplift.engine.experiment.Experiment;
import io.uplift.engine.experiment.Variant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads one experiment's arms from the shop's database, as the engine's {@link ArmSample}s:
 * <ul>
 * <li>visitors: the customers the storefront exposed to the experiment, per arm ({@code UPLIFT_EXPERIMENT_VISITOR},
 * one row per customer and experiment);</li>
 * <li>orders: every submitted order ({@code BLC_ORDER.ORDER_TOTAL}: products, shipping, tax, fees) of an exposed
 * customer placed from the exposure until the experiment stopped (or now), whether or not it contains a suggestion:
 * the hold-out's orders count the same way, so revenue per visitor compares the whole shop experience;</li>
 * <li>seen and accepted: the arm's seen-widget events and purchased attributed lines ({@code UPLIFT_EVENT} rows with
 * the experiment and the arm; the hold-out sees nothing, so it has none).</li>
 * </ul>
 * Plain JDBC on the admin's request thread.
 */
public class ExperimentResultsReader {

    static final String VISITORS = "SELECT ARM, COUNT(*) FROM UPLIFT_EXPERIMENT_VISITOR WHERE EXPERIMENT_ID = ?"
            + " GROUP BY ARM";
    static final String ORDERS = "SELECT v.ARM, v.CUSTOMER_ID, o.ORDER_TOTAL FROM UPLIFT_EXPERIMENT_VISITOR v"
            + " JOIN BLC_ORDER o ON o.CUSTOMER_ID = v.CUSTOMER_ID"
            + " WHERE v.EXPERIMENT_ID = ? AND o.ORDER_STATUS = 'SUBMITTED' AND o.SUBMIT_DATE >= v.FIRST_SEEN"
            + " AND o.SUBMIT_DATE <= ?";
    static final String EVENTS = "SELECT VARIANT, EVENT_TYPE, COUNT(*) FROM UPLIFT_EVENT WHERE EXPERIMENT_ID = ?"
            + " AND EVENT_TYPE IN ('IMPRESSION_SEEN', 'PURCHASE') GROUP BY VARIANT, EVENT_TYPE";

    private final DataSource dataSource;

    public ExperimentResultsReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The experiment's arms in order: its variants (the control first), then the hold-out when it has one. A table the
     * storefront has not created yet counts as empty.
     *
     * @param until the end of the window for orders (the stop time, or now)
     */
    public List<ArmSample> read(Experiment experiment, Instant until) throws SQLException {
        Map<String, Counts> arms = new LinkedHashMap<String, Counts>();
        for (Variant v : experiment.getVariants()) {
            arms.put(v.getName(), new Counts());
        }
        if (experiment.getHoldoutPercent() > 0) {
            arms.put(Assignment.HOLDOUT, new Counts());
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(VISITORS)) {
                s.setString(1, experiment.getId());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Counts arm = arms.get(rs.getString(1));
                        if (arm != null) {
                            arm.visitors = rs.getLong(2);
                        }
                    }
                }
            } catch (SQLException e) {
                if (!Jdbc.isMissingTable(e)) {
                    throw e;
                }
            }
            try (PreparedStatement s = c.prepareStatement(ORDERS)) {
                s.setString(1, experiment.getId());
                s.setTimestamp(2, Timestamp.from(until));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Counts arm = arms.get(rs.getString(1));
                        if (arm != null && rs.getBigDecimal(3) != null) {
                            double total = rs.getBigDecimal(3).doubleValue();
                            arm.orders.add(total);
                            Double sum = arm.buyers.get(rs.getLong(2));
                            arm.buyers.put(rs.getLong(2), sum == null ? total : sum + total);
                        }
                    }
                }
            } catch (SQLException e) {
                if (!Jdbc.isMissingTable(e)) {
                    throw e;
                }
            }
            try (PreparedStatement s = c.prepareStatement(EVENTS)) {
                s.setString(1, experiment.getId());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Counts arm = arms.get(rs.getString(1));
                        if (arm == null) {
                            continue;
                        }
                        if ("IMPRESSION_SEEN".equals(rs.getString(2))) {
                            arm.seen = rs.getLong(3);
                        } else {
                            arm.accepted = rs.getLong(3);
                        }
                    }
                }
            } catch (SQLException e) {
                if (!Jdbc.isMissingTable(e)) {
                    throw e;
                }
            }
        }
        List<ArmSample> out = new ArrayList<ArmSample>();
        for (Map.Entry<String, Counts> e : arms.entrySet()) {
            Counts n = e.getValue();
            // a customer exposed after the last count was taken can have an order but no visitor row counted yet
            long visitors = Math.max(n.visitors, n.buyers.size());
            out.add(new ArmSample(e.getKey(), visitors, toArray(n.buyers.values()), toArray(n.orders), n.seen,
                    n.accepted));
        }
        return out;
    }

    /** The admin's names of the experiments, by id (empty without the table). */
    public Map<String, String> names() throws SQLException {
        Map<String, String> names = new HashMap<String, String>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT EXPERIMENT_ID, NAME FROM UPLIFT_EXPERIMENT");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            if (!Jdbc.isMissingTable(e)) {
                throw e;
            }
        }
        return names;
    }

    private static double[] toArray(java.util.Collection<Double> values) {
        double[] a = new double[values.size()];
        int i = 0;
        for (Double v : values) {
            a[i++] = v;
        }
        return a;
    }

    private static final class Counts {
        long visitors;
        long seen;
        long accepted;
        final List<Double> orders = new ArrayList<Double>();
        final Map<Long, Double> buyers = new HashMap<Long, Double>();
    }
}
