package io.uplift.broadleaf.learn;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.basket.OrderHistory;
import it.unimi.dsi.fastutil.longs.LongArrayList;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;

/**
 * The shop's submitted orders, streamed from Broadleaf's order tables with plain JDBC (the learning path reads
 * thousands of orders at a time; loading them as entities through Broadleaf's {@code OrderService} would be orders
 * of magnitude slower). An order's products are its discrete order items' products; quantities do not matter.
 * Orders in any other status (carts, named orders, cancelled) are not read.
 */
public class JdbcOrderHistory implements OrderHistory {

    static final String SUBMITTED = "SUBMITTED";

    /**
     * The product lines of submitted orders, one row per discrete order item: order id, customer id, submit time,
     * product id, order item id. A full rebuild reads exactly these rows in the order
     * {@link #LINE_ORDER} (the Spark rebuild reads them as a table and sorts them the same way).
     */
    public static final String SUBMITTED_LINES = "SELECT o.ORDER_ID, o.CUSTOMER_ID, o.SUBMIT_DATE, d.PRODUCT_ID,"
            + " i.ORDER_ITEM_ID"
            + " FROM BLC_ORDER o"
            + " JOIN BLC_ORDER_ITEM i ON i.ORDER_ID = o.ORDER_ID"
            + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID"
            + " WHERE o.ORDER_STATUS = '" + SUBMITTED + "' AND d.PRODUCT_ID IS NOT NULL";

    /** The order of the lines: orders by submit time then id, an order's products by order item. */
    public static final String LINE_ORDER = " ORDER BY o.SUBMIT_DATE, o.ORDER_ID, i.ORDER_ITEM_ID";

    static final String ORDERS = SUBMITTED_LINES + " AND o.SUBMIT_DATE >= ?" + LINE_ORDER;

    static final String COUNT = "SELECT COUNT(*) FROM BLC_ORDER o WHERE o.ORDER_STATUS = '" + SUBMITTED
            + "' AND o.SUBMIT_DATE >= ?";

    /** Rows fetched per round trip. */
    static final int FETCH_SIZE = 2000;

    private final DataSource dataSource;

    public JdbcOrderHistory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long forEachSince(long sinceMillis, BasketVisitor visitor) {
        long visited = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(ORDERS)) {
            st.setFetchSize(FETCH_SIZE);
            st.setTimestamp(1, since(sinceMillis));
            try (ResultSet rs = st.executeQuery()) {
                long order = Long.MIN_VALUE;
                long customer = 0;
                long submitted = 0;
                LongArrayList products = new LongArrayList();
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id != order && !products.isEmpty()) {
                        visitor.visit(new Basket(order, customer, submitted, products.toLongArray()));
                        visited++;
                        products.clear();
                    }
                    if (id != order) {
                        order = id;
                        customer = rs.getLong(2);
                        Timestamp t = rs.getTimestamp(3);
                        submitted = t == null ? 0 : t.getTime();
                    }
                    products.add(rs.getLong(4));
                }
                if (!products.isEmpty()) {
                    visitor.visit(new Basket(order, customer, submitted, products.toLongArray()));
                    visited++;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading submitted orders since " + sinceMillis + " failed after " + visited
                    + " orders: " + e.getMessage(), e);
        }
        return visited;
    }

    @Override
    public long countSince(long sinceMillis) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(COUNT)) {
            st.setTimestamp(1, since(sinceMillis));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting submitted orders failed: " + e.getMessage(), e);
        }
    }

    /** Customers with at least one submitted order (readiness of the personal source). */
    public int customersWithOrders() {
        return io.uplift.broadleaf.support.Jdbc.count(dataSource, "SELECT COUNT(DISTINCT CUSTOMER_ID) FROM BLC_ORDER"
                + " WHERE ORDER_STATUS = '" + SUBMITTED + "'");
    }

    private static Timestamp since(long sinceMillis) {
        // year 1 rather than Long.MIN_VALUE, which no database stores
        return new Timestamp(Math.max(sinceMillis, -62135596800000L));
    }
}
