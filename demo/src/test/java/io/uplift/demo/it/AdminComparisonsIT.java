package io.uplift.demo.it;

import io.uplift.admin.install.UpliftAdminMenuInstaller;
import io.uplift.broadleaf.upsell.ComparisonGroupsCache;
import io.uplift.broadleaf.upsell.domain.UpliftComparisonGroupImpl;
import io.uplift.broadleaf.upsell.domain.UpliftComparisonMemberImpl;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManagerFactory;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The comparison groups in the real Broadleaf admin (a separate JVM on the shared database): Uplift &gt; Comparisons
 * (Broadleaf's entity screen with the versions as an adorned target collection), Uplift &gt; Comparison proposals
 * (groups proposed from the up-sale lists, accepted with one button; the storefront then shows the table) and the
 * order counts behind social proof, checked against counts computed here from the order tables.
 */
public class AdminComparisonsIT {

    private static final String SECTION = "/uplift-comparisons";
    private static final String PROPOSALS = "/uplift-comparison-proposals";
    private static final String NOVA_X_ATTRIBUTES = "storage, ram, satellite SOS, battery, screen, camera";
    private static final long MERCH_ID = 901;

    private List<Long> proposed;

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
        proposed = new ArrayList<>();
        for (String name : new String[] {"Pixelle 8 128 GB", "Pixelle 8 256 GB", "Pixelle 8 512 GB", "Wireless Earbuds",
                "Wireless Earbuds Pro", "Protection Plan 1 Year", "Protection Plan 2 Years", "Protection Plan 3 Years"}) {
            proposed.add(Shopper.productId(name));
        }
        cleanUp();
    }

    /**
     * Removes the groups tests create (those holding a product the seeded store leaves ungrouped, or named like the
     * proposals), restores Nova X and removes the test user.
     */
    @After
    public void cleanUp() throws Exception {
        String ids = proposed.toString().replaceAll("[\\[\\] ]", "");
        List<Long> groups = new ArrayList<>();
        try (Connection c = DemoStoreHarness.jdbc(); PreparedStatement s = c.prepareStatement("SELECT GROUP_ID FROM"
                + " UPLIFT_COMPARISON_MEMBER WHERE PRODUCT_ID IN (" + ids + ") UNION SELECT GROUP_ID FROM"
                + " UPLIFT_COMPARISON_GROUP WHERE GROUP_ID > 4 AND NAME IN ('Pixelle 8', 'Wireless Earbuds', 'Protection Plan')");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                groups.add(rs.getLong(1));
            }
        }
        if (!groups.isEmpty()) {
            String in = groups.toString().replaceAll("[\\[\\] ]", "");
            WidgetRows.update("DELETE FROM UPLIFT_COMPARISON_MEMBER WHERE GROUP_ID IN (" + in + ")");
            WidgetRows.update("DELETE FROM UPLIFT_COMPARISON_GROUP WHERE GROUP_ID IN (" + in + ")");
        }
        WidgetRows.update("UPDATE UPLIFT_COMPARISON_GROUP SET ATTRIBUTES='" + NOVA_X_ATTRIBUTES + "', OFFER_TEXT=NULL,"
                + " OFFER_ENDS=NULL WHERE GROUP_ID=1");
        WidgetRows.update("DELETE FROM BLC_ADMIN_USER_ROLE_XREF WHERE ADMIN_USER_ID = " + MERCH_ID);
        WidgetRows.update("DELETE FROM BLC_ADMIN_USER WHERE ADMIN_USER_ID = " + MERCH_ID);
        DemoStoreHarness.siteContext().getBean("blUpliftComparisonGroups", ComparisonGroupsCache.class).refresh();
    }

    @Test
    public void theSectionListsTheSeededGroupsAndAGroupShowsItsVersionsInOrder() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        HttpResponse<String> list = admin.http.get(DemoStoreHarness.admin(SECTION));
        assertEquals(200, list.statusCode());
        Document page = Http.parse(list);
        assertNotNull("menu link", page.selectFirst("a[href$=" + SECTION + "]"));
        assertNotNull("menu link to the proposals", page.selectFirst("a[href$=" + PROPOSALS + "]"));
        List<String> names = page.select("#listGrid-main td[data-fieldname=name]").eachAttr("data-fieldvalue");
        assertTrue("seeded groups listed: " + names, names.containsAll(Arrays.asList("Nova X", "Nova X Max", "Aero 14",
                "Forge 16")));

        Element form = admin.editForm(SECTION, 1);
        assertEquals("Nova X", form.selectFirst("input[name=fields['name'].value]").attr("value"));
        assertEquals(NOVA_X_ATTRIBUTES, form.selectFirst("input[name=fields['attributes'].value]").attr("value"));
        List<String> versions = form.select("#listGrid-inline-members td[data-fieldname=defaultSku.name]")
                .eachAttr("data-fieldvalue");
        assertEquals(Arrays.asList("Nova X 128 GB", "Nova X 256 GB", "Nova X 512 GB"), versions);
        assertTrue("the versions grid acts in this section", form.select(".sub-list-grid-add").attr("data-actionurl")
                .startsWith("/admin" + SECTION + "/1/members/add"));
    }

    @Test
    public void aGroupIsBuiltInTheAdminVersionByVersionAndReordered() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        Element add = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION + "/add")))
                .selectFirst("form:has(input[name=ceilingEntityClassname])");
        Map<String, String> fields = new LinkedHashMap<>(Http.formFields(add));
        fields.put("fields['name'].value", "Wireless Earbuds");
        fields.put("fields['enabled'].value", "true");
        fields.put("fields['attributes'].value", "battery, noise cancelling");
        HttpResponse<String> created = admin.http.post(DemoStoreHarness.admin(SECTION + "/add"), fields);
        assertEquals(created.body(), 302, created.statusCode());
        String location = created.headers().firstValue("Location").orElse("");
        long group = Long.parseLong(location.replaceAll(".*/", ""));

        long pro = Shopper.productId("Wireless Earbuds Pro");
        long basic = Shopper.productId("Wireless Earbuds");
        for (long product : new long[] {pro, basic}) {
            // the product lookup of the versions grid, then the selection as the admin's script posts it
            Document modal = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION + "/" + group
                    + "/members/add?sectionCrumbs=uplift-comparisons--" + group)));
            assertNotNull("the product lookup lists the product", modal.selectFirst("tr[data-rowid=" + product + "]"));
            Map<String, String> pick = new LinkedHashMap<>(Http.formFields(modal.selectFirst("form.modal-form")));
            pick.put(modal.selectFirst("input#adornedTargetIdProperty").attr("name"), String.valueOf(product));
            HttpResponse<String> added = admin.http.post(DemoStoreHarness.admin(SECTION + "/" + group + "/members/add"),
                    pick);
            assertEquals(added.body(), 200, added.statusCode());
        }
        assertEquals("added in order, sequences from 1", Arrays.asList(pro + ":1", basic + ":2"), members(group));

        // drag the basic version to the top
        Map<String, String> move = new LinkedHashMap<>();
        move.put("newSequence", "0");
        move.put("csrfToken", add.selectFirst("input[name=csrfToken]").attr("value"));
        HttpResponse<String> moved = admin.http.postAccept(DemoStoreHarness.admin(SECTION + "/" + group + "/members/"
                + basic + "/sequence"), move, "application/json, */*");
        assertEquals(moved.body(), 200, moved.statusCode());
        assertEquals(Arrays.asList(basic + ":1", pro + ":2"), members(group));
        List<String> shown = admin.editForm(SECTION, group).select("#listGrid-inline-members td[data-fieldname=defaultSku.name]")
                .eachAttr("data-fieldvalue");
        assertEquals(Arrays.asList("Wireless Earbuds", "Wireless Earbuds Pro"), shown);
    }

    @Test
    public void aProductThatIsAVersionOfAGroupIsNotOfferedForAnotherAndNotAddedToIt() throws Exception {
        WidgetRows.update("INSERT INTO UPLIFT_COMPARISON_GROUP (GROUP_ID, NAME, ENABLED) VALUES (900200, 'Wireless Earbuds',"
                + " TRUE)");
        long group = 900200;
        long earbuds = Shopper.productId("Wireless Earbuds");
        long novaX = Shopper.productId("Nova X 128 GB");
        assertEquals(1, groupOf(novaX));
        List<Long> grouped = new ArrayList<>();
        try (Connection c = DemoStoreHarness.jdbc(); PreparedStatement s = c.prepareStatement(
                "SELECT DISTINCT PRODUCT_ID FROM UPLIFT_COMPARISON_MEMBER"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                grouped.add(rs.getLong(1));
            }
        }
        assertTrue("the seeded groups hold versions: " + grouped, grouped.size() >= 10);

        // the versions grid's product lookup offers only products that are no group's version
        AdminSession admin = AdminSession.login("admin", "admin");
        Document modal = versionLookup(admin, group);
        List<String> offered = modal.select("tr[data-rowid]").eachAttr("data-rowid");
        assertTrue("ungrouped products are offered: " + offered, offered.contains(String.valueOf(earbuds))
                && offered.size() >= 20);
        for (Long p : grouped) {
            assertTrue("product " + p + " is a version of a group and is not offered", !offered.contains(String.valueOf(p)));
        }
        // the catalog's own product list still has them
        Document catalog = Http.parse(admin.http.get(DemoStoreHarness.admin("/product")));
        assertNotNull(catalog.selectFirst("tr[data-rowid=" + novaX + "]"));

        // a version of Nova X picked by hand (as the admin's script would post it) is refused, nothing is stored
        HttpResponse<String> refused = pickVersion(admin, modal, group, novaX);
        assertEquals(refused.body(), 409, refused.statusCode());
        Document dialog = Http.parse(refused);
        assertEquals("one element, which the admin's script shows as a dialog", 1, dialog.body().children().size());
        assertEquals("Not added", dialog.selectFirst(".modal.uplift-refusal h3").text());
        assertEquals("'Nova X 128 GB' (product " + novaX + ") is already a version of the comparison group 'Nova X'. A"
                + " product belongs to one group, so that its page shows one table: remove it there first.",
                dialog.selectFirst(".uplift-refusal-message").text());
        assertEquals(Collections.emptyList(), members(group));
        assertEquals("still Nova X's only", 1, count("SELECT COUNT(*) FROM UPLIFT_COMPARISON_MEMBER WHERE PRODUCT_ID = "
                + novaX));

        // an ungrouped product is added, and is then no longer offered
        HttpResponse<String> added = pickVersion(admin, modal, group, earbuds);
        assertEquals(added.body(), 200, added.statusCode());
        assertTrue("the saved grid, no errors", Http.parse(added).select(".errors").isEmpty());
        assertEquals(Collections.singletonList(earbuds + ":1"), members(group));
        assertNull(versionLookup(admin, group).selectFirst("tr[data-rowid=" + earbuds + "]"));
    }

    @Test
    public void aProductThatRowsWrittenPastTheAdminPutInTwoGroupsIsNamed() throws Exception {
        long novaX = Shopper.productId("Nova X 256 GB");
        long earbuds = Shopper.productId("Wireless Earbuds");
        WidgetRows.update("INSERT INTO UPLIFT_COMPARISON_GROUP (GROUP_ID, NAME, ENABLED) VALUES (900300, 'Wireless Earbuds',"
                + " TRUE)");
        WidgetRows.update("INSERT INTO UPLIFT_COMPARISON_MEMBER (MEMBER_ID, GROUP_ID, PRODUCT_ID, SEQUENCE) VALUES (900300,"
                + " 900300, " + earbuds + ", 1), (900301, 900300, " + novaX + ", 2)");
        AdminSession admin = AdminSession.login("admin", "admin");
        String rejected = Http.parse(admin.http.get(DemoStoreHarness.admin(PROPOSALS))).select("#uplift-rejected").text();
        assertTrue(rejected, rejected.contains("product " + novaX + " is a version of the comparison groups 'Nova X' and"
                + " 'Wireless Earbuds': its page shows the table of 'Nova X'"));
    }

    /** The product lookup of the group's versions grid, as the admin's script opens it. */
    private static Document versionLookup(AdminSession admin, long group) throws Exception {
        return Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION + "/" + group
                + "/members/add?sectionCrumbs=uplift-comparisons--" + group)));
    }

    /** Posts the lookup's form with this product selected, as the admin's script does on a click of its row. */
    private static HttpResponse<String> pickVersion(AdminSession admin, Document lookup, long group, long product)
            throws Exception {
        Map<String, String> pick = new LinkedHashMap<>(Http.formFields(lookup.selectFirst("form.modal-form")));
        pick.put(lookup.selectFirst("input#adornedTargetIdProperty").attr("name"), String.valueOf(product));
        return admin.http.post(DemoStoreHarness.admin(SECTION + "/" + group + "/members/add"), pick);
    }

    @Test
    public void attributesAndAnOfferWithEndDateAreSaved() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("fields['attributes'].value", "storage, ram, battery");
        changes.put("fields['offerText'].value", "Free case with every 512 GB");
        changes.put("fields['offerEnds'].value", "2099.01.31 23:59:00");
        HttpResponse<String> r = admin.save(SECTION, 1, changes);
        assertEquals(r.body(), 302, r.statusCode());
        assertEquals("storage, ram, battery", groupValue(1, "ATTRIBUTES"));
        assertEquals("Free case with every 512 GB", groupValue(1, "OFFER_TEXT"));
        assertEquals(Timestamp.valueOf("2099-01-31 23:59:00"), groupValue(1, "OFFER_ENDS"));
    }

    @Test
    public void anOfferWithoutEndDateIsRefusedWithTheMessageAndNothingIsSaved() throws Exception {
        assertOfferRefused("", "A limited-time offer needs both a text (at most 120 characters) and an end date.");
    }

    /** Saving group 1 with an offer ending at {@code ends} (and other changes) is refused with the message. */
    private static void assertOfferRefused(String ends, String message) throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("fields['offerText'].value", "Free case with every 512 GB");
        changes.put("fields['offerEnds'].value", ends);
        changes.put("fields['attributes'].value", "storage, ram");
        HttpResponse<String> r = admin.save(SECTION, 1, changes);
        assertEquals("refused: the form is shown again", 200, r.statusCode());
        assertTrue(Http.parse(r).text(), Http.parse(r).text().contains(message));
        assertNull("no offer saved", groupValue(1, "OFFER_TEXT"));
        assertEquals("nothing else saved either", NOVA_X_ATTRIBUTES, groupValue(1, "ATTRIBUTES"));
    }

    @Test
    public void anOfferWhoseEndHasPassedIsRefusedQuotingItAndNothingIsSaved() throws Exception {
        assertOfferRefused("2020.01.31 23:59:00", "The offer's end has passed, so the offer would never show: set a later"
                + " end, or clear the offer text. You entered '2020.01.31 23:59:00'.");
    }

    @Test
    public void theProposalsComeFromTheUpSaleListsWithVersionsOrderedByPrice() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        HttpResponse<String> r = admin.http.get(DemoStoreHarness.admin(PROPOSALS));
        assertEquals(200, r.statusCode());
        Document page = Http.parse(r);
        assertNotNull("menu link", page.selectFirst("a[href$=" + PROPOSALS + "]"));
        List<String> names = page.select(".uplift-proposal-name").eachText();
        assertEquals("the ungrouped families with up-sales", Arrays.asList("Pixelle 8", "Wireless Earbuds", "Protection Plan"),
                names);

        Element pixelle = proposal(page, "Pixelle 8");
        assertEquals(Arrays.asList("Pixelle 8 128 GB", "Pixelle 8 256 GB", "Pixelle 8 512 GB"),
                pixelle.select(".uplift-version-name").eachText());
        assertEquals(Arrays.asList("$499.00", "$579.00", "$699.00"), pixelle.select(".uplift-version-price").eachText());
        List<String> attributes = pixelle.select("tr.uplift-attribute").eachAttr("data-attribute");
        List<String> differs = pixelle.select("tr.uplift-attribute").eachAttr("data-differs");
        assertTrue("storage and ram differ: " + attributes, attributes.subList(0, 2).containsAll(Arrays.asList("storage", "ram")));
        assertEquals("differing attributes first", Arrays.asList("true", "true", "false", "false", "false", "false"), differs);
        assertEquals(Arrays.asList("128 GB", "256 GB", "512 GB"),
                pixelle.select("tr[data-attribute=storage] td").eachText());
        assertEquals(2, proposal(page, "Wireless Earbuds").select(".uplift-version").size());
        assertEquals(Arrays.asList("Protection Plan 1 Year", "Protection Plan 2 Years", "Protection Plan 3 Years"),
                proposal(page, "Protection Plan").select(".uplift-version-name").eachText());
        for (String seeded : new String[] {"Nova X", "Aero 14"}) {
            assertTrue("a grouped family is not proposed: " + names, !names.contains(seeded));
        }
        assertNotNull("no group is left out by the storefront", page.selectFirst("#uplift-no-rejected"));
    }

    @Test
    public void acceptingAProposalCreatesTheGroupOnceAndTheStorefrontShowsItsTable() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        long p128 = Shopper.productId("Pixelle 8 128 GB");
        String url = Shopper.productUrl(p128);
        Http shopper = new Http();
        assertNull("no table before", Http.parse(shopper.get(DemoStoreHarness.site(url))).selectFirst(".uplift-compare"));

        Document page = Http.parse(admin.http.get(DemoStoreHarness.admin(PROPOSALS)));
        Map<String, String> accept = Http.formFields(proposal(page, "Pixelle 8").selectFirst("form.uplift-accept-form"));
        assertTrue("the admin's CSRF token is in the form", !accept.getOrDefault("csrfToken", "").isEmpty());
        HttpResponse<String> r = admin.http.post(DemoStoreHarness.admin(PROPOSALS + "/accept"), accept);
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith(PROPOSALS));
        Document after = Http.parse(admin.http.get(DemoStoreHarness.admin(PROPOSALS)));
        assertTrue(after.select("#uplift-message").text(), after.select("#uplift-message").text()
                .startsWith("Created the comparison group 'Pixelle 8' with 3 versions"));
        assertTrue("no longer proposed", !after.select(".uplift-proposal-name").eachText().contains("Pixelle 8"));

        long group = groupOf(p128);
        assertEquals("Pixelle 8", groupValue(group, "NAME"));
        assertEquals(Boolean.TRUE, groupValue(group, "ENABLED"));
        assertTrue((String) groupValue(group, "ATTRIBUTES"), ((String) groupValue(group, "ATTRIBUTES")).matches("(ram, storage|storage, ram), .*"));
        assertEquals(Arrays.asList(p128 + ":1", Shopper.productId("Pixelle 8 256 GB") + ":2",
                Shopper.productId("Pixelle 8 512 GB") + ":3"), members(group));
        assertEquals(1, count("SELECT COUNT(*) FROM UPLIFT_COMPARISON_GROUP WHERE NAME = 'Pixelle 8'"));

        // the storefront's own background refresh picks the group up (every 2 s): no manual refresh here
        long start = System.nanoTime();
        Element table;
        while ((table = Http.parse(shopper.get(DemoStoreHarness.site(url))).selectFirst(".uplift-compare")) == null) {
            assertTrue("no comparison table 15 s after the accept", System.nanoTime() - start < 15_000_000_000L);
            Thread.sleep(250);
        }
        assertEquals(String.valueOf(group), table.attr("data-uplift-group"));
        System.out.println("accepted group reached the storefront in " + (System.nanoTime() - start) / 1_000_000 + " ms");

        // the same proposal again (e.g. a second tab or a double click): nothing more is created
        long groups = count("SELECT COUNT(*) FROM UPLIFT_COMPARISON_GROUP");
        long members = count("SELECT COUNT(*) FROM UPLIFT_COMPARISON_MEMBER");
        HttpResponse<String> again = admin.http.post(DemoStoreHarness.admin(PROPOSALS + "/accept"), accept);
        assertEquals(302, again.statusCode());
        String message = Http.parse(admin.http.get(DemoStoreHarness.admin(PROPOSALS))).select("#uplift-message").text();
        assertTrue(message, message.startsWith("Nothing was created: these products are already in a comparison group:"));
        assertTrue(message, message.contains("Pixelle 8 128 GB (in 'Pixelle 8')"));
        assertEquals(groups, count("SELECT COUNT(*) FROM UPLIFT_COMPARISON_GROUP"));
        assertEquals(members, count("SELECT COUNT(*) FROM UPLIFT_COMPARISON_MEMBER"));
    }

    @Test
    public void aTamperedAcceptCreatesNothing() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        Document page = Http.parse(admin.http.get(DemoStoreHarness.admin(PROPOSALS)));
        Map<String, String> accept = Http.formFields(proposal(page, "Pixelle 8").selectFirst("form.uplift-accept-form"));
        long groups = count("SELECT COUNT(*) FROM UPLIFT_COMPARISON_GROUP");
        String p128 = String.valueOf(Shopper.productId("Pixelle 8 128 GB"));
        String cable = String.valueOf(Shopper.productId("USB-C Cable 1 m"));
        for (String key : new String[] {p128 + "-" + cable, "<b>", ""}) {
            accept.put("key", key);
            assertEquals(302, admin.http.post(DemoStoreHarness.admin(PROPOSALS + "/accept"), accept).statusCode());
            String message = Http.parse(admin.http.get(DemoStoreHarness.admin(PROPOSALS))).select("#uplift-message").text();
            assertTrue("'" + key + "': " + message, message.startsWith("Nothing was created"));
        }
        assertEquals(groups, count("SELECT COUNT(*) FROM UPLIFT_COMPARISON_GROUP"));
    }

    @Test
    public void theCountsShownForNovaXEqualCountsFromTheOrderTables() throws Exception {
        List<Long> versions = new ArrayList<>();
        for (String m : members(1)) {
            versions.add(Long.valueOf(m.split(":")[0]));
        }
        AdminSession admin = AdminSession.login("admin", "admin");
        long before = System.currentTimeMillis();
        Document page = Http.parse(admin.http.get(DemoStoreHarness.admin(PROPOSALS)));
        long after = System.currentTimeMillis();
        Element nova = page.selectFirst("tbody.uplift-counts-group[data-group-id=1]");
        assertNotNull("counts of Nova X", nova);
        assertEquals("default window", "90", nova.attr("data-window"));
        // the page counted at a moment between before and after: an order can only leave the window in between
        long totalLoose = ordersSince(before - 90L * 86_400_000L, versions);
        long totalStrict = ordersSince(after - 90L * 86_400_000L, versions);
        long shown = Long.parseLong(nova.attr("data-total-orders"));
        assertTrue("total " + shown + " within [" + totalStrict + ", " + totalLoose + "]", shown >= totalStrict && shown <= totalLoose);
        assertTrue("a real sample: " + shown, shown >= 30);
        assertEquals("true", nova.attr("data-sample-met"));
        assertTrue(nova.text(), nova.text().contains(shown + " orders in the last 90 days"));
        long sum = 0;
        for (Long v : versions) {
            Element row = nova.selectFirst("tr[data-product-id=" + v + "]");
            assertNotNull("row of version " + v, row);
            long orders = Long.parseLong(row.attr("data-orders"));
            long loose = ordersSince(before - 90L * 86_400_000L, Arrays.asList(v));
            long strict = ordersSince(after - 90L * 86_400_000L, Arrays.asList(v));
            assertTrue("orders of " + v + ": " + orders + " within [" + strict + ", " + loose + "]", orders >= strict && orders <= loose);
            assertEquals("floored share of " + v, String.valueOf(orders * 100 / shown), row.attr("data-share"));
            assertTrue(orders > 0);
            sum += orders;
        }
        assertTrue("an order may hold two versions, never fewer than the family's total", sum >= shown);
    }

    @Test
    public void anAdminWithoutThePermissionIsRefusedAndSeesNoMenu() throws Exception {
        WidgetRows.update("INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, ACTIVE_STATUS_FLAG, EMAIL, LOGIN, NAME, PASSWORD)"
                + " VALUES (" + MERCH_ID + ", TRUE, 'merch2@example.com', 'merch2', 'Merchandiser', 'merch2')");
        WidgetRows.update("INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (" + MERCH_ID + ", -2)");
        AdminSession merch = AdminSession.login("merch2", "merch2");
        Document products = Http.parse(merch.http.get(DemoStoreHarness.admin("/product")));
        assertNull("no link to Comparisons", products.selectFirst("a[href$=" + SECTION + "]"));
        assertNull("no link to the proposals", products.selectFirst("a[href$=" + PROPOSALS + "]"));
        assertEquals(403, merch.http.get(DemoStoreHarness.admin(PROPOSALS)).statusCode());
        assertEquals("Broadleaf's entity screen refuses", 403, merch.http.get(DemoStoreHarness.admin(SECTION)).statusCode());
        assertEquals(403, merch.http.get(DemoStoreHarness.admin(SECTION + "/1")).statusCode());

        Element token = Http.parse(merch.http.get(DemoStoreHarness.admin("/product/" + Shopper.productId("Nova X 128 GB"))))
                .selectFirst("input[name=csrfToken]");
        assertNotNull("the merchandiser's CSRF token", token);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrfToken", token.attr("value"));
        form.put("key", Shopper.productId("Pixelle 8 128 GB") + "-" + Shopper.productId("Pixelle 8 256 GB") + "-"
                + Shopper.productId("Pixelle 8 512 GB"));
        long groups = count("SELECT COUNT(*) FROM UPLIFT_COMPARISON_GROUP");
        assertEquals(403, merch.http.post(DemoStoreHarness.admin(PROPOSALS + "/accept"), form).statusCode());
        assertEquals(groups, count("SELECT COUNT(*) FROM UPLIFT_COMPARISON_GROUP"));
    }

    @Test
    public void aGroupTheStorefrontLeavesOutIsListedWithTheReason() throws Exception {
        long earbuds = Shopper.productId("Wireless Earbuds");
        WidgetRows.update("INSERT INTO UPLIFT_COMPARISON_GROUP (GROUP_ID, NAME, ENABLED) VALUES (900100, 'Wireless Earbuds', TRUE)");
        WidgetRows.update("INSERT INTO UPLIFT_COMPARISON_MEMBER (MEMBER_ID, GROUP_ID, PRODUCT_ID, SEQUENCE) VALUES (900100, 900100, "
                + earbuds + ", 1)");
        AdminSession admin = AdminSession.login("admin", "admin");
        Document page = Http.parse(admin.http.get(DemoStoreHarness.admin(PROPOSALS)));
        String rejected = page.select("#uplift-rejected").text();
        assertTrue(rejected, rejected.contains("comparison group 900100 ignored: comparison group 'Wireless Earbuds':"
                + " needs at least two versions"));
        assertTrue("its products are not proposed again", !page.select(".uplift-proposal-name").eachText()
                .contains("Wireless Earbuds"));
        Element counts = page.selectFirst("tbody.uplift-counts-group[data-group-id=900100]");
        assertTrue(counts.text(), counts.text().contains("needs at least two versions"));
    }

    @Test
    public void theMenuInstallerAddsTheComparisonsOnceOverAnEarlierVersion() throws Exception {
        // what an earlier plugin version installed: the Uplift module without the comparison sections and permissions
        WidgetRows.update("DELETE FROM BLC_ADMIN_ROLE_PERMISSION_XREF WHERE ADMIN_PERMISSION_ID IN (-7114, -7115)");
        WidgetRows.update("DELETE FROM BLC_ADMIN_SEC_PERM_XREF WHERE ADMIN_SECTION_ID IN (-7103, -7104)");
        WidgetRows.update("DELETE FROM BLC_ADMIN_SECTION WHERE ADMIN_SECTION_ID IN (-7103, -7104)");
        WidgetRows.update("DELETE FROM BLC_ADMIN_PERMISSION_XREF WHERE ADMIN_PERMISSION_ID IN (-7114, -7115)");
        WidgetRows.update("DELETE FROM BLC_ADMIN_PERMISSION_ENTITY WHERE ADMIN_PERMISSION_ID IN (-7104, -7105)");
        WidgetRows.update("DELETE FROM BLC_ADMIN_PERMISSION WHERE ADMIN_PERMISSION_ID IN (-7104, -7105, -7114, -7115)");
        assertEquals(0, count("SELECT COUNT(*) FROM BLC_ADMIN_SECTION WHERE URL = '" + SECTION + "'"));
        long others = count("SELECT COUNT(*) FROM BLC_ADMIN_SECTION WHERE ADMIN_SECTION_ID BETWEEN -7199 AND -7100");

        UpliftAdminMenuInstaller installer = new UpliftAdminMenuInstaller(DemoStoreHarness.siteContext()
                .getBean("entityManagerFactory", EntityManagerFactory.class));
        installer.install();
        installer.install(); // a second start changes nothing

        assertEquals(others + 2, count("SELECT COUNT(*) FROM BLC_ADMIN_SECTION WHERE ADMIN_SECTION_ID BETWEEN -7199 AND -7100"));
        assertEquals(1, count("SELECT COUNT(*) FROM BLC_ADMIN_SECTION WHERE URL = '" + SECTION + "' AND CEILING_ENTITY = '"
                + UpliftComparisonGroupImpl.class.getName() + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM BLC_ADMIN_SECTION WHERE URL = '" + PROPOSALS + "'"));
        assertEquals(4, count("SELECT COUNT(*) FROM BLC_ADMIN_PERMISSION WHERE ADMIN_PERMISSION_ID IN (-7104, -7105, -7114, -7115)"));
        assertEquals("Maintain Uplift comparisons", stringOf("SELECT DESCRIPTION FROM BLC_ADMIN_PERMISSION"
                + " WHERE ADMIN_PERMISSION_ID = -7115"));
        assertEquals("group and member classes, read and all", 8,
                count("SELECT COUNT(*) FROM BLC_ADMIN_PERMISSION_ENTITY WHERE ADMIN_PERMISSION_ID IN (-7104, -7105)"));
        assertEquals(1, count("SELECT COUNT(*) FROM BLC_ADMIN_PERMISSION_ENTITY WHERE ADMIN_PERMISSION_ID = -7105"
                + " AND CEILING_ENTITY = '" + UpliftComparisonMemberImpl.class.getName() + "'"));
        assertEquals(4, count("SELECT COUNT(*) FROM BLC_ADMIN_SEC_PERM_XREF WHERE ADMIN_SECTION_ID IN (-7103, -7104)"));
        assertEquals("granted to ROLE_ADMIN once", 1,
                count("SELECT COUNT(*) FROM BLC_ADMIN_ROLE_PERMISSION_XREF WHERE ADMIN_ROLE_ID = -1 AND ADMIN_PERMISSION_ID = -7115"));
        assertEquals(200, AdminSession.login("admin", "admin").http.get(DemoStoreHarness.admin(SECTION)).statusCode());
    }

    private static Element proposal(Document page, String name) {
        for (Element p : page.select(".uplift-proposal")) {
            if (p.selectFirst(".uplift-proposal-name").text().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no proposal '" + name + "' in " + page.select(".uplift-proposal-name").eachText());
    }

    /** "productId:sequence" of the group's members, in sequence order. */
    private static List<String> members(long group) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DemoStoreHarness.jdbc(); PreparedStatement s = c.prepareStatement(
                "SELECT PRODUCT_ID, SEQUENCE FROM UPLIFT_COMPARISON_MEMBER WHERE GROUP_ID = ? ORDER BY SEQUENCE, MEMBER_ID")) {
            s.setLong(1, group);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1) + ":" + rs.getBigDecimal(2).stripTrailingZeros().toPlainString());
                }
            }
        }
        return out;
    }

    private static long groupOf(long product) throws Exception {
        return count("SELECT MAX(GROUP_ID) FROM UPLIFT_COMPARISON_MEMBER WHERE PRODUCT_ID = " + product);
    }

    private static Object groupValue(long group, String column) throws Exception {
        try (Connection c = DemoStoreHarness.jdbc(); PreparedStatement s = c.prepareStatement(
                "SELECT " + column + " FROM UPLIFT_COMPARISON_GROUP WHERE GROUP_ID = ?")) {
            s.setLong(1, group);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue("group " + group + " exists", rs.next());
                return rs.getObject(1);
            }
        }
    }

    private static String stringOf(String sql) throws Exception {
        try (Connection c = DemoStoreHarness.jdbc(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = DemoStoreHarness.jdbc(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Submitted orders since the moment that hold any of the products, counted here without the plugin's code: each
     * order once, however many lines or versions it has.
     */
    private static long ordersSince(long sinceMillis, List<Long> products) throws Exception {
        String in = products.toString().replaceAll("[\\[\\] ]", "");
        String sql = "SELECT COUNT(*) FROM BLC_ORDER o WHERE o.ORDER_STATUS = 'SUBMITTED' AND o.SUBMIT_DATE >= ?"
                + " AND EXISTS (SELECT 1 FROM BLC_ORDER_ITEM i JOIN BLC_DISCRETE_ORDER_ITEM d"
                + " ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID WHERE i.ORDER_ID = o.ORDER_ID AND d.PRODUCT_ID IN (" + in + "))";
        try (Connection c = DemoStoreHarness.jdbc(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, new Timestamp(sinceMillis));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
