package io.uplift.demo.it;

import org.jsoup.nodes.Document;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The plugin's admin section on the real Broadleaf admin (a separate JVM on the shared database): it is in the
 * menu, it validates, and a save reaches the storefront (the site in this JVM) without a restart.
 */
public class AdminWidgetSectionIT {

    private static final String SECTION = "/uplift-widgets";

    private long widgetId;
    private String productUrl;

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
        widgetId = WidgetRows.relatedWidgetId();
        productUrl = (String) WidgetRows.productWithUnbuyableCrossSales()[0];
        restore();
    }

    @After
    public void restore() throws Exception {
        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET ENABLED=TRUE, MAX_ITEMS=4, TITLE='You may also like'"
                + " WHERE WIDGET_ID=" + widgetId);
        WidgetRows.refreshSite();
    }

    @Test
    public void sectionIsInTheAdminMenuAndListsTheWidget() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        HttpResponse<String> list = admin.http.get(DemoStoreHarness.admin(SECTION));
        assertEquals(200, list.statusCode());
        Document page = Http.parse(list);
        assertNotNull("menu link to the Uplift widgets section", page.selectFirst("a[href$=" + SECTION + "]"));
        assertTrue("list shows the related-products widget", list.body().contains("You may also like"));
    }

    @Test
    public void countOutOfRangeIsRejectedAndNothingIsSaved() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        for (String bad : new String[] {"13", "0", "-1", "abc", "4.5"}) {
            HttpResponse<String> r = admin.save(SECTION, widgetId, Collections.singletonMap("fields['maxItems'].value", bad));
            assertEquals("save of count '" + bad + "' is refused (form shown again)", 200, r.statusCode());
            String errors = Http.parse(r).select(".errors .fieldError, span.error").text();
            assertTrue("an error is shown for count '" + bad + "': " + errors, !errors.trim().isEmpty());
            if (bad.matches("-?\\d+")) {
                assertTrue("range message for count '" + bad + "': " + errors,
                        errors.contains("The number of products must be a whole number from 1 to 12. You entered '"
                                + bad + "'."));
            }
            assertEquals("count unchanged after '" + bad + "'", 4, ((Number) WidgetRows.value(widgetId, "MAX_ITEMS")).intValue());
        }
    }

    /** A value no drop-down offers (a hand-made request) is refused quoted, and nothing is saved. */
    @Test
    public void aSlotOrTypeNotInTheListIsRefusedAndNothingIsSaved() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        for (String[] bad : new String[][] {{"slot", "BASKET"}, {"widgetType", "<b>RELATED</b>"}}) {
            HttpResponse<String> r = admin.save(SECTION, widgetId, Collections.singletonMap("fields['" + bad[0]
                    + "'].value", bad[1]));
            assertEquals(bad[0] + " '" + bad[1] + "' refused: the form is shown again", 200, r.statusCode());
            String errors = Http.parse(r).select(".errors .fieldError, span.error").text();
            assertTrue(errors, errors.contains("Pick one of the list (") && errors.contains("). You entered '" + bad[1]
                    + "'."));
        }
        assertEquals("PRODUCT", WidgetRows.value(widgetId, "SLOT_KEY"));
        assertEquals("RELATED_PRODUCTS", WidgetRows.value(widgetId, "WIDGET_TYPE"));
    }

    /** A widget a running experiment tests cannot move to another slot mid-run; it still saves in its own. */
    @Test
    public void aWidgetOfARunningExperimentStaysInTheExperimentsSlot() throws Exception {
        long experiment = 990_401;
        WidgetRows.update("INSERT INTO UPLIFT_EXPERIMENT (EXPERIMENT_ID, NAME, SLOT, WIDGET_ID, HOLDOUT_PERCENT,"
                + " VARIANTS_TEXT, STATE, STARTED_AT, SALT) VALUES (" + experiment + ", 'Moving test', 'product', "
                + widgetId + ", 10, 'a 50\nb 50', 'RUNNING', CURRENT_TIMESTAMP, 'x')");
        try {
            AdminSession admin = AdminSession.login("admin", "admin");
            HttpResponse<String> r = admin.save(SECTION, widgetId, Collections.singletonMap("fields['slot'].value",
                    "CART"));
            assertEquals("refused: the form is shown again", 200, r.statusCode());
            String errors = Http.parse(r).select(".errors .fieldError, span.error").text();
            assertTrue(errors, errors.contains("The running experiment 'Moving test' tests this widget in the slot"
                    + " 'product': stop it first"));
            assertEquals("PRODUCT", WidgetRows.value(widgetId, "SLOT_KEY"));
            HttpResponse<String> same = admin.save(SECTION, widgetId, Map.of("fields['slot'].value", "PRODUCT",
                    "fields['maxItems'].value", "5"));
            assertEquals(same.body(), 302, same.statusCode());
            assertEquals(5, ((Number) WidgetRows.value(widgetId, "MAX_ITEMS")).intValue());
        } finally {
            WidgetRows.update("DELETE FROM UPLIFT_EXPERIMENT WHERE EXPERIMENT_ID = " + experiment);
        }
    }

    @Test
    public void emptyTitleIsRejectedAndNothingIsSaved() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        for (String bad : new String[] {"", "   "}) {
            HttpResponse<String> r = admin.save(SECTION, widgetId, Collections.singletonMap("fields['title'].value", bad));
            assertEquals("save of title '" + bad + "' is refused", 200, r.statusCode());
            assertTrue("an error is shown for title '" + bad + "'",
                    !Http.parse(r).select(".errors .fieldError, span.error").text().trim().isEmpty());
            assertEquals("You may also like", WidgetRows.value(widgetId, "TITLE"));
        }
    }

    @Test
    public void turningTheWidgetOffInTheAdminRemovesItFromTheStorefrontWithoutRestart() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        Map<String, String> off = Collections.singletonMap("fields['enabled'].value", "false");
        HttpResponse<String> r = admin.save(SECTION, widgetId, off);
        assertEquals("valid save redirects", 302, r.statusCode());
        assertEquals(Boolean.FALSE, WidgetRows.value(widgetId, "ENABLED"));

        // no manual refresh here: the site's own background refresh must pick the change up
        long start = System.nanoTime();
        Http shopper = new Http();
        while (true) {
            Document page = Http.parse(shopper.get(DemoStoreHarness.site(productUrl)));
            if (page.selectFirst(".uplift-widget--related-products") == null) {
                break;
            }
            assertTrue("widget still shown 15 s after the admin turned it off", System.nanoTime() - start < 15_000_000_000L);
            Thread.sleep(200);
        }
        System.out.println("admin toggle reached the storefront in " + (System.nanoTime() - start) / 1_000_000 + " ms");

        HttpResponse<String> on = admin.save(SECTION, widgetId, Collections.singletonMap("fields['enabled'].value", "true"));
        assertEquals(302, on.statusCode());
        WidgetRows.refreshSite();
        assertNotNull(Http.parse(shopper.get(DemoStoreHarness.site(productUrl))).selectFirst(".uplift-widget--related-products"));
    }

    @Test
    public void anonymousUserCannotOpenTheSection() throws Exception {
        HttpResponse<String> r = new Http().get(DemoStoreHarness.admin(SECTION));
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").contains("/login"));
    }
}
