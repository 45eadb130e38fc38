package io.uplift.admin.experiment;

import org.springframework.jdbc.datasource.DataSourceUtils;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** What the admin's guards ask about the running experiments (UPLIFT_EXPERIMENT) before a widget changes. */
public final class RunningExperiments {

    private RunningExperiments() {
    }

    /**
     * The name and slot of the first running experiment that tests this widget (by its widget id), or null. Reads on
     * the admin save's own connection when the save runs in a transaction (Spring's {@link DataSourceUtils}), so that
     * a check never holds a second connection while the save's transaction holds the first.
     */
    public static String[] testing(DataSource dataSource, long widgetId) throws SQLException {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement st = c.prepareStatement("SELECT NAME, SLOT FROM UPLIFT_EXPERIMENT WHERE WIDGET_ID = ?"
                + " AND STATE = 'RUNNING' ORDER BY EXPERIMENT_ID")) {
            st.setLong(1, widgetId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
            }
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
