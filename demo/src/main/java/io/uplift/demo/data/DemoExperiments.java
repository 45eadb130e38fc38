package io.uplift.demo.data;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;

/**
 * The demo's A/B experiments, added once on the first start after the plugin placed its default widgets (the
 * experiments name the product page's related-products widget): "Related products: 3 vs 5" (10 % hold-out,
 * variants {@code three}/{@code five}, 50/50) running, and "Related products: title wording" as a draft. With the
 * system property {@code uplift.demo.experiments=draft} both stay drafts (the integration tests start them in the
 * admin themselves, so the other tests see the widgets as configured). Ids 1 and 2; the id generator moves past them.
 */
public class DemoExperiments {

    private static final Log LOG = LogFactory.getLog(DemoExperiments.class);

    public static final long THREE_VS_FIVE_ID = 1;
    public static final long TITLE_ID = 2;
    /** Both arms draw from the same chain (a product's own cross-sales are often fewer than five), 3 or 5 shown. */
    public static final String THREE_VS_FIVE_VARIANTS = "three 50 count=3 sources=manual,copurchase,trending\n"
            + "five 50 count=5 sources=manual,copurchase,trending";
    public static final String TITLE_VARIANTS = "control 50\npersonal 50 title=Picked for you";
    static final String GENERATOR = "UpliftExperimentImpl";

    private DataSource dataSource;

    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void seed() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (count(c, "SELECT COUNT(*) FROM SEQUENCE_GENERATOR WHERE ID_NAME = '" + GENERATOR + "'") > 0
                    || count(c, "SELECT COUNT(*) FROM UPLIFT_EXPERIMENT") > 0) {
                c.rollback();
                return;
            }
            Long widget = null;
            try (PreparedStatement st = c.prepareStatement("SELECT MIN(WIDGET_ID) FROM UPLIFT_WIDGET_CONFIG"
                    + " WHERE SLOT_KEY = 'PRODUCT' AND WIDGET_TYPE = 'RELATED_PRODUCTS'");
                    ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    long id = rs.getLong(1);
                    widget = rs.wasNull() ? null : id;
                }
            }
            if (widget == null) {
                LOG.warn("Demo experiments not added: the product page has no related-products widget");
                c.rollback();
                return;
            }
            boolean running = !"draft".equals(System.getProperty("uplift.demo.experiments"));
            insert(c, THREE_VS_FIVE_ID, "Related products: 3 vs 5", widget, 10, THREE_VS_FIVE_VARIANTS,
                    running ? "RUNNING" : "DRAFT", "demo-3v5");
            insert(c, TITLE_ID, "Related products: title wording", widget, 10, TITLE_VARIANTS, "DRAFT",
                    "demo-title");
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO SEQUENCE_GENERATOR (ID_NAME, ID_VAL) VALUES (?, ?)")) {
                st.setString(1, GENERATOR);
                st.setLong(2, 100);
                st.executeUpdate();
            }
            c.commit();
            LOG.info("Demo experiments added on widget " + widget + (running ? " (3 vs 5 running)" : " (drafts)"));
        }
    }

    private static void insert(Connection c, long id, String name, long widget, int holdout, String variants,
            String state, String salt) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO UPLIFT_EXPERIMENT (EXPERIMENT_ID, NAME, SLOT,"
                + " WIDGET_ID, HOLDOUT_PERCENT, VARIANTS_TEXT, STATE, STARTED_AT, SALT) VALUES (?, ?, 'product', ?, ?,"
                + " ?, ?, ?, ?)")) {
            st.setLong(1, id);
            st.setString(2, name);
            st.setLong(3, widget);
            st.setInt(4, holdout);
            st.setString(5, variants);
            st.setString(6, state);
            st.setTimestamp(7, "DRAFT".equals(state) ? null : new Timestamp(System.currentTimeMillis()));
            st.setString(8, salt);
            st.executeUpdate();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
