package io.uplift.broadleaf.mail;

import io.uplift.engine.mail.MailSettings;
import io.uplift.engine.mail.UsageTips;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import javax.sql.DataSource;

/**
 * The e-mail settings row ({@code UPLIFT_MAIL_SETTINGS}, id 1) over JDBC, and the shop's link-signing secret kept in
 * it. A stored row that breaks the settings' rules (written by hand) is not used: the defaults apply (both e-mails
 * off) and {@link #getRejected()} names the bad value. Thread-safe.
 */
public class JdbcMailSettings {

    private static final Log LOG = LogFactory.getLog(JdbcMailSettings.class);
    static final long ID = 1L;

    private final DataSource dataSource;
    private volatile String rejected;

    public JdbcMailSettings(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The settings in force: the stored row, or the defaults when there is none or it is bad. */
    public MailSettings load() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT POST_ENABLED, POST_DELAY_MINUTES, POST_SUBJECT, CART_ENABLED,"
                     + " CART_IDLE_MINUTES, CART_SUBJECT, RESEND_HOURS, SUGGESTIONS, USAGE_TIPS FROM UPLIFT_MAIL_SETTINGS"
                     + " WHERE SETTINGS_ID = ?")) {
            s.setLong(1, ID);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next() || rs.getObject(2) == null) {
                    rejected = null;
                    return MailSettings.DEFAULTS;
                }
                try {
                    MailSettings m = new MailSettings(rs.getBoolean(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4),
                            rs.getInt(5), rs.getString(6), rs.getInt(7), rs.getInt(8), UsageTips.parse(rs.getString(9)));
                    rejected = null;
                    return m;
                } catch (IllegalArgumentException e) {
                    if (!e.getMessage().equals(rejected)) {
                        LOG.warn("Uplift e-mails: the stored settings are not used (both e-mails off until they are"
                                + " saved again in Uplift > E-mails): " + e.getMessage());
                    }
                    rejected = e.getMessage();
                    return MailSettings.DEFAULTS;
                }
            }
        }
    }

    /** Whether settings were ever saved (a row with values; the secret alone does not count). */
    public boolean isSaved() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM UPLIFT_MAIL_SETTINGS WHERE SETTINGS_ID = ?"
                     + " AND POST_DELAY_MINUTES IS NOT NULL")) {
            s.setLong(1, ID);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    /** Why the stored row is not used, or {@code null} when it is (or there is none). */
    public String getRejected() {
        return rejected;
    }

    /** Stores the settings (creates the row on the first save), keeping the secret. */
    public void save(MailSettings m) throws SQLException {
        ensureRow();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE UPLIFT_MAIL_SETTINGS SET POST_ENABLED = ?, POST_DELAY_MINUTES = ?,"
                     + " POST_SUBJECT = ?, CART_ENABLED = ?, CART_IDLE_MINUTES = ?, CART_SUBJECT = ?, RESEND_HOURS = ?,"
                     + " SUGGESTIONS = ?, USAGE_TIPS = ? WHERE SETTINGS_ID = ?")) {
            s.setBoolean(1, m.isPostPurchaseEnabled());
            s.setInt(2, m.getPostPurchaseDelayMinutes());
            s.setString(3, m.getPostPurchaseSubject());
            s.setBoolean(4, m.isAbandonedCartEnabled());
            s.setInt(5, m.getAbandonedAfterMinutes());
            s.setString(6, m.getAbandonedCartSubject());
            s.setInt(7, m.getResendHours());
            s.setInt(8, m.getSuggestions());
            s.setString(9, m.getTips().toText());
            s.setLong(10, ID);
            s.executeUpdate();
        }
        rejected = null;
    }

    /**
     * The secret that signs the e-mails' links: made at random by the first caller and stored, so every node (and
     * the admin's preview) signs alike; a conditional update keeps the first one made when two nodes race.
     */
    public String secret() throws SQLException {
        String s = readSecret();
        if (s != null) {
            return s;
        }
        ensureRow();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        try (Connection c = dataSource.getConnection();
             PreparedStatement u = c.prepareStatement("UPDATE UPLIFT_MAIL_SETTINGS SET SECRET = ? WHERE SETTINGS_ID = ?"
                     + " AND SECRET IS NULL")) {
            u.setString(1, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
            u.setLong(2, ID);
            u.executeUpdate();
        }
        return readSecret();
    }

    private String readSecret() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT SECRET FROM UPLIFT_MAIL_SETTINGS WHERE SETTINGS_ID = ?")) {
            s.setLong(1, ID);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void ensureRow() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM UPLIFT_MAIL_SETTINGS WHERE SETTINGS_ID = ?")) {
                s.setLong(1, ID);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next() && rs.getInt(1) > 0) {
                        return;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO UPLIFT_MAIL_SETTINGS (SETTINGS_ID) VALUES (?)")) {
                s.setLong(1, ID);
                s.executeUpdate();
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                    throw e; // a duplicate means another node made the row first: fine
                }
            }
        }
    }
}
