package io.uplift.broadleaf.event;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import io.uplift.engine.event.Attribution;
import io.uplift.engine.event.Event;

/**
 * Writes events into {@code UPLIFT_EVENT} with JDBC batch inserts, one transaction per batch. The table's unique
 * idempotency key makes a repeated event (double click, replayed beacon, a second node writing the same purchase) a
 * duplicate: when a batch hits one, the batch is rolled back and written again row by row, skipping the rows the
 * database refuses as duplicates (SQL state class 23, integrity constraint violation) without failing the others.
 * Any other error is thrown to the caller (the writer counts it). Plain JDBC so the request thread never touches
 * Hibernate's session and batches stay cheap.
 */
public class JdbcEventStore {

    static final String INSERT = "INSERT INTO UPLIFT_EVENT (EVENT_TYPE, EVENT_DAY, EVENT_TIME, VISITOR_KEY, PAGE_VIEW_ID,"
            + " WIDGET_ID, WIDGET_TYPE, SLOT, SUGGESTION_TYPE, STRATEGY, PRODUCT_ID, EXPERIMENT_ID, VARIANT, ORDER_ID,"
            + " AMOUNT, IDEMPOTENCY_KEY) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final ZoneId zone;

    public JdbcEventStore(DataSource dataSource) {
        this(dataSource, ZoneId.systemDefault());
    }

    public JdbcEventStore(DataSource dataSource, ZoneId zone) {
        this.dataSource = dataSource;
        this.zone = zone;
    }

    /**
     * Stores the events; duplicates of stored ones are skipped.
     *
     * @return how many rows were inserted
     * @throws SQLException for anything but duplicates (e.g. the table is missing)
     */
    public int write(List<StoredEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            try {
                c.setAutoCommit(false);
                try (PreparedStatement s = c.prepareStatement(INSERT)) {
                    for (StoredEvent e : events) {
                        bind(s, e);
                        s.addBatch();
                    }
                    s.executeBatch();
                    c.commit();
                    return events.size();
                } catch (BatchUpdateException e) {
                    c.rollback();
                    if (!isDuplicate(e)) {
                        throw e;
                    }
                }
                return oneByOne(c, events);
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private int oneByOne(Connection c, List<StoredEvent> events) throws SQLException {
        int inserted = 0;
        c.setAutoCommit(true);
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            for (StoredEvent e : events) {
                bind(s, e);
                try {
                    inserted += s.executeUpdate();
                } catch (SQLException ex) {
                    if (!isDuplicate(ex)) {
                        throw ex;
                    }
                }
            }
        }
        return inserted;
    }

    /** Integrity constraint violation (SQL state class 23): for this table only the unique key can be violated. */
    public static boolean isDuplicate(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            String state = x.getSQLState();
            if (state != null && state.startsWith("23")) {
                return true;
            }
        }
        Throwable cause = e.getCause();
        return cause instanceof SQLException && cause != e && isDuplicate((SQLException) cause);
    }

    private void bind(PreparedStatement s, StoredEvent stored) throws SQLException {
        Event e = stored.getEvent();
        Attribution a = e.getSource();
        Instant at = e.getTimestamp();
        s.setString(1, e.getType().name());
        s.setDate(2, java.sql.Date.valueOf(at.atZone(zone).toLocalDate()));
        s.setTimestamp(3, Timestamp.from(at));
        s.setString(4, e.getVisitorKey());
        s.setString(5, e.getPageViewId());
        s.setLong(6, a.getWidgetId());
        s.setString(7, a.getWidgetType());
        s.setString(8, a.getSlot());
        s.setString(9, a.getSuggestionType().name());
        setString(s, 10, a.getStrategy());
        if (e.getProductId() == null) {
            s.setNull(11, Types.BIGINT);
        } else {
            s.setLong(11, e.getProductId());
        }
        setString(s, 12, a.getExperimentId());
        setString(s, 13, a.getVariant());
        if (stored.getOrderId() == null) {
            s.setNull(14, Types.BIGINT);
        } else {
            s.setLong(14, stored.getOrderId());
        }
        s.setBigDecimal(15, stored.getAmount());
        s.setString(16, e.idempotencyKey());
    }

    private static void setString(PreparedStatement s, int i, String v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.VARCHAR);
        } else {
            s.setString(i, v);
        }
    }

    /**
     * Makes the unique index on the idempotency key when the table has none (Hibernate 4.1's {@code hbm2ddl=update}
     * creates the table without its unique constraints; a shop's own migration may have made it already).
     *
     * @return whether the index was made now
     * @throws SQLException when the table is missing or the index cannot be made (e.g. duplicate rows)
     */
    public boolean ensureUniqueKey() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (hasUniqueKey(c)) {
                return false;
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE UNIQUE INDEX UPLIFT_EVENT_KEY ON UPLIFT_EVENT (IDEMPOTENCY_KEY)");
                return true;
            } catch (SQLException e) {
                if (hasUniqueKey(c)) {
                    return false; // another node made it at the same time
                }
                throw e;
            }
        }
    }

    private static boolean hasUniqueKey(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String table : new String[] {"UPLIFT_EVENT", "uplift_event"}) {
            try (ResultSet rs = meta.getIndexInfo(null, null, table, true, false)) {
                while (rs.next()) {
                    if ("IDEMPOTENCY_KEY".equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Deletes the events of days before {@code firstKeptDay}; returns how many. */
    public int purgeBefore(LocalDate firstKeptDay) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM UPLIFT_EVENT WHERE EVENT_DAY < ?")) {
            s.setDate(1, java.sql.Date.valueOf(firstKeptDay));
            return s.executeUpdate();
        }
    }

    public ZoneId getZone() {
        return zone;
    }
}
