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
import io.uplift.engine.event.ImpressionTally;

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

    static final String UPDATE_RENDERED = "UPDATE UPLIFT_IMPRESSION_COUNT SET RENDERED = RENDERED + ?, UPDATED_AT = ?"
            + " WHERE COUNT_KEY = ?";
    static final String INSERT_RENDERED = "INSERT INTO UPLIFT_IMPRESSION_COUNT (COUNT_KEY, NODE_ID, EVENT_DAY, WIDGET_ID,"
            + " WIDGET_TYPE, SLOT, SUGGESTION_TYPE, EXPERIMENT_ID, VARIANT, RENDERED, UPDATED_AT)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** The longest node name of {@code UPLIFT_IMPRESSION_COUNT}. */
    public static final int NODE_LENGTH = 120;

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

    /**
     * Adds rendered impression counts to this node's rows of {@code UPLIFT_IMPRESSION_COUNT} (one row per node, day,
     * widget, slot and arm), in one transaction: each count updates its row, or inserts it when there is none yet.
     * Only this node's writer touches its rows; should a row appear between the update and the insert (two JVMs given
     * the same node name), the transaction is rolled back and run once more, so nothing is counted twice.
     *
     * @throws SQLException when the table is missing or the write fails (nothing of this call is stored then)
     */
    public void writeRendered(String node, List<ImpressionTally.Count> counts) throws SQLException {
        if (counts.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            try {
                c.setAutoCommit(false);
                for (int attempt = 1;; attempt++) {
                    try {
                        upsertRendered(c, node, counts);
                        c.commit();
                        return;
                    } catch (SQLException e) {
                        c.rollback();
                        if (attempt > 1 || !isDuplicate(e)) {
                            throw e;
                        }
                    }
                }
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private void upsertRendered(Connection c, String node, List<ImpressionTally.Count> counts) throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (PreparedStatement update = c.prepareStatement(UPDATE_RENDERED);
             PreparedStatement insert = c.prepareStatement(INSERT_RENDERED)) {
            for (ImpressionTally.Count count : counts) {
                ImpressionTally.Key k = count.getKey();
                String key = renderedKey(node, k);
                update.setLong(1, count.getCount());
                update.setTimestamp(2, now);
                update.setString(3, key);
                if (update.executeUpdate() > 0) {
                    continue;
                }
                insert.setString(1, key);
                insert.setString(2, node);
                insert.setDate(3, java.sql.Date.valueOf(k.getDay()));
                insert.setLong(4, k.getWidgetId());
                insert.setString(5, k.getWidgetType());
                insert.setString(6, k.getSlot());
                insert.setString(7, io.uplift.engine.event.SuggestionType.forWidget(k.getWidgetType()).name());
                setString(insert, 8, k.getExperimentId());
                setString(insert, 9, k.getVariant());
                insert.setLong(10, count.getCount());
                insert.setTimestamp(11, now);
                insert.executeUpdate();
            }
        }
    }

    /** {@code node|day|widget|slot|experiment|variant} (experiment and arm empty outside an experiment). */
    static String renderedKey(String node, ImpressionTally.Key k) {
        return node + "|" + k.getDay() + "|" + k.getWidgetId() + "|" + k.getSlot() + "|"
                + (k.getExperimentId() == null ? "" : k.getExperimentId()) + "|"
                + (k.getVariant() == null ? "" : k.getVariant());
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

    /** Deletes the events and rendered counts of days before {@code firstKeptDay}; returns how many rows. */
    public int purgeBefore(LocalDate firstKeptDay) throws SQLException {
        int deleted = 0;
        try (Connection c = dataSource.getConnection()) {
            for (String table : new String[] {"UPLIFT_EVENT", "UPLIFT_IMPRESSION_COUNT"}) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE EVENT_DAY < ?")) {
                    s.setDate(1, java.sql.Date.valueOf(firstKeptDay));
                    deleted += s.executeUpdate();
                }
            }
        }
        return deleted;
    }

    public ZoneId getZone() {
        return zone;
    }
}
