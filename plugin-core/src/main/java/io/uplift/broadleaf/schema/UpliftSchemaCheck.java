package io.uplift.broadleaf.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Locale;
import javax.sql.DataSource;

import io.uplift.broadleaf.support.Jdbc;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Checks at start that the plugin's tables are at the schema version this code needs ({@link #VERSION}), from the
 * {@code UPLIFT_SCHEMA_VERSION} table (README, "Production databases").
 *
 * <ul>
 * <li>Hibernate manages the schema ({@code blPU.hibernate.hbm2ddl.auto} is {@code update}, {@code create} or
 * {@code create-drop}): it has just brought the tables up to date, so an older or missing version row is recorded as
 * the current version.</li>
 * <li>The shop manages the schema ({@code validate}, {@code none} or empty): the newest row must be {@link #VERSION};
 * otherwise the start fails with the scripts to run ({@code sql/<database>/uplift-schema-<n>-upgrade.sql} from the
 * plugin jar, or the create script for a database without the plugin's tables). A schema newer than the code (a
 * downgrade) also fails: the older code does not know the newer tables.</li>
 * </ul>
 */
public class UpliftSchemaCheck {

    /** The schema version this code reads and writes; raised with each change of the plugin's tables. */
    public static final int VERSION = 4;

    private static final Log LOG = LogFactory.getLog(UpliftSchemaCheck.class);

    private final DataSource dataSource;
    private final boolean hibernateManaged;

    /**
     * @param hbm2ddlAuto the persistence unit's {@code hibernate.hbm2ddl.auto} setting
     */
    public UpliftSchemaCheck(DataSource dataSource, String hbm2ddlAuto) {
        this.dataSource = dataSource;
        String mode = hbm2ddlAuto == null ? "" : hbm2ddlAuto.trim().toLowerCase(Locale.ROOT);
        this.hibernateManaged = mode.equals("update") || mode.startsWith("create");
    }

    /**
     * Runs the check.
     *
     * @return the schema version found (after recording the current one when Hibernate manages the schema)
     * @throws IllegalStateException when the shop-managed schema is not at {@link #VERSION}, naming what to run
     */
    public int check() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            int found = newest(c);
            if (found == VERSION) {
                return found;
            }
            if (found > VERSION) {
                throw new IllegalStateException("the Uplift tables are at schema version " + found
                        + " but this plugin uses version " + VERSION + ": a newer plugin created them; install that"
                        + " version (schema downgrades are not supported)");
            }
            if (!hibernateManaged) {
                throw new IllegalStateException(found <= 0
                        ? "the Uplift tables are missing (no UPLIFT_SCHEMA_VERSION row): run the plugin's "
                                + "sql/<database>/uplift-schema-" + VERSION + "-create.sql (README, \"Production databases\")"
                        : "the Uplift tables are at schema version " + found + ", this plugin needs " + VERSION
                                + ": run the plugin's " + upgradeScripts(found) + " (README, \"Production databases\")");
            }
            if (found < 0) {
                LOG.warn("Uplift: no UPLIFT_SCHEMA_VERSION table although Hibernate manages the schema; schema"
                        + " version not recorded");
                return found;
            }
            record(c);
            LOG.info("Uplift: schema version " + VERSION + " recorded (Hibernate manages the tables; was "
                    + (found == 0 ? "not recorded" : String.valueOf(found)) + ")");
            return VERSION;
        } catch (SQLException e) {
            throw new IllegalStateException("checking the Uplift schema version failed: " + e.getMessage(), e);
        }
    }

    /** The scripts that bring version {@code from} to {@link #VERSION}, in order. */
    static String upgradeScripts(int from) {
        StringBuilder out = new StringBuilder();
        for (int v = from + 1; v <= VERSION; v++) {
            out.append(out.length() == 0 ? "" : ", then ").append("sql/<database>/uplift-schema-").append(v)
                    .append("-upgrade.sql");
        }
        return out.toString();
    }

    /** The newest recorded version, 0 for an empty table, -1 when the table is missing. */
    private static int newest(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(VERSION) FROM UPLIFT_SCHEMA_VERSION")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            if (!Jdbc.isMissingTable(e)) {
                throw e;
            }
            return -1;
        }
    }

    private static void record(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO UPLIFT_SCHEMA_VERSION (VERSION, DESCRIPTION, APPLIED_AT) VALUES (?, ?, ?)")) {
            s.setInt(1, VERSION);
            s.setString(2, "recorded at start: Hibernate manages the tables");
            s.setTimestamp(3, new Timestamp(System.currentTimeMillis()));
            s.executeUpdate();
        } catch (SQLException e) {
            if (newest(c) != VERSION) { // another node recorded it at the same time
                throw e;
            }
        }
    }
}
