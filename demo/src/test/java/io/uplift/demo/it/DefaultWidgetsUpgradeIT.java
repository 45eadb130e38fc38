package io.uplift.demo.it;

import io.uplift.broadleaf.slot.UpliftDefaultWidgets;
import org.junit.Before;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * The default widgets on an upgrade, against the demo's real database: a shop whose widgets were placed by a plugin
 * version that kept no record (no UPLIFT_PLACED_DEFAULT rows) gets exactly the defaults new since then (the
 * free-shipping nudge in cart and mini-cart, the checkout add-ons, the confirmation's order offers, switched off
 * there because the shop has "You might like these next" on), not the ones it removed on purpose; a second start
 * places nothing; a default the merchandiser removes later stays removed.
 */
public class DefaultWidgetsUpgradeIT {

    private static final String NEW_TYPES = "('FREE_SHIPPING', 'ORDER_ADD_ONS', 'ORDER_OFFERS')";

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
    }

    private static UpliftDefaultWidgets installer() {
        return DemoStoreHarness.siteContext().getBean("blUpliftDefaultWidgets", UpliftDefaultWidgets.class);
    }

    private static long count(String where) throws Exception {
        return Sql.count("SELECT COUNT(*) FROM UPLIFT_WIDGET_CONFIG WHERE " + where);
    }

    @Test
    public void anUpgradeGetsTheNewDefaultsOnlyAndARemovedDefaultStaysRemoved() throws Exception {
        assertEquals("the demo's first start recorded every default", UpliftDefaultWidgets.DEFAULTS.size(),
                Sql.count("SELECT COUNT(*) FROM UPLIFT_PLACED_DEFAULT"));
        assertEquals("a later start places nothing", List.of(), installer().install());
        List<String> markers = Sql.strings("SELECT CONCAT(DEFAULT_KEY, '|', OUTCOME) FROM UPLIFT_PLACED_DEFAULT");
        long maxId = Sql.count("SELECT MAX(WIDGET_ID) FROM UPLIFT_WIDGET_CONFIG WHERE WIDGET_ID < 900000");
        try {
            // the shop as an earlier version left it: no record, none of the new types, "also bought" removed by
            // the merchandiser, "You might like these next" on the confirmation page
            WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET SLOT_KEY = CONCAT('PARKED_', SLOT_KEY) WHERE WIDGET_TYPE IN "
                    + NEW_TYPES + " OR (SLOT_KEY = 'PRODUCT' AND WIDGET_TYPE = 'ALSO_BOUGHT')");
            WidgetRows.update("INSERT INTO UPLIFT_WIDGET_CONFIG (WIDGET_ID, SLOT_KEY, WIDGET_TYPE, ENABLED, TITLE,"
                    + " MAX_ITEMS, POSITION) VALUES (900001, 'CONFIRMATION', 'FOR_YOU', TRUE, 'You might like these next',"
                    + " 4, 10)");
            WidgetRows.update("DELETE FROM UPLIFT_PLACED_DEFAULT");

            assertEquals(List.of("CART:FREE_SHIPPING", "CHECKOUT:ORDER_ADD_ONS", "CONFIRMATION:ORDER_OFFERS (off)",
                    "MINI_CART:FREE_SHIPPING"), installer().install());
            assertEquals("the removed default stays removed", 0,
                    count("SLOT_KEY = 'PRODUCT' AND WIDGET_TYPE = 'ALSO_BOUGHT'"));
            assertEquals("order offers placed switched off next to the shop's own confirmation widget", 1,
                    count("SLOT_KEY = 'CONFIRMATION' AND WIDGET_TYPE = 'ORDER_OFFERS' AND ENABLED = FALSE"));
            assertEquals(1, count("SLOT_KEY = 'CART' AND WIDGET_TYPE = 'FREE_SHIPPING' AND ENABLED = TRUE"));
            assertEquals(UpliftDefaultWidgets.DEFAULTS.size(), Sql.count("SELECT COUNT(*) FROM UPLIFT_PLACED_DEFAULT"));
            assertEquals("the legacy defaults are recorded as kept", 10,
                    Sql.count("SELECT COUNT(*) FROM UPLIFT_PLACED_DEFAULT WHERE OUTCOME = 'KEPT'"));

            assertEquals("a second start places nothing", List.of(), installer().install());
            WidgetRows.update("DELETE FROM UPLIFT_WIDGET_CONFIG WHERE WIDGET_ID > " + maxId
                    + " AND WIDGET_ID < 900000 AND SLOT_KEY = 'CART' AND WIDGET_TYPE = 'FREE_SHIPPING'");
            assertEquals("a default the merchandiser removes stays removed", List.of(), installer().install());
            assertEquals(0, count("SLOT_KEY = 'CART' AND WIDGET_TYPE = 'FREE_SHIPPING'"));
        } finally {
            WidgetRows.update("DELETE FROM UPLIFT_WIDGET_CONFIG WHERE WIDGET_ID > " + maxId + " AND WIDGET_ID < 900000");
            WidgetRows.update("DELETE FROM UPLIFT_WIDGET_CONFIG WHERE WIDGET_ID = 900001");
            WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET SLOT_KEY = SUBSTRING(SLOT_KEY, 8) WHERE SLOT_KEY LIKE 'PARKED_%'");
            WidgetRows.update("DELETE FROM UPLIFT_PLACED_DEFAULT");
            for (String m : markers) {
                String[] kv = m.split("\\|");
                WidgetRows.update("INSERT INTO UPLIFT_PLACED_DEFAULT (DEFAULT_KEY, OUTCOME, PLACED_AT) VALUES ('" + kv[0]
                        + "', '" + kv[1] + "', CURRENT_TIMESTAMP)");
            }
            WidgetRows.refreshSite();
        }
    }
}
