package io.uplift.broadleaf.learn;

import io.uplift.engine.learn.Lease;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The learner election on the UPLIFT_LEASE table: a conditional UPDATE takes the row when it is free, expired or
 * already ours; the first node ever inserts it (the primary key lets only one insert win).
 */
public class JdbcLease implements Lease {

    private final DataSource dataSource;
    private final String name;

    public JdbcLease(DataSource dataSource, String name) {
        this.dataSource = dataSource;
        this.name = name;
    }

    @Override
    public boolean tryAcquire(String owner, long ttlMillis, long nowMillis) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement up = c.prepareStatement("UPDATE UPLIFT_LEASE SET OWNER = ?, EXPIRES_MILLIS = ?"
                    + " WHERE LEASE_NAME = ? AND (OWNER = ? OR EXPIRES_MILLIS < ?)")) {
                up.setString(1, owner);
                up.setLong(2, nowMillis + ttlMillis);
                up.setString(3, name);
                up.setString(4, owner);
                up.setLong(5, nowMillis);
                if (up.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement in = c.prepareStatement(
                    "INSERT INTO UPLIFT_LEASE (LEASE_NAME, OWNER, EXPIRES_MILLIS) VALUES (?,?,?)")) {
                in.setString(1, name);
                in.setString(2, owner);
                in.setLong(3, nowMillis + ttlMillis);
                return in.executeUpdate() == 1;
            } catch (SQLException taken) {
                return false; // the row exists and belongs to a live node
            }
        } catch (SQLException e) {
            throw new IllegalStateException("taking the Uplift learner lease failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void release(String owner) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "UPDATE UPLIFT_LEASE SET EXPIRES_MILLIS = 0 WHERE LEASE_NAME = ? AND OWNER = ?")) {
            c.setAutoCommit(true);
            st.setString(1, name);
            st.setString(2, owner);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("releasing the Uplift learner lease failed: " + e.getMessage(), e);
        }
    }
}
