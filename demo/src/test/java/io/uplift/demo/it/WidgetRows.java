package io.uplift.demo.it;

import io.uplift.slot.SlotSettingsCache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes the plugin's widget table directly, the way a bad data file or a hand edit would. */
final class WidgetRows {

    private WidgetRows() {
    }

    static long relatedWidgetId() throws SQLException {
        try (Connection c = DemoStoreHarness.jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT WIDGET_ID FROM UPLIFT_WIDGET_CONFIG WHERE SLOT_KEY='PRODUCT'"
                     + " AND WIDGET_TYPE='RELATED_PRODUCTS' ORDER BY WIDGET_ID")) {
            if (!rs.next()) {
                throw new AssertionError("no related-products widget row: the plugin's default widget was not installed");
            }
            return rs.getLong(1);
        }
    }

    static void update(String sql) throws SQLException {
        try (Connection c = DemoStoreHarness.jdbc(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    static Object value(long id, String column) throws SQLException {
        try (Connection c = DemoStoreHarness.jdbc();
             PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM UPLIFT_WIDGET_CONFIG WHERE WIDGET_ID=?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getObject(1);
            }
        }
    }

    /** Rows tests insert have ids from 900000 up. */
    static void deleteTestRows() throws SQLException {
        update("DELETE FROM UPLIFT_WIDGET_CONFIG WHERE WIDGET_ID >= 900000");
    }

    /** The default widgets, all on, and no test rows; the site reads them at once. */
    static void restoreDefaults() throws SQLException {
        deleteTestRows();
        update("UPDATE UPLIFT_WIDGET_CONFIG SET ENABLED=TRUE, SOURCES=NULL, EXCLUDE_PURCHASED=FALSE, PRICE_MIN_PCT=NULL,"
                + " PRICE_MAX_PCT=NULL, ROTATE=FALSE, STOCK_MARGIN_BOOST=FALSE, SOCIAL_PROOF=TRUE, SOCIAL_PROOF_MIN=NULL,"
                + " SOCIAL_PROOF_DAYS=NULL, LOW_STOCK=NULL, PER_MONTH=NULL");
        refreshSite();
    }

    /** Makes the site read the table now instead of waiting for its background refresh. */
    static void refreshSite() {
        DemoStoreHarness.siteContext().getBean("blUpliftSlotSettingsCache", SlotSettingsCache.class).refresh();
    }

    /**
     * URL of an active, in-stock product whose cross-sale list also holds products that cannot be bought
     * (inactive or out of stock), and the ids of those unbuyable products.
     */
    static Object[] productWithUnbuyableCrossSales() throws SQLException {
        String sql = "SELECT p.URL, t.PRODUCT_ID FROM BLC_PRODUCT_CROSS_SALE cs"
                + " JOIN BLC_PRODUCT p ON p.PRODUCT_ID = cs.PRODUCT_ID"
                + " JOIN BLC_PRODUCT t ON t.PRODUCT_ID = cs.RELATED_SALE_PRODUCT_ID"
                + " JOIN BLC_SKU ts ON ts.SKU_ID = t.DEFAULT_SKU_ID"
                + " WHERE (ts.INVENTORY_TYPE = 'CHECK_QUANTITY' AND ts.QUANTITY_AVAILABLE = 0)"
                + "    OR (ts.ACTIVE_END_DATE IS NOT NULL AND ts.ACTIVE_END_DATE < CURRENT_TIMESTAMP)"
                + "    OR t.ARCHIVED = 'Y'"
                + " ORDER BY p.PRODUCT_ID";
        try (Connection c = DemoStoreHarness.jdbc(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            String url = null;
            List<Long> unbuyable = new ArrayList<>();
            while (rs.next()) {
                if (url == null) {
                    url = rs.getString(1);
                }
                if (url.equals(rs.getString(1))) {
                    unbuyable.add(rs.getLong(2));
                }
            }
            if (url == null) {
                throw new AssertionError("the demo catalog has no cross-sale pointing at an inactive or out-of-stock product");
            }
            return new Object[] {url, unbuyable};
        }
    }
}
