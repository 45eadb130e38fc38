package io.uplift.admin.dashboard;

import io.uplift.engine.event.Attribution;
import io.uplift.engine.event.EventType;
import io.uplift.engine.metrics.EventCount;
import io.uplift.engine.metrics.OrderFacts;
import io.uplift.engine.metrics.OrderLine;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads what the dashboard measures from the shop's database, for a range of days: submitted orders with their
 * product lines, child lines such as protection plans included (units, revenue = price x quantity, and the line's
 * attribution: a plan chosen in the selector is attributed on its own line), Broadleaf order item attribute
 * {@value #SOURCE_ATTRIBUTE}), and the plugin's event counts per day, widget and type (table UPLIFT_EVENT, and the
 * rendered impressions' counts of UPLIFT_IMPRESSION_COUNT, summed over nodes and arms, added to the rendered rows
 * that older versions wrote into UPLIFT_EVENT). Plain JDBC,
 * on the admin's request thread (a page an admin opens, not the storefront). Without the events table (a shop whose
 * storefront has not created it yet) the events are empty and {@link Data#eventsMissing} says so.
 */
public class DashboardReader {

    /** The order item attribute that carries a line's attribution ({@link Attribution#toText()}). */
    public static final String SOURCE_ATTRIBUTE = "upliftSource";

    static final String ORDERS = "SELECT o.ORDER_ID, o.SUBMIT_DATE, o.ORDER_TOTAL FROM BLC_ORDER o"
            + " WHERE o.ORDER_STATUS = 'SUBMITTED' AND o.SUBMIT_DATE >= ? AND o.SUBMIT_DATE < ?";
    static final String LINES = "SELECT i.ORDER_ID, d.PRODUCT_ID, i.QUANTITY, i.PRICE, a.VALUE FROM BLC_ORDER_ITEM i"
            + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID"
            + " JOIN BLC_ORDER o ON o.ORDER_ID = i.ORDER_ID"
            + " LEFT JOIN BLC_ORDER_ITEM_ATTRIBUTE a ON a.ORDER_ITEM_ID = i.ORDER_ITEM_ID AND a.NAME = '" + SOURCE_ATTRIBUTE + "'"
            + " WHERE o.ORDER_STATUS = 'SUBMITTED' AND o.SUBMIT_DATE >= ? AND o.SUBMIT_DATE < ?"
            + " AND d.PRODUCT_ID IS NOT NULL";
    static final String EVENTS = "SELECT EVENT_DAY, WIDGET_ID, WIDGET_TYPE, EVENT_TYPE, COUNT(*) FROM UPLIFT_EVENT"
            + " WHERE EVENT_DAY >= ? AND EVENT_DAY <= ? GROUP BY EVENT_DAY, WIDGET_ID, WIDGET_TYPE, EVENT_TYPE";

    static final String RENDERED = "SELECT EVENT_DAY, WIDGET_ID, WIDGET_TYPE, SUM(RENDERED) FROM UPLIFT_IMPRESSION_COUNT"
            + " WHERE EVENT_DAY >= ? AND EVENT_DAY <= ? GROUP BY EVENT_DAY, WIDGET_ID, WIDGET_TYPE";

    /** What was read. */
    public static final class Data {
        final List<OrderFacts> orders;
        final List<EventCount> events;
        final boolean eventsMissing;
        final int badAttributions;

        Data(List<OrderFacts> orders, List<EventCount> events, boolean eventsMissing, int badAttributions) {
            this.orders = orders;
            this.events = events;
            this.eventsMissing = eventsMissing;
            this.badAttributions = badAttributions;
        }
    }

    private final DataSource dataSource;
    private final ZoneId zone;

    public DashboardReader(DataSource dataSource) {
        this(dataSource, ZoneId.systemDefault());
    }

    public DashboardReader(DataSource dataSource, ZoneId zone) {
        this.dataSource = dataSource;
        this.zone = zone;
    }

    /** Orders submitted from {@code from} to {@code to} (days, inclusive, in the shop's time zone) and their events. */
    public Data read(LocalDate from, LocalDate to) throws SQLException {
        Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        Map<Long, LocalDate> days = new LinkedHashMap<Long, LocalDate>();
        Map<Long, BigDecimal> totals = new LinkedHashMap<Long, BigDecimal>();
        Map<Long, List<OrderLine>> lines = new LinkedHashMap<Long, List<OrderLine>>();
        int bad = 0;
        List<EventCount> events = new ArrayList<EventCount>();
        boolean eventsMissing;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement(ORDERS)) {
                st.setTimestamp(1, start);
                st.setTimestamp(2, end);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        days.put(id, rs.getTimestamp(2).toInstant().atZone(zone).toLocalDate());
                        BigDecimal total = rs.getBigDecimal(3);
                        totals.put(id, cents(total));
                        lines.put(id, new ArrayList<OrderLine>());
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement(LINES)) {
                st.setTimestamp(1, start);
                st.setTimestamp(2, end);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        List<OrderLine> of = lines.get(rs.getLong(1));
                        if (of == null) {
                            continue;
                        }
                        int quantity = rs.getInt(3);
                        BigDecimal price = rs.getBigDecimal(4);
                        BigDecimal revenue = cents(price == null ? null : price.multiply(BigDecimal.valueOf(quantity)));
                        Attribution source = null;
                        String text = rs.getString(5);
                        if (text != null) {
                            try {
                                source = Attribution.parse(text);
                            } catch (IllegalArgumentException e) {
                                bad++; // counted as not attributed, and said on the page
                            }
                        }
                        of.add(new OrderLine(rs.getLong(2), quantity, revenue, source));
                    }
                }
            }
            boolean eventsRead = readDays(c, EVENTS, from, to, rs -> {
                EventType type;
                try {
                    type = EventType.valueOf(rs.getString(4));
                } catch (IllegalArgumentException e) {
                    return; // a type this version does not know
                }
                events.add(new EventCount(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getString(3), type,
                        rs.getLong(5)));
            });
            boolean renderedRead = readDays(c, RENDERED, from, to, rs -> {
                try {
                    events.add(new EventCount(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getString(3),
                            EventType.IMPRESSION_RENDERED, rs.getLong(4)));
                } catch (IllegalArgumentException e) {
                    // a row no writer of the plugin makes (unknown widget type, negative sum): left out
                }
            });
            eventsMissing = !eventsRead || !renderedRead;
        }
        List<OrderFacts> orders = new ArrayList<OrderFacts>(days.size());
        for (Map.Entry<Long, LocalDate> o : days.entrySet()) {
            if (lines.get(o.getKey()).isEmpty()) {
                continue; // no product line (not an order of goods): not measured
            }
            orders.add(new OrderFacts(o.getKey(), o.getValue(), totals.get(o.getKey()), lines.get(o.getKey())));
        }
        return new Data(orders, events, eventsMissing, bad);
    }

    /** Reads one row of a per-day query. */
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs a per-day query of the plugin's event tables for the days {@code from} to {@code to}, handing each row to
     * {@code reader}; false when its table is missing (the storefront has not created it yet), any other error
     * thrown.
     */
    private static boolean readDays(Connection c, String sql, LocalDate from, LocalDate to, RowReader reader)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setDate(1, Date.valueOf(from));
            st.setDate(2, Date.valueOf(to));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
            return true;
        } catch (SQLException e) {
            if (!io.uplift.broadleaf.support.Jdbc.isMissingTable(e)) {
                throw e;
            }
            return false;
        }
    }

    /** An amount of the database (scale 5) in cents, half up; none or negative: zero. */
    static BigDecimal cents(BigDecimal amount) {
        return amount == null || amount.signum() < 0 ? BigDecimal.ZERO.setScale(2)
                : amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

}
