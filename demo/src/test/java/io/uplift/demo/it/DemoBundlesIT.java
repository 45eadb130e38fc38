package io.uplift.demo.it;

import io.uplift.broadleaf.bundle.BundlesCache;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** The demo as a shop owner first sees it: at least five product pages show a bundle, some accepted from suggestions. */
public class DemoBundlesIT {

    @Test
    public void atLeastFiveProductPagesShowTheirSeededBundle() throws Exception {
        DemoStoreHarness.store();
        WidgetRows.restoreDefaults();
        DemoStoreHarness.siteContext().getBean("blUpliftBundles", BundlesCache.class).refresh();
        List<Object[]> bundles = new ArrayList<>();
        int suggested = 0;
        try (Connection c = DemoStoreHarness.jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT b.BUNDLE_ID, b.NAME, p.URL, b.ORIGIN FROM UPLIFT_BUNDLE b JOIN BLC_PRODUCT p"
                     + " ON p.PRODUCT_ID = b.ANCHOR_PRODUCT_ID WHERE b.ENABLED = TRUE AND b.BUNDLE_ID < 900000")) {
            while (rs.next()) {
                bundles.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
                String origin = rs.getString(4);
                suggested += origin != null && origin.startsWith("accepted from suggestion") ? 1 : 0;
            }
        }
        assertTrue("seeded bundles: " + bundles.size(), bundles.size() >= 5);
        assertTrue("some accepted from suggestions: " + suggested, suggested >= 2);
        int shown = 0;
        for (Object[] b : bundles) {
            Document page = Http.parse(new Http().get(DemoStoreHarness.site((String) b[2])));
            Element widget = page.selectFirst(".uplift-widget--bundle");
            assertNotNull("bundle '" + b[1] + "' on " + b[2], widget);
            assertTrue(widget.text(), widget.text().contains("you save"));
            shown++;
        }
        assertEquals(bundles.size(), shown);
    }
}
