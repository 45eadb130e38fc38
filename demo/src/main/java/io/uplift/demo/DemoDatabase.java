package io.uplift.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which database the demo store (and the integration tests) run on: the embedded HSQLDB server by default, or a
 * PostgreSQL / MariaDB (MySQL) server the caller started (README, "Production databases").
 *
 * <p>Selected with system properties: {@code -Duplift.db=hsqldb|postgres|mariadb}; for the last two also
 * {@code -Duplift.db.url=jdbc:...}, {@code -Duplift.db.user}, {@code -Duplift.db.password}. The choice reaches the
 * Spring context (data source) and Broadleaf's runtime properties (Hibernate dialect) as the
 * {@code uplift.demo.jdbc.*} and {@code uplift.demo.hibernate.dialect} system properties.</p>
 */
public final class DemoDatabase {

    /** The supported kinds: driver, Hibernate 4.1 dialect and the pool's validation query for each. */
    public enum Kind {
        HSQLDB("org.hsqldb.jdbc.JDBCDriver", "org.hibernate.dialect.HSQLDialect", "VALUES 1"),
        POSTGRES("org.postgresql.Driver", "org.hibernate.dialect.PostgreSQL82Dialect", "SELECT 1"),
        MARIADB("org.mariadb.jdbc.Driver", "org.hibernate.dialect.MySQL5InnoDBDialect", "SELECT 1");

        private final String driver;
        private final String dialect;
        private final String validationQuery;

        Kind(String driver, String dialect, String validationQuery) {
            this.driver = driver;
            this.dialect = dialect;
            this.validationQuery = validationQuery;
        }

        public String getDriver() {
            return driver;
        }

        public String getDialect() {
            return dialect;
        }

        public String getValidationQuery() {
            return validationQuery;
        }

        /** Parses {@code hsqldb}, {@code postgres} ({@code postgresql}), {@code mariadb} ({@code mysql}). */
        public static Kind parse(String name) {
            String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
            if (n.isEmpty() || "hsqldb".equals(n)) {
                return HSQLDB;
            }
            if ("postgres".equals(n) || "postgresql".equals(n)) {
                return POSTGRES;
            }
            if ("mariadb".equals(n) || "mysql".equals(n)) {
                return MARIADB;
            }
            throw new IllegalArgumentException("unknown database '" + name + "' in -Duplift.db (known: hsqldb, postgres, mariadb)");
        }
    }

    private final Kind kind;
    private final String url;
    private final String user;
    private final String password;

    public DemoDatabase(Kind kind, String url, String user, String password) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password == null ? "" : password;
    }

    /**
     * The database the system properties select; for HSQLDB the demo's own server on {@code hsqlPort}.
     *
     * @throws IllegalArgumentException for an unknown {@code uplift.db} or a server database without {@code uplift.db.url}
     */
    public static DemoDatabase fromSystemProperties(int hsqlPort) {
        Kind kind = Kind.parse(System.getProperty("uplift.db"));
        if (kind == Kind.HSQLDB) {
            return new DemoDatabase(kind, DemoStore.jdbcUrl(hsqlPort), "SA", "");
        }
        String url = System.getProperty("uplift.db.url", "").trim();
        String prefix = kind == Kind.POSTGRES ? "jdbc:postgresql:" : "jdbc:mariadb:";
        if (!url.startsWith(prefix) && !(kind == Kind.MARIADB && url.startsWith("jdbc:mysql:"))) {
            throw new IllegalArgumentException("-Duplift.db=" + kind.name().toLowerCase(Locale.ROOT)
                    + " needs -Duplift.db.url=" + prefix + "//HOST:PORT/DATABASE, got '" + url + "'");
        }
        return new DemoDatabase(kind, url, System.getProperty("uplift.db.user", "uplift"),
                System.getProperty("uplift.db.password", ""));
    }

    /** Whether the demo starts its own HSQLDB server (otherwise the database runs outside the demo). */
    public boolean isEmbedded() {
        return kind == Kind.HSQLDB;
    }

    public Kind getKind() {
        return kind;
    }

    public String getUrl() {
        return url;
    }

    public String getUser() {
        return user;
    }

    public String getPassword() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The system properties the demo's Spring context and runtime properties read, as {@code -D} flags. */
    public List<String> jvmFlags() {
        List<String> flags = new ArrayList<String>();
        flags.add("-Duplift.db=" + kind.name().toLowerCase(Locale.ROOT));
        flags.add("-Duplift.demo.jdbc.url=" + url);
        flags.add("-Duplift.demo.jdbc.driver=" + kind.getDriver());
        flags.add("-Duplift.demo.jdbc.user=" + user);
        flags.add("-Duplift.demo.jdbc.password=" + password);
        flags.add("-Duplift.demo.jdbc.validationQuery=" + kind.getValidationQuery());
        flags.add("-Duplift.demo.hibernate.dialect=" + kind.getDialect());
        return flags;
    }

    /** Sets the same properties in this JVM (the site in process). */
    public void exportToSystemProperties() {
        for (String flag : jvmFlags()) {
            int eq = flag.indexOf('=');
            System.setProperty(flag.substring(2, eq), flag.substring(eq + 1));
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + " " + url;
    }
}
