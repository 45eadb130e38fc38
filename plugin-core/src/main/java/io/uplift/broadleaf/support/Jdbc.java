package io.uplift.broadleaf.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Small JDBC helpers for the adapters' bulk reads (off the page-render path). */
public final class Jdbc {

    private Jdbc() {
    }

    /** The "table not found" error of HSQLDB (42501), PostgreSQL (42P01) or MySQL/MariaDB (42S02). */
    public static boolean isMissingTable(SQLException e) {
        String state = e.getSQLState();
        return "42501".equals(state) || "42P01".equals(state) || "42S02".equals(state)
                || (e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("not found"));
    }

    /**
     * The single number a counting query returns.
     *
     * @throws IllegalStateException wrapping the database's error, with the query
     */
    public static int count(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql + ": " + e.getMessage(), e);
        }
    }
}
