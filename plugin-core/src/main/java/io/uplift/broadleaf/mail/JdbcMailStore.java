package io.uplift.broadleaf.mail;

import io.uplift.engine.mail.MailJob;
import io.uplift.engine.mail.MailKind;
import io.uplift.engine.mail.MailLinks;
import io.uplift.engine.mail.MailStatus;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The e-mail schedule in {@code UPLIFT_MAIL_JOB} and the opt-outs in {@code UPLIFT_MAIL_OPT_OUT}, over JDBC.
 * Safe for several storefront nodes on one database:
 * <ul>
 * <li>a job's key is unique, so scheduling the same order's (or the same idle spell's) e-mail twice, from one node or
 * two, leaves one row;</li>
 * <li>a node claims a due job with one conditional {@code UPDATE ... WHERE STATUS = 'PENDING' AND DUE_AT <= now} (or a
 * {@code SENDING} row whose lease has run out: its node died); only the node whose update changed the row sends it;</li>
 * <li>only the lease holder can finish its job.</li>
 * </ul>
 * Thread-safe (each call takes its own connection).
 */
public class JdbcMailStore {

    static final String COLUMNS = "JOB_ID, JOB_KEY, KIND, TARGET_ID, CUSTOMER_ID, STATUS, DUE_AT, CREATED_AT, ATTEMPTS,"
            + " RECIPIENT, SUBJECT, REASON, LAST_ERROR, SENT_AT, CLICKS";
    private static final String CLAIMABLE = "((STATUS = 'PENDING' AND DUE_AT <= ?) OR (STATUS = 'SENDING' AND LEASE_UNTIL < ?))";

    private final DataSource dataSource;

    public JdbcMailStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Adds a pending job unless one with this key exists.
     *
     * @return whether this call added it
     */
    public boolean schedule(String key, MailKind kind, long targetId, Long customerId, Instant dueAt, Instant now)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO UPLIFT_MAIL_JOB (JOB_KEY, KIND, TARGET_ID, CUSTOMER_ID,"
                     + " STATUS, DUE_AT, CREATED_AT, UPDATED_AT, ATTEMPTS, CLICKS) VALUES (?, ?, ?, ?, 'PENDING', ?, ?, ?, 0, 0)")) {
            s.setString(1, key);
            s.setString(2, kind.name());
            s.setLong(3, targetId);
            if (customerId == null) {
                s.setNull(4, Types.BIGINT);
            } else {
                s.setLong(4, customerId);
            }
            s.setTimestamp(5, Timestamp.from(dueAt));
            s.setTimestamp(6, Timestamp.from(now));
            s.setTimestamp(7, Timestamp.from(now));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            if (isDuplicate(e) && exists(key)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean isDuplicate(SQLException e) {
        return e instanceof java.sql.SQLIntegrityConstraintViolationException
                || (e.getSQLState() != null && e.getSQLState().startsWith("23"));
    }

    public boolean exists(String key) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM UPLIFT_MAIL_JOB WHERE JOB_KEY = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    /** When the newest reminder of this cart was scheduled, or {@code null}. */
    public Instant lastCartReminder(long cartId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT MAX(CREATED_AT) FROM UPLIFT_MAIL_JOB WHERE KIND = ?"
                     + " AND TARGET_ID = ?")) {
            s.setString(1, MailKind.ABANDONED_CART.name());
            s.setLong(2, cartId);
            try (ResultSet rs = s.executeQuery()) {
                Timestamp t = rs.next() ? rs.getTimestamp(1) : null;
                return t == null ? null : t.toInstant();
            }
        }
    }

    /**
     * Claims up to {@code limit} due jobs for {@code node} until {@code leaseUntil}, oldest due first; each claim counts
     * one attempt. A job another node claimed in between is left to it.
     *
     * @return the ids this node now holds
     */
    public List<Long> claimDue(String node, Instant now, Instant leaseUntil, int limit) throws SQLException {
        List<Long> candidates = new ArrayList<Long>();
        List<Long> claimed = new ArrayList<Long>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT JOB_ID FROM UPLIFT_MAIL_JOB WHERE " + CLAIMABLE
                    + " ORDER BY DUE_AT, JOB_ID")) {
                s.setTimestamp(1, Timestamp.from(now));
                s.setTimestamp(2, Timestamp.from(now));
                s.setMaxRows(limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        candidates.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement u = c.prepareStatement("UPDATE UPLIFT_MAIL_JOB SET STATUS = 'SENDING', LEASE_OWNER = ?,"
                    + " LEASE_UNTIL = ?, ATTEMPTS = ATTEMPTS + 1, UPDATED_AT = ? WHERE JOB_ID = ? AND " + CLAIMABLE)) {
                for (Long id : candidates) {
                    u.setString(1, node);
                    u.setTimestamp(2, Timestamp.from(leaseUntil));
                    u.setTimestamp(3, Timestamp.from(now));
                    u.setLong(4, id);
                    u.setTimestamp(5, Timestamp.from(now));
                    u.setTimestamp(6, Timestamp.from(now));
                    if (u.executeUpdate() == 1) {
                        claimed.add(id);
                    }
                }
            }
        }
        return claimed;
    }

    /** The job, or {@code null}. */
    public MailJob find(long id) throws SQLException {
        List<MailJob> jobs = query("SELECT " + COLUMNS + " FROM UPLIFT_MAIL_JOB WHERE JOB_ID = ?", id);
        return jobs.isEmpty() ? null : jobs.get(0);
    }

    /** The newest jobs first (the admin's log). */
    public List<MailJob> recent(int limit) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM UPLIFT_MAIL_JOB ORDER BY"
                     + " COALESCE(UPDATED_AT, CREATED_AT) DESC, JOB_ID DESC")) {
            s.setMaxRows(limit);
            return read(s);
        }
    }

    /** Jobs of one kind about one order or cart, oldest first. */
    public List<MailJob> about(MailKind kind, long targetId) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM UPLIFT_MAIL_JOB WHERE KIND = '" + kind.name() + "' AND TARGET_ID = ?"
                + " ORDER BY JOB_ID", targetId);
    }

    /** How many jobs stand in each status. */
    public Map<MailStatus, Integer> counts() throws SQLException {
        Map<MailStatus, Integer> counts = new EnumMap<MailStatus, Integer>(MailStatus.class);
        for (MailStatus st : MailStatus.values()) {
            counts.put(st, 0);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT STATUS, COUNT(*) FROM UPLIFT_MAIL_JOB GROUP BY STATUS")) {
            while (rs.next()) {
                counts.put(MailStatus.valueOf(rs.getString(1)), rs.getInt(2));
            }
        }
        return counts;
    }

    /**
     * Ends a job this node holds: sent, skipped or cancelled, with the recipient, subject and reason known by then.
     *
     * @return false when the node no longer holds it (its lease ran out and another node took it)
     */
    public boolean finish(long id, String node, MailStatus status, String recipient, String subject, String reason,
            Instant now) throws SQLException {
        if (!status.isFinal()) {
            throw new IllegalArgumentException("not a final status: " + status);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE UPLIFT_MAIL_JOB SET STATUS = ?, RECIPIENT = ?, SUBJECT = ?,"
                     + " REASON = ?, SENT_AT = ?, UPDATED_AT = ?, LEASE_OWNER = NULL, LEASE_UNTIL = NULL"
                     + " WHERE JOB_ID = ? AND STATUS = 'SENDING' AND LEASE_OWNER = ?")) {
            s.setString(1, status.name());
            s.setString(2, cut(recipient, 320));
            s.setString(3, cut(subject, 200));
            s.setString(4, cut(reason, 500));
            s.setTimestamp(5, status == MailStatus.SENT ? Timestamp.from(now) : null);
            s.setTimestamp(6, Timestamp.from(now));
            s.setLong(7, id);
            s.setString(8, node);
            return s.executeUpdate() == 1;
        }
    }

    /**
     * A failed attempt: the job waits until {@code nextAttempt} (pending again), or, with {@code nextAttempt} null,
     * is given up ({@code FAILED}); the error is kept either way.
     */
    public boolean failed(long id, String node, Instant nextAttempt, String recipient, String error, Instant now)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE UPLIFT_MAIL_JOB SET STATUS = ?, DUE_AT = COALESCE(?, DUE_AT),"
                     + " RECIPIENT = COALESCE(?, RECIPIENT), LAST_ERROR = ?, REASON = ?, UPDATED_AT = ?,"
                     + " LEASE_OWNER = NULL, LEASE_UNTIL = NULL WHERE JOB_ID = ? AND STATUS = 'SENDING' AND LEASE_OWNER = ?")) {
            s.setString(1, nextAttempt == null ? MailStatus.FAILED.name() : MailStatus.PENDING.name());
            s.setTimestamp(2, nextAttempt == null ? null : Timestamp.from(nextAttempt));
            s.setString(3, cut(recipient, 320));
            s.setString(4, cut(error, 1000));
            s.setString(5, nextAttempt == null ? "gave up after the last attempt failed" : null);
            s.setTimestamp(6, Timestamp.from(now));
            s.setLong(7, id);
            s.setString(8, node);
            return s.executeUpdate() == 1;
        }
    }

    /** Cancels the pending reminders of a cart (it was checked out); returns how many. */
    public int cancelCart(long cartId, String reason, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE UPLIFT_MAIL_JOB SET STATUS = 'CANCELLED', REASON = ?,"
                     + " UPDATED_AT = ? WHERE KIND = ? AND TARGET_ID = ? AND STATUS = 'PENDING'")) {
            s.setString(1, reason);
            s.setTimestamp(2, Timestamp.from(now));
            s.setString(3, MailKind.ABANDONED_CART.name());
            s.setLong(4, cartId);
            return s.executeUpdate();
        }
    }

    /** Counts a tracked click on one of the job's links. */
    public void click(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE UPLIFT_MAIL_JOB SET CLICKS = CLICKS + 1 WHERE JOB_ID = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    /** Records an opt-out (once per address). */
    public void optOut(String address, Instant now) throws SQLException {
        String a = MailLinks.normalize(address);
        if (isOptedOut(a)) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO UPLIFT_MAIL_OPT_OUT (ADDRESS, OPTED_OUT_AT) VALUES (?, ?)")) {
            s.setString(1, a);
            s.setTimestamp(2, Timestamp.from(now));
            s.executeUpdate();
        } catch (SQLException e) {
            if (!isDuplicate(e)) {
                throw e;
            }
        }
    }

    public boolean isOptedOut(String address) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM UPLIFT_MAIL_OPT_OUT WHERE ADDRESS = ?")) {
            s.setString(1, MailLinks.normalize(address));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    /**
     * Makes the unique index on the job key when the table has none (see the entity).
     *
     * @return whether the index was made now
     */
    public boolean ensureUniqueKey() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (hasUniqueKey(c)) {
                return false;
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE UNIQUE INDEX UPLIFT_MAIL_JOB_KEY ON UPLIFT_MAIL_JOB (JOB_KEY)");
                return true;
            } catch (SQLException e) {
                if (hasUniqueKey(c)) {
                    return false;
                }
                throw e;
            }
        }
    }

    private static boolean hasUniqueKey(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String table : new String[] {"UPLIFT_MAIL_JOB", "uplift_mail_job"}) {
            try (ResultSet rs = meta.getIndexInfo(null, null, table, true, false)) {
                while (rs.next()) {
                    if ("JOB_KEY".equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private List<MailJob> query(String sql, long param) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, param);
            return read(s);
        }
    }

    private static List<MailJob> read(PreparedStatement s) throws SQLException {
        List<MailJob> jobs = new ArrayList<MailJob>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long customer = rs.getLong(5);
                Long customerId = rs.wasNull() ? null : customer;
                jobs.add(new MailJob(rs.getLong(1), rs.getString(2), MailKind.fromName(rs.getString(3)), rs.getLong(4),
                        customerId, MailStatus.valueOf(rs.getString(6)), instant(rs.getTimestamp(7)),
                        instant(rs.getTimestamp(8)), rs.getInt(9), rs.getString(10), rs.getString(11), rs.getString(12),
                        rs.getString(13), instant(rs.getTimestamp(14)), rs.getInt(15)));
            }
        }
        return jobs;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
