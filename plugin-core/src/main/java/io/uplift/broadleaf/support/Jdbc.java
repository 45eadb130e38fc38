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
