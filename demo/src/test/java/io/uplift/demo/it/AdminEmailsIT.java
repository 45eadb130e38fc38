package io.uplift.demo.it;

import io.uplift.broadleaf.mail.JdbcMailSettings;
import io.uplift.engine.mail.MailKind;
import io.uplift.engine.mail.MailSettings;
import io.uplift.engine.mail.UsageTips;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * Uplift &gt; E-mails in the real Broadleaf admin (its own JVM, the shared database): settings saved and refused with
 * the bad value quoted (nothing changed), previews of both e-mails for a real order and a real cart rendered by the
 * same composer and templates as the send, the log of the schedule, and 403 for an admin without the permission.
 */
public class AdminEmailsIT {

    static final String SECTION = "/uplift-emails";

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
        settings().save(MailIT.SETTINGS);
    }

    @After
    public void restore() throws Exception {
        settings().save(MailIT.SETTINGS);
    }

    static JdbcMailSettings settings() {
        return DemoStoreHarness.siteContext().getBean("blUpliftMailSettings", JdbcMailSettings.class);
    }

    @Test
    public void settingsAreSavedAndBadValuesRefusedQuotingThem() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        Document page = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION)));
        Element form = page.selectFirst("form.uplift-emails-form");
        assertNotNull(page.html(), form);
        assertEquals("1", form.selectFirst("input[name=postPurchaseDelayMinutes]").val());
        assertEquals("category 2: Turn on automatic backups first.", form.selectFirst("textarea[name=usageTips]").text());

        String[][] bad = {
                {"postPurchaseDelayMinutes", "0", "post-purchase delay (minutes) must be between 1 and 43200: 0"},
                {"abandonedAfterMinutes", "ten", "Cart idle time (minutes) must be a whole number: 'ten'"},
                {"resendHours", "9000", "resend period (hours) must be between 1 and 8760: 9000"},
                {"suggestions", "7", "suggestions per e-mail must be between 1 and 6: 7"},
                {"postPurchaseSubject", " ", "post-purchase subject must not be empty: ' '"},
                {"usageTips", "Nova: charge it", "usage tips line 1 must read 'product id: tip' or 'category id: tip': 'Nova: charge it'"},
                {"abandonedCartEnabled", "yes", "Abandoned-cart e-mail must be on or off: 'yes'"},
                {"usageTips", "987654321: Charge it", "usage tips name product 987654321, which is not in the catalog"},
                {"usageTips", "category 987654321: Update it", "usage tips name category 987654321, which is not in the"
                        + " catalog"}};
        for (String[] b : bad) {
            Map<String, String> fields = Http.formFields(form);
            fields.put(b[0], b[1]);
            HttpResponse<String> r = admin.http.post(DemoStoreHarness.admin(SECTION), fields);
            assertEquals(b[0] + ": " + r.body(), 400, r.statusCode());
            Element error = Http.parse(r).selectFirst(".uplift-emails-error");
            assertNotNull(r.body(), error);
            assertEquals("Nothing was saved: " + b[2], error.text());
            assertEquals("nothing changed", MailIT.SETTINGS, settings().load());
        }

        Map<String, String> fields = Http.formFields(form);
        fields.remove("postPurchaseEnabled");
        fields.put("postPurchaseDelayMinutes", "2880");
        fields.put("postPurchaseSubject", "Ideas for your new things");
        fields.put("abandonedAfterMinutes", "240");
        fields.put("resendHours", "72");
        fields.put("suggestions", "3");
        String tips = Shopper.productId("Nova X 128 GB") + ": Charge it fully first.\ncategory "
                + Sql.ids("SELECT CATEGORY_ID FROM BLC_CATEGORY WHERE NAME = 'Audio'").get(0) + ": Update it first.";
        fields.put("usageTips", tips);
        HttpResponse<String> r = admin.http.post(DemoStoreHarness.admin(SECTION), fields);
        assertEquals(r.body(), 302, r.statusCode());
        MailSettings saved = new MailSettings(false, 2880, "Ideas for your new things", true, 240,
                "You left something in your cart", 72, 3, UsageTips.parse(tips));
        assertEquals("the storefront reads what the admin saved", saved, settings().load());
        page = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION)));
        assertEquals("Saved: " + saved + ". The storefront's scheduler applies it at its next round.",
                page.selectFirst(".uplift-message").text());
        assertTrue(page.selectFirst("input[name=postPurchaseEnabled]").attr("checked").isEmpty());
    }

    @Test
    public void previewsBothEmailsForARealOrderAndCartAndRefusesUnknownOnes() throws Exception {
        String email = MailIT.unique("preview");
        String number = MailIT.guestOrder(email, "Nova X 128 GB");
        AdminSession admin = AdminSession.login("admin", "admin");

        HttpResponse<String> r = admin.http.get(DemoStoreHarness.admin(SECTION + "/preview?kind=POST_PURCHASE&ref=" + number));
        assertEquals(r.body(), 200, r.statusCode());
        Document page = Http.parse(r);
        assertEquals(email, page.selectFirst(".uplift-emails-preview-to").text());
        assertEquals("Picked for you after your order", page.selectFirst(".uplift-emails-preview-subject").text());
        Document html = Jsoup.parse(page.selectFirst(".uplift-emails-preview iframe").attr("srcdoc"));
        assertEquals(number, html.selectFirst(".uplift-mail__order").text());
        assertTrue("suggestions in the preview", !html.select(".uplift-mail__suggestion").isEmpty());
        assertTrue("preview links are not tracked", html.selectFirst(".uplift-mail__suggestion a").attr("href")
                .startsWith(DemoStoreHarness.site("/")) && !html.selectFirst(".uplift-mail__suggestion a").attr("href")
                .contains("/uplift/mail/click"));
        assertTrue(page.selectFirst(".uplift-emails-preview-text").text().contains(number));

        // the log lists the order's scheduled e-mail
        long jobId = MailIT.store().about(MailKind.POST_PURCHASE, Orders.orderId(number)).get(0).getId();
        Element row = page.selectFirst("tr.uplift-emails-job[data-job-id=" + jobId + "]");
        assertNotNull("the log row of the order's e-mail", row);
        assertEquals("PENDING", row.selectFirst(".uplift-emails-status").text());

        String owner = MailIT.unique("preview-cart");
        MailIT.registered(owner, "Pia").add("Laptop Sleeve 16 in", 2);
        long cartId = MailIT.cartOf(owner);
        r = admin.http.get(DemoStoreHarness.admin(SECTION + "/preview?kind=ABANDONED_CART&ref=" + cartId));
        assertEquals(r.body(), 200, r.statusCode());
        html = Jsoup.parse(Http.parse(r).selectFirst(".uplift-emails-preview iframe").attr("srcdoc"));
        assertEquals("Hello Pia,", html.selectFirst(".uplift-mail__greeting").text());
        assertEquals("\u00d7 2", html.selectFirst(".uplift-mail__quantity").text());

        for (String[] bad : new String[][] {{"POST_PURCHASE", "NOPE-1", "No preview: no order with the number 'NOPE-1'"},
                {"ABANDONED_CART", "abc", "No preview: a cart id is a number: 'abc'"},
                {"WELCOME", "1", "No preview: unknown e-mail kind: 'WELCOME' (known: [POST_PURCHASE, ABANDONED_CART])"}}) {
            r = admin.http.get(DemoStoreHarness.admin(SECTION + "/preview?kind=" + bad[0] + "&ref=" + bad[1]));
            assertEquals(400, r.statusCode());
            assertEquals(bad[2], Http.parse(r).selectFirst(".uplift-emails-preview-error").text());
        }
    }

    @Test
    public void anAdminWithoutTheEmailsPermissionCannotSeePreviewOrSave() throws Exception {
        WidgetRows.update("DELETE FROM BLC_ADMIN_USER_ROLE_XREF WHERE ADMIN_USER_ID = 912");
        WidgetRows.update("DELETE FROM BLC_ADMIN_USER WHERE ADMIN_USER_ID = 912");
        WidgetRows.update("INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, ACTIVE_STATUS_FLAG, EMAIL, LOGIN, NAME, PASSWORD)"
                + " VALUES (912, TRUE, 'mailmerch@example.com', 'mailmerch', 'Merchandiser', 'mailmerch')");
        WidgetRows.update("INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (912, -2)");
        AdminSession merch = AdminSession.login("mailmerch", "mailmerch");
        assertEquals(403, merch.http.get(DemoStoreHarness.admin(SECTION)).statusCode());
        assertEquals(403, merch.http.get(DemoStoreHarness.admin(SECTION + "/preview?kind=POST_PURCHASE&ref=x")).statusCode());
        Element token = Http.parse(merch.http.get(DemoStoreHarness.admin("/product/" + Shopper.productId("Nova X 128 GB"))))
                .selectFirst("input[name=csrfToken]");
        assertNotNull("the merchandiser's CSRF token", token);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrfToken", token.attr("value"));
        fields.put("postPurchaseEnabled", "on");
        fields.put("postPurchaseDelayMinutes", "5");
        fields.put("postPurchaseSubject", "Hello");
        fields.put("abandonedAfterMinutes", "5");
        fields.put("abandonedCartSubject", "Hello");
        fields.put("resendHours", "5");
        fields.put("suggestions", "2");
        assertEquals(403, merch.http.post(DemoStoreHarness.admin(SECTION), fields).statusCode());
        assertEquals("nothing saved", MailIT.SETTINGS, settings().load());
    }
}
