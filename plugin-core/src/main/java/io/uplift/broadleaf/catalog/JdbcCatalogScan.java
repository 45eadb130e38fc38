package io.uplift.broadleaf.catalog;

import io.uplift.engine.CatalogScan;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Every product id of Broadleaf's catalog that is not archived (learning path only). */
public class JdbcCatalogScan implements CatalogScan {

    static final String WHERE = " FROM BLC_PRODUCT WHERE ARCHIVED IS NULL OR ARCHIVED <> 'Y'";
    static final String QUERY = "SELECT PRODUCT_ID" + WHERE + " ORDER BY PRODUCT_ID";

    private final DataSource dataSource;

    public JdbcCatalogScan(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<Long> productIds() {
        List<Long> ids = new ArrayList<Long>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(QUERY)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("listing the catalog's products failed: " + e.getMessage(), e);
        }
        return ids;
    }

    @Override
    public int count() {
        return io.uplift.broadleaf.support.Jdbc.count(dataSource, "SELECT COUNT(*)" + WHERE);
    }
}
