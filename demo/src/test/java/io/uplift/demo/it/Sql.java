package io.uplift.demo.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertTrue;

/** Reads from the demo's database for assertions. */
final class Sql {

    private Sql() {
    }

    /** The first row's columns; fails when there is none. */
    static Object[] row(String sql) throws Exception {
        try (Connection c = DemoStoreHarness.jdbc(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            assertTrue("a row for " + sql, rs.next());
            Object[] out = new Object[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < out.length; i++) {
                out[i] = rs.getObject(i + 1);
            }
            return out;
        }
    }

    /** The first column of every row, as ids. */
    static List<Long> ids(String sql) throws Exception {
        List<Long> out = new ArrayList<>();
        for (String id : strings(sql)) {
            out.add(Long.valueOf(id));
        }
        return out;
    }

    /** The first column of every row, as text. */
    static List<String> strings(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DemoStoreHarness.jdbc(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /**
     * A timestamp literal {@code seconds} from now (negative: in the past) in this JVM's time zone, the zone the
     * application reads timestamps in; portable where {@code DATEADD} (HSQLDB), {@code + INTERVAL} (PostgreSQL) and
     * {@code DATE_ADD} (MySQL) are not.
     */
    static String fromNow(long seconds) {
        return "TIMESTAMP '" + java.time.LocalDateTime.now().plusSeconds(seconds)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")) + "'";
    }

    /** A condition: the whole of {@code column} matches {@code regex}, in the demo database's own syntax. */
    static String matches(String column, String regex) {
        String quoted = regex.replace("'", "''");
        switch (DemoStoreHarness.store().getDatabase().getKind()) {
            case POSTGRES:
                return column + " ~ '^(" + quoted + ")$'";
            case MARIADB:
                return column + " REGEXP '^(" + quoted + ")$'";
            default:
                return "REGEXP_MATCHES(" + column + ", '" + quoted + "')";
        }
    }

    /** A single number, e.g. a COUNT(*). */
    static long count(String sql) throws Exception {
        try (Connection c = DemoStoreHarness.jdbc(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
