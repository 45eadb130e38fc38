package io.uplift.demo.it;

import io.uplift.admin.install.UpliftAdminMenuInstaller;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * Security review of the plugin's admin side, by discovery so a new screen cannot be forgotten: every Uplift section
 * (each {@code *_URL} of {@link UpliftAdminMenuInstaller}: Broadleaf entity screens and the plugin's own pages) and
 * every request mapping of every {@code @Controller} in {@code io.uplift.admin} answers 403 to a signed-in admin user
 * who lacks the plugin's permissions, for GET and for POST carrying the session's valid CSRF token (so the refusal is
 * the permission check, not the CSRF filter; entity screens get the fields of the full admin's add form, so Broadleaf
 * reaches its permission check); the Uplift menu is invisible to that user; and the full admin sees
 * each section.
 */
public class AdminSecurityIT {

    private static final long NO_PERMISSION_ID = 990_301;
    private static final String LOGIN = "noplugin";

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
        if (Sql.count("SELECT COUNT(*) FROM BLC_ADMIN_USER WHERE ADMIN_USER_ID = " + NO_PERMISSION_ID) == 0) {
            // role -2: Broadleaf's demo merchandising role, without any of the plugin's permissions
            WidgetRows.update("INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, ACTIVE_STATUS_FLAG, EMAIL, LOGIN, NAME,"
                    + " PASSWORD) VALUES (" + NO_PERMISSION_ID + ", TRUE, 'noplugin@example.com', '" + LOGIN
                    + "', 'No plugin', '" + LOGIN + "')");
            WidgetRows.update("INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES ("
                    + NO_PERMISSION_ID + ", -2)");
        }
    }

    /** The admin's Uplift sections: every {@code public static final String *_URL} of the menu installer. */
    static List<String> sections() throws IllegalAccessException {
        List<String> urls = new ArrayList<>();
        for (Field f : UpliftAdminMenuInstaller.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && f.getName().endsWith("_URL")) {
                urls.add((String) f.get(null));
            }
        }
        assertTrue("sections found: " + urls, urls.size() >= 12);
        return urls;
    }

    /** path -> methods of every request mapping of the plugin's admin controllers ({id} etc. replaced by 1). */
    static Map<String, TreeSet<String>> mappings() throws Exception {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        Map<String, TreeSet<String>> out = new LinkedHashMap<>();
        for (BeanDefinition d : scan.findCandidateComponents("io.uplift.admin")) {
            Class<?> type = Class.forName(d.getBeanClassName());
            RequestMapping base = AnnotationUtils.findAnnotation(type, RequestMapping.class);
            String[] prefixes = base == null || base.value().length == 0 ? new String[] {""} : base.value();
            for (Method m : type.getMethods()) {
                RequestMapping r = AnnotationUtils.findAnnotation(m, RequestMapping.class);
                if (r == null) {
                    continue;
                }
                for (String prefix : prefixes) {
                    for (String value : r.value().length == 0 ? new String[] {""} : r.value()) {
                        String path = (prefix + value).replaceAll("\\{[^}]+}", "1");
                        TreeSet<String> methods = out.computeIfAbsent(path, k -> new TreeSet<>());
                        if (r.method().length == 0) {
                            methods.add("GET");
                            methods.add("POST");
                        }
                        for (RequestMethod rm : r.method()) {
                            methods.add(rm.name());
                        }
                    }
                }
            }
        }
        assertTrue("controller mappings found: " + out.keySet(), out.size() >= 10);
        return out;
    }

    @Test
    public void everyUpliftScreenAndEndpointRefusesAnAdminWithoutThePluginsPermissions() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        AdminSession user = AdminSession.login(LOGIN, LOGIN);
        Document products = Http.parse(user.http.get(DemoStoreHarness.admin("/product")));
        assertEquals("no Uplift link in the menu: " + products.select("a[href*=/uplift-]").eachAttr("href"), 0,
                products.select("a[href*=/uplift-]").size());
        Element token = Http.parse(user.http.get(DemoStoreHarness.admin("/product/" + Shopper.productId(
                "Nova X 128 GB")))).selectFirst("input[name=csrfToken]");
        assertNotNull("the session's CSRF token on a page the user may see", token);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrfToken", token.attr("value"));

        List<String> checked = new ArrayList<>();
        for (String section : sections()) {
            for (String path : new String[] {section, section + "/1", section + "/add"}) {
                assertEquals("GET " + path, 403, user.http.get(DemoStoreHarness.admin(path)).statusCode());
                checked.add("GET " + path);
            }
            // Broadleaf's entity screens: post what the full admin's add form holds, with this user's CSRF token
            Element add = Http.parse(admin.http.get(DemoStoreHarness.admin(section + "/add")))
                    .selectFirst("form:has(input[name=ceilingEntityClassname])");
            Map<String, String> fields = new LinkedHashMap<>(add == null ? Map.of() : Http.formFields(add));
            fields.putAll(form);
            for (String path : new String[] {section + "/1", section + "/add"}) {
                assertEquals("POST " + path, 403, user.http.post(DemoStoreHarness.admin(path), fields).statusCode());
                checked.add("POST " + path);
            }
        }
        for (Map.Entry<String, TreeSet<String>> m : mappings().entrySet()) {
            for (String method : m.getValue()) {
                HttpResponse<String> r = "POST".equals(method)
                        ? user.http.post(DemoStoreHarness.admin(m.getKey()), form)
                        : user.http.get(DemoStoreHarness.admin(m.getKey()));
                assertEquals(method + " " + m.getKey(), 403, r.statusCode());
                checked.add(method + " " + m.getKey());
            }
        }
        System.out.println("AdminSecurityIT: 403 for " + checked.size() + " requests: " + checked);

        // the same CSRF token is good: the user can still use what its role allows
        assertEquals(200, user.http.get(DemoStoreHarness.admin("/product")).statusCode());
    }

    /**
     * An admin whose only permission of the plugin is "View Uplift widgets" (with Broadleaf's merchandiser role, which
     * cannot read customers) sees the dashboard but not the experiments' results, and previews suggestions but not for
     * a customer, whose preview would tell what they bought.
     */
    @Test
    public void anAdminWhoMayOnlyViewWidgetsSeesNoExperimentResultsNorACustomersPurchases() throws Exception {
        long viewerRole = 990_311;
        long viewerId = 990_312;
        String login = "widgetsonly";
        if (Sql.count("SELECT COUNT(*) FROM BLC_ADMIN_USER WHERE ADMIN_USER_ID = " + viewerId) == 0) {
            WidgetRows.update("INSERT INTO BLC_ADMIN_ROLE (ADMIN_ROLE_ID, DESCRIPTION, NAME) VALUES (" + viewerRole
                    + ", 'Uplift widgets viewer', 'ROLE_UPLIFT_WIDGETS_VIEWER')");
            WidgetRows.update("INSERT INTO BLC_ADMIN_ROLE_PERMISSION_XREF (ADMIN_ROLE_ID, ADMIN_PERMISSION_ID) VALUES ("
                    + viewerRole + ", -7110)"); // View Uplift widgets
            WidgetRows.update("INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, ACTIVE_STATUS_FLAG, EMAIL, LOGIN, NAME,"
                    + " PASSWORD) VALUES (" + viewerId + ", TRUE, 'widgetsonly@example.com', '" + login
                    + "', 'Widgets only', '" + login + "')");
            WidgetRows.update("INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (" + viewerId
                    + ", -2)");
            WidgetRows.update("INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (" + viewerId
                    + ", " + viewerRole + ")");
        }
        long experiment = 990_313;
        WidgetRows.update("INSERT INTO UPLIFT_EXPERIMENT (EXPERIMENT_ID, NAME, SLOT, WIDGET_ID, HOLDOUT_PERCENT,"
                + " VARIANTS_TEXT, STATE, STARTED_AT, STOPPED_AT, SALT) VALUES (" + experiment + ", 'Secret test',"
                + " 'product', " + WidgetRows.relatedWidgetId() + ", 10, 'a 50\nb 50', 'STOPPED', CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, 'x')");
        try {
            AdminSession admin = AdminSession.login("admin", "admin");
            AdminSession viewer = AdminSession.login(login, login);
            Document full = Http.parse(admin.http.get(DemoStoreHarness.admin("/uplift-dashboard")));
            assertNotNull("the full admin sees the experiment's results",
                    full.selectFirst(".uplift-experiment[data-experiment=" + experiment + "]"));
            assertNull(full.selectFirst(".uplift-experiments-hidden"));
            HttpResponse<String> r = viewer.http.get(DemoStoreHarness.admin("/uplift-dashboard"));
            assertEquals("the dashboard is the widgets' viewer's", 200, r.statusCode());
            Document limited = Http.parse(r);
            assertNull("no experiment's results", limited.selectFirst(".uplift-experiment"));
            assertFalse(r.body(), r.body().contains("Secret test"));
            assertNotNull("the page says why", limited.selectFirst(".uplift-experiments-hidden"));

            long customer = Sql.ids("SELECT CUSTOMER_ID FROM BLC_ORDER WHERE ORDER_STATUS = 'SUBMITTED'"
                    + " ORDER BY ORDER_ID").get(0);
            String preview = "/uplift-recommendations?slot=confirmation&customerId=" + customer;
            Document refused = Http.parse(viewer.http.get(DemoStoreHarness.admin(preview)));
            String errors = refused.select("#uplift-preview-errors").text();
            assertTrue(errors, errors.contains("previewing for a customer needs Broadleaf's permission to read customers"));
            assertNull("no preview", refused.selectFirst("#uplift-preview"));
            assertNotNull("the viewer previews without a customer", Http.parse(viewer.http.get(DemoStoreHarness.admin(
                    "/uplift-recommendations?slot=confirmation"))).selectFirst("#uplift-preview"));
            assertNotNull("the full admin previews for the customer", Http.parse(admin.http.get(
                    DemoStoreHarness.admin(preview))).selectFirst("#uplift-preview"));
        } finally {
            WidgetRows.update("DELETE FROM UPLIFT_EXPERIMENT WHERE EXPERIMENT_ID = " + experiment);
        }
    }

    @Test
    public void theFullAdminSeesEverySection() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        Document home = Http.parse(admin.http.get(DemoStoreHarness.admin("/product")));
        for (String section : sections()) {
            assertEquals(section, 200, admin.http.get(DemoStoreHarness.admin(section)).statusCode());
            assertNotNull("menu link to " + section, home.selectFirst("a[href$=" + section + "]"));
        }
    }

    /**
     * Every Uplift screen speaks to the admin in words, not in message keys: its list or page, its "add" form and the
     * edit form of its first entity (Broadleaf entity screens) show no Thymeleaf marker of a missing message
     * ({@code ??key_en_US??}) and no key of the plugin's messages ({@code Uplift...}), and the menu shows none either
     * (Uplift > Experiments once read "UpliftExperiments").
     */
    @Test
    public void everyScreenShowsWordsNotMessageKeys() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("\\?\\?[\\w.]+\\?\\?|\\bUplift[A-Z]\\w*");
        List<String> pages = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (String section : sections()) {
            Document list = Http.parse(admin.http.get(DemoStoreHarness.admin(section)));
            pages.add(section);
            assertNoKey(key, section, list, found);
            Element first = list.selectFirst("tr[data-link]");
            Document add = Http.parse(admin.http.get(DemoStoreHarness.admin(section + "/add")));
            if (add.selectFirst("form:has(input[name=ceilingEntityClassname])") != null) {
                pages.add(section + "/add");
                assertNoKey(key, section + "/add", add, found);
            }
            if (first != null) {
                String link = first.attr("data-link");
                pages.add(link);
                assertNoKey(key, link, Http.parse(admin.http.get("http://127.0.0.1:"
                        + DemoStoreHarness.store().getAdminPort() + link)), found);
            }
        }
        assertTrue("keys shown: " + found, found.isEmpty());
        assertTrue("entity forms read: " + pages, pages.size() > sections().size() + 8);
    }

    /**
     * Below the plugin's own pages there are no Broadleaf generic screens of their entities (the e-mails' page once
     * had an "Add New UpliftMailSettingsImpl" form at {@code /uplift-emails/add} that could write a second settings
     * row): a GET goes to the page, a POST is 404 and writes nothing, and the pages' own addresses still work.
     */
    @Test
    public void belowTheOwnPagesThereAreNoGenericEntityScreens() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        Element token = Http.parse(admin.http.get(DemoStoreHarness.admin("/product/" + Shopper.productId(
                "Nova X 128 GB")))).selectFirst("input[name=csrfToken]");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrfToken", token.attr("value"));
        form.put("fields['id'].value", "2");
        long settingsRows = Sql.count("SELECT COUNT(*) FROM UPLIFT_MAIL_SETTINGS");
        for (String page : new String[] {UpliftAdminMenuInstaller.EMAILS_URL, UpliftAdminMenuInstaller.DASHBOARD_URL,
                UpliftAdminMenuInstaller.RECOMMENDATIONS_URL, UpliftAdminMenuInstaller.OFFER_LIMITS_URL,
                UpliftAdminMenuInstaller.PROPOSALS_URL, UpliftAdminMenuInstaller.BUNDLE_SUGGESTIONS_URL}) {
            for (String below : new String[] {"/add", "/1", "/1/anything"}) {
                HttpResponse<String> get = admin.http.get(DemoStoreHarness.admin(page + below));
                assertEquals("GET " + page + below, 302, get.statusCode());
                assertTrue("GET " + page + below + " to the page", get.headers().firstValue("Location").orElse("")
                        .endsWith("/admin" + page));
                assertEquals("POST " + page + below, 404, admin.http.post(DemoStoreHarness.admin(page + below), form)
                        .statusCode());
            }
            assertEquals(page, 200, admin.http.get(DemoStoreHarness.admin(page)).statusCode());
        }
        assertEquals("no settings row written", settingsRows, Sql.count("SELECT COUNT(*) FROM UPLIFT_MAIL_SETTINGS"));
        assertEquals("the pages' own addresses", 200, admin.http.get(DemoStoreHarness.admin(
                UpliftAdminMenuInstaller.DASHBOARD_URL + "/daily.csv")).statusCode());
        assertEquals(200, admin.http.get(DemoStoreHarness.admin(UpliftAdminMenuInstaller.RECOMMENDATIONS_URL
                + "/status")).statusCode());
    }

    private static void assertNoKey(java.util.regex.Pattern key, String page, Document document, List<String> found) {
        String text = document.body().text();
        java.util.regex.Matcher m = key.matcher(text);
        while (m.find()) {
            found.add(page + " shows '" + m.group() + "' in: ..." + text.substring(Math.max(0, m.start() - 80),
                    Math.min(text.length(), m.end() + 80)) + "...");
        }
    }
}
