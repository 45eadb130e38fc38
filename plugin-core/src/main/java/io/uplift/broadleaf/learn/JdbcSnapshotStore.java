package io.uplift.broadleaf.learn;

import io.uplift.engine.learn.SnapshotStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Generations in the plugin's UPLIFT_SNAPSHOT table. The generation number is the primary key, so two nodes that
 * publish the same number cannot both succeed: the second insert fails and {@link #save} answers false.
 */
public class JdbcSnapshotStore implements SnapshotStore {

    private final DataSource dataSource;

    public JdbcSnapshotStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long latestGeneration() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT MAX(GENERATION) FROM UPLIFT_SNAPSHOT")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the newest Uplift generation failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Snapshot latest() {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT GENERATION, CREATED_MILLIS, CREATED_BY, DATA FROM UPLIFT_SNAPSHOT"
                        + " WHERE GENERATION = (SELECT MAX(GENERATION) FROM UPLIFT_SNAPSHOT)");
                ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            return new Snapshot(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBytes(4));
        } catch (SQLException e) {
            throw new IllegalStateException("reading the newest Uplift snapshot failed: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean save(Snapshot snapshot) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(true);
            try (PreparedStatement st = c.prepareStatement("INSERT INTO UPLIFT_SNAPSHOT"
                    + " (GENERATION, CREATED_MILLIS, CREATED_BY, SIZE_BYTES, DATA) VALUES (?,?,?,?,?)")) {
                st.setLong(1, snapshot.getGeneration());
                st.setLong(2, snapshot.getCreatedAtMillis());
                st.setString(3, truncate(snapshot.getCreatedBy(), 200));
                st.setInt(4, snapshot.getData().length);
                st.setBytes(5, snapshot.getData());
                st.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (exists(c, snapshot.getGeneration())) {
                    return false;
                }
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("saving Uplift generation " + snapshot.getGeneration() + " failed: "
                    + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c, long generation) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM UPLIFT_SNAPSHOT WHERE GENERATION = ?")) {
            st.setLong(1, generation);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    @Override
    public void prune(int keep) {
        // read before taking the connection for the delete: one connection per thread at a time
        long cutoff = latestGeneration() - keep;
        if (cutoff < 1) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "DELETE FROM UPLIFT_SNAPSHOT WHERE GENERATION <= ?")) {
            st.setLong(1, cutoff);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("deleting old Uplift generations failed: " + e.getMessage(), e);
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
