package io.uplift.demo.it;

import io.uplift.broadleaf.bundle.BundlesCache;
import io.uplift.engine.bundle.Bundle;
import io.uplift.engine.learn.LearningService;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The bundles in the real Broadleaf admin (a separate JVM on the shared database): Uplift &gt; Bundles (Broadleaf's
 * entity screen with the companions as an adorned target collection, validated on save) and Uplift &gt; Bundle
 * suggestions (suggestions from the co-purchase statistics with their figures, checked against counts computed here
 * from the order tables; accepted with one button, once). The storefront's bundle cache (the site in this JVM) then
 * serves what the admin saved.
 */
public class AdminBundlesIT {

    private static final String SECTION = "/uplift-bundles";
    private static final String SUGGESTIONS = "/uplift-bundle-suggestions";
    private static final String DISCOUNT_MESSAGE = "The discount must be a positive number with at most two decimals;"
            + " a percentage at most 90.";
    private static final long MERCH_ID = 902;
    /** The seeded "Nova X starter set": Nova X 128 GB with its case and screen protector, 10 %. */
    private static final long STARTER_SET = 1;

    private Set<Long> bundlesBefore;
    private Object[] starterSet;

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
        bundlesBefore = new LinkedHashSet<>(ids("SELECT BUNDLE_ID FROM UPLIFT_BUNDLE"));
        starterSet = row("SELECT NAME, ENABLED, DISCOUNT_TYPE, DISCOUNT_VALUE, STARTS, ENDS FROM UPLIFT_BUNDLE"
                + " WHERE BUNDLE_ID = " + STARTER_SET);
        removeMerchandiser();
    }

    /** Removes the bundles a test created (whatever their origin), restores the starter set and removes the test user. */
    @After
    public void cleanUp() throws Exception {
        List<Long> created = ids("SELECT BUNDLE_ID FROM UPLIFT_BUNDLE");
        created.removeAll(bundlesBefore);
        if (!created.isEmpty()) {
            String in = created.toString().replaceAll("[\\[\\] ]", "");
            WidgetRows.update("DELETE FROM UPLIFT_BUNDLE_ITEM WHERE BUNDLE_ID IN (" + in + ")");
            WidgetRows.update("DELETE FROM UPLIFT_BUNDLE WHERE BUNDLE_ID IN (" + in + ")");
        }
        try (Connection c = DemoStoreHarness.jdbc(); PreparedStatement s = c.prepareStatement("UPDATE UPLIFT_BUNDLE SET"
                + " NAME = ?, ENABLED = ?, DISCOUNT_TYPE = ?, DISCOUNT_VALUE = ?, STARTS = ?, ENDS = ? WHERE BUNDLE_ID = ?")) {
            for (int i = 0; i < starterSet.length; i++) {
                s.setObject(i + 1, starterSet[i]);
            }
            s.setLong(starterSet.length + 1, STARTER_SET);
            s.executeUpdate();
        }
        removeMerchandiser();
        siteBundles().refresh();
    }

    @Test
    public void theSectionListsTheSeededBundlesDefinedByHandAndAcceptedFromSuggestions() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        HttpResponse<String> list = admin.http.get(DemoStoreHarness.admin(SECTION));
        assertEquals(200, list.statusCode());
        Document page = Http.parse(list);
        assertNotNull("menu link", page.selectFirst("a[href$=" + SECTION + "]"));
        assertNotNull("menu link to the suggestions", page.selectFirst("a[href$=" + SUGGESTIONS + "]"));
        List<String> names = page.select("#listGrid-main td[data-fieldname=name]").eachAttr("data-fieldvalue");
        assertTrue("hand-made bundles listed: " + names, names.containsAll(Arrays.asList("The Nova X starter set",
                "Aero 14 work kit", "Earbuds travel set")));
        List<String> accepted = strings("SELECT NAME FROM UPLIFT_BUNDLE WHERE ENABLED = TRUE AND ORIGIN LIKE"
                + " 'accepted from suggestion: %' ORDER BY BUNDLE_ID");
        assertTrue("at least two seeded bundles accepted from suggestions: " + accepted, accepted.size() >= 2);
        assertTrue("and listed: " + names, names.containsAll(accepted));

        Element form = admin.editForm(SECTION, STARTER_SET);
        assertEquals("The Nova X starter set", form.selectFirst("input[name=fields['name'].value]").attr("value"));
        assertEquals(String.valueOf(Shopper.productId("Nova X 128 GB")),
                form.selectFirst("input[name=fields['anchorProduct'].value]").attr("value"));
        assertEquals(Arrays.asList("Nova X Case", "Nova X Screen Protector"),
                form.select("#listGrid-inline-companions td[data-fieldname=defaultSku.name]").eachAttr("data-fieldvalue"));
        assertTrue("the companions grid acts in this section", form.select(".sub-list-grid-add").attr("data-actionurl")
                .startsWith("/admin" + SECTION + "/" + STARTER_SET + "/companions/add"));

        // the storefront serves them all: five or more products show a bundle
        BundlesCache site = siteBundles();
        site.refresh();
        Set<Long> anchors = new LinkedHashSet<>();
        for (Bundle b : site.current().active(new Date())) {
            anchors.add(b.getAnchorProductId());
        }
        assertTrue("products with a bundle on the storefront: " + anchors, anchors.size() >= 5);
        for (Long seeded : ids("SELECT BUNDLE_ID FROM UPLIFT_BUNDLE WHERE ORIGIN = 'defined by hand' OR ORIGIN LIKE"
                + " 'accepted from suggestion: %'")) {
            assertNotNull("seeded bundle " + seeded + " is served: " + site.getRejected(), site.current().byId(seeded));
        }
    }

    @Test
    public void aBundleIsBuiltInTheAdminCompanionByCompanionReorderedAndServedByTheStorefront() throws Exception {
        long headphones = Shopper.productId("Over-Ear Headphones");
        long cloth = Shopper.productId("Microfiber Cleaning Cloth");
        long ties = Shopper.productId("Reusable Cable Ties (10)");
        AdminSession admin = AdminSession.login("admin", "admin");
        Element add = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION + "/add")))
                .selectFirst("form:has(input[name=ceilingEntityClassname])");
        Map<String, String> fields = new LinkedHashMap<>(Http.formFields(add));
        String starts = adminDate(System.currentTimeMillis() - 86_400_000L);
        String ends = adminDate(System.currentTimeMillis() + 30L * 86_400_000L);
        fields.put("fields['name'].value", "Headphones care set");
        fields.put("fields['enabled'].value", "true");
        fields.put("fields['anchorProduct'].value", String.valueOf(headphones));
        fields.put("fields['discountType'].value", "AMOUNT");
        fields.put("fields['discountValue'].value", "12.50");
        fields.put("fields['starts'].value", starts);
        fields.put("fields['ends'].value", ends);
        HttpResponse<String> created = admin.http.post(DemoStoreHarness.admin(SECTION + "/add"), fields);
        assertEquals(created.body(), 302, created.statusCode());
        long bundle = Long.parseLong(created.headers().firstValue("Location").orElse("").replaceAll(".*/", ""));
        assertEquals("Headphones care set", bundleValue(bundle, "NAME"));
        assertEquals(Boolean.TRUE, bundleValue(bundle, "ENABLED"));
        assertEquals(headphones, ((Number) bundleValue(bundle, "ANCHOR_PRODUCT_ID")).longValue());
        assertEquals("AMOUNT", bundleValue(bundle, "DISCOUNT_TYPE"));
        assertEquals(0, new BigDecimal("12.50").compareTo((BigDecimal) bundleValue(bundle, "DISCOUNT_VALUE")));
        assertEquals(Timestamp.valueOf(starts.replace('.', '-')), bundleValue(bundle, "STARTS"));
        assertEquals(Timestamp.valueOf(ends.replace('.', '-')), bundleValue(bundle, "ENDS"));

        // without companions the storefront leaves it out, and the suggestions page says why
        BundlesCache site = siteBundles();
        site.refresh();
        assertNull(site.current().byId(bundle));
        assertTrue(site.getRejected().toString(), site.getRejected().toString().contains("bundle " + bundle
                + " ignored: bundle 'Headphones care set': needs 1 to 4 companion products: []"));

        for (long product : new long[] {cloth, ties}) {
            // the product lookup of the companions grid, then the selection as the admin's script posts it
            Document modal = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION + "/" + bundle
                    + "/companions/add?sectionCrumbs=uplift-bundles--" + bundle)));
            assertFalse("the product lookup lists products", modal.select("tr[data-rowid]").isEmpty());
            Map<String, String> pick = new LinkedHashMap<>(Http.formFields(modal.selectFirst("form.modal-form")));
            pick.put(modal.selectFirst("input#adornedTargetIdProperty").attr("name"), String.valueOf(product));
            HttpResponse<String> added = admin.http.post(DemoStoreHarness.admin(SECTION + "/" + bundle
                    + "/companions/add"), pick);
            assertEquals(added.body(), 200, added.statusCode());
        }
        assertEquals("added in order, sequences from 1", Arrays.asList(cloth + ":1", ties + ":2"), items(bundle));

        // drag the cable ties to the top
        Map<String, String> move = new LinkedHashMap<>();
        move.put("newSequence", "0");
        move.put("csrfToken", add.selectFirst("input[name=csrfToken]").attr("value"));
        HttpResponse<String> moved = admin.http.postAccept(DemoStoreHarness.admin(SECTION + "/" + bundle
                + "/companions/" + ties + "/sequence"), move, "application/json");
        assertEquals(moved.body(), 200, moved.statusCode());
        assertEquals(Arrays.asList(ties + ":1", cloth + ":2"), items(bundle));
        assertEquals(Arrays.asList("Reusable Cable Ties (10)", "Microfiber Cleaning Cloth"), admin.editForm(SECTION, bundle)
                .select("#listGrid-inline-companions td[data-fieldname=defaultSku.name]").eachAttr("data-fieldvalue"));

        site.refresh();
        Bundle served = site.current().byId(bundle);
        assertNotNull("the storefront serves the bundle: " + site.getRejected(), served);
        assertEquals(Arrays.asList(ties, cloth), served.getCompanions());
        assertEquals(Bundle.DiscountType.AMOUNT, served.getDiscountType());
        assertEquals(0, new BigDecimal("12.50").compareTo(served.getDiscountValue()));
        assertEquals(Arrays.asList(served), site.current().activeForAnchor(headphones, new Date()));
    }

    @Test
    public void theLookupLeavesOutTheSetAndAPickOfTheAnchorOrAFifthIsRefusedInADialog() throws Exception {
        long headphones = Shopper.productId("Over-Ear Headphones");
        long[] four = {Shopper.productId("Microfiber Cleaning Cloth"), Shopper.productId("Reusable Cable Ties (10)"),
                Shopper.productId("Sticker Pack"), Shopper.productId("Lens Wipes (30)")};
        long fifth = Shopper.productId("Cable Organizer Pouch");
        long bundle = 900500;
        WidgetRows.update("INSERT INTO UPLIFT_BUNDLE (BUNDLE_ID, NAME, ENABLED, ANCHOR_PRODUCT_ID, DISCOUNT_TYPE,"
                + " DISCOUNT_VALUE) VALUES (" + bundle + ", 'Headphones care set', FALSE, " + headphones + ", 'PERCENT', 5)");
        for (int i = 0; i < four.length; i++) {
            WidgetRows.update("INSERT INTO UPLIFT_BUNDLE_ITEM (ITEM_ID, BUNDLE_ID, PRODUCT_ID, SEQUENCE) VALUES ("
                    + (bundle + i) + ", " + bundle + ", " + four[i] + ", " + (i + 1) + ")");
        }
        List<String> before = items(bundle);
        assertEquals(4, before.size());
        AdminSession admin = AdminSession.login("admin", "admin");

        // the lookup offers neither the anchor nor the companions, but other products
        List<String> offered = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION + "/" + bundle
                + "/companions/add?sectionCrumbs=uplift-bundles--" + bundle))).select("tr[data-rowid]").eachAttr("data-rowid");
        assertTrue(offered.toString(), offered.contains(String.valueOf(Shopper.productId("Nova X Case")))
                && offered.size() >= 20);
        assertFalse("no anchor: " + offered, offered.contains(String.valueOf(headphones)));
        for (long companion : four) {
            assertFalse("no companion: " + offered, offered.contains(String.valueOf(companion)));
        }
        assertTrue("another bundle's lookup offers them", Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION + "/"
                + STARTER_SET + "/companions/add?sectionCrumbs=uplift-bundles--" + STARTER_SET))).select("tr[data-rowid]")
                .eachAttr("data-rowid").contains(String.valueOf(headphones)));

        HttpResponse<String> anchor = pickCompanion(admin, bundle, headphones);
        assertEquals(anchor.body(), 409, anchor.statusCode());
        assertEquals("'Over-Ear Headphones' (product " + headphones + ") is this bundle's anchor product (the page that"
                + " shows the set); a companion is another product.",
                Http.parse(anchor).selectFirst(".modal.uplift-refusal .uplift-refusal-message").text());
        HttpResponse<String> full = pickCompanion(admin, bundle, fifth);
        assertEquals(full.body(), 409, full.statusCode());
        assertEquals("This bundle already has 4 companions, the most a set can have (4): remove one before adding"
                + " 'Cable Organizer Pouch' (product " + fifth + ").",
                Http.parse(full).selectFirst(".uplift-refusal-message").text());
        assertEquals("nothing added", before, items(bundle));

        // picking one that already is a companion stays Broadleaf's no-op; with one removed, the fifth goes in
        assertEquals(200, pickCompanion(admin, bundle, four[0]).statusCode());
        assertEquals(before, items(bundle));
        WidgetRows.update("DELETE FROM UPLIFT_BUNDLE_ITEM WHERE BUNDLE_ID = " + bundle + " AND PRODUCT_ID = " + four[3]);
        HttpResponse<String> added = pickCompanion(admin, bundle, fifth);
        assertEquals(added.body(), 200, added.statusCode());
        assertEquals(4, items(bundle).size());
        assertTrue(items(bundle).toString(), items(bundle).get(3).startsWith(fifth + ":"));
    }

    @Test
    public void theAnchorsLookupLeavesOutTheCompanionsAndACompanionAsAnchorIsRefused() throws Exception {
        long wipes = Shopper.productId("Lens Wipes (30)");
        long cloth = Shopper.productId("Microfiber Cleaning Cloth");
        long stickers = Shopper.productId("Sticker Pack");
        long pouch = Shopper.productId("Cable Organizer Pouch");
        long bundle = 900600;
        WidgetRows.update("INSERT INTO UPLIFT_BUNDLE (BUNDLE_ID, NAME, ENABLED, ANCHOR_PRODUCT_ID, DISCOUNT_TYPE,"
                + " DISCOUNT_VALUE) VALUES (" + bundle + ", 'Lens care set', FALSE, " + wipes + ", 'PERCENT', 5)");
        WidgetRows.update("INSERT INTO UPLIFT_BUNDLE_ITEM (ITEM_ID, BUNDLE_ID, PRODUCT_ID, SEQUENCE) VALUES ("
                + bundle + ", " + bundle + ", " + cloth + ", 1)");
        WidgetRows.update("INSERT INTO UPLIFT_BUNDLE_ITEM (ITEM_ID, BUNDLE_ID, PRODUCT_ID, SEQUENCE) VALUES ("
                + (bundle + 1) + ", " + bundle + ", " + stickers + ", 2)");
        AdminSession admin = AdminSession.login("admin", "admin");

        // the anchor's lookup, at the address the bundle's page gives it: the companions are not offered
        Element lookup = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION + "/" + bundle)))
                .selectFirst("[data-select-url*=anchorProduct/select]");
        assertNotNull("the anchor's lookup button", lookup);
        String url = "http://127.0.0.1:" + DemoStoreHarness.store().getAdminPort() + lookup.attr("data-select-url");
        assertTrue(url, url.endsWith("requestingEntityId=" + bundle));
        assertTrue("its first page: " + url, Http.parse(admin.http.get(url)).select("tr[data-rowid]").size() >= 20);
        // each product looked for by name (Broadleaf's own filter parameter), so that an absence is not paging
        String other = url.replace("requestingEntityId=" + bundle, "requestingEntityId=" + STARTER_SET);
        for (String companion : new String[] {"Microfiber Cleaning Cloth", "Sticker Pack"}) {
            String id = String.valueOf(Shopper.productId(companion));
            assertFalse("no companion " + companion, anchorLookup(admin, url, companion).contains(id));
            assertTrue("another bundle's anchor lookup offers " + companion, anchorLookup(admin, other, companion)
                    .contains(id));
        }
        assertTrue(anchorLookup(admin, url, "Cable Organizer Pouch").contains(String.valueOf(pouch)));
        assertTrue("the anchor itself", anchorLookup(admin, url, "Lens Wipes (30)").contains(String.valueOf(wipes)));

        // a companion saved as the anchor anyway (a hand-made request, or a filtered lookup): refused, nothing saved
        HttpResponse<String> refused = admin.save(SECTION, bundle, java.util.Collections.singletonMap(
                "fields['anchorProduct'].value", String.valueOf(cloth)));
        assertEquals(200, refused.statusCode());
        assertTrue(Http.parse(refused).text(), Http.parse(refused).text().contains("'Microfiber Cleaning Cloth' (product "
                + cloth + ") is a companion of this bundle, so it cannot be its anchor (the page that shows the set):"
                + " remove it from the companions first, or pick another product."));
        assertEquals(wipes, ((Number) bundleValue(bundle, "ANCHOR_PRODUCT_ID")).longValue());

        HttpResponse<String> saved = admin.save(SECTION, bundle, java.util.Collections.singletonMap(
                "fields['anchorProduct'].value", String.valueOf(pouch)));
        assertEquals(saved.body(), 302, saved.statusCode());
        assertEquals(pouch, ((Number) bundleValue(bundle, "ANCHOR_PRODUCT_ID")).longValue());
    }

    /** The product ids a to-one product lookup offers when filtered by a product's name. */
    private static List<String> anchorLookup(AdminSession admin, String url, String name) throws Exception {
        return Http.parse(admin.http.get(url + "&defaultSku.name=" + java.net.URLEncoder.encode(name, "UTF-8")))
                .select("tr[data-rowid]").eachAttr("data-rowid");
    }

    /** The companions lookup's form posted with this product picked, as the admin's script does on a click. */
    private static HttpResponse<String> pickCompanion(AdminSession admin, long bundle, long product) throws Exception {
        Document modal = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION + "/" + bundle
                + "/companions/add?sectionCrumbs=uplift-bundles--" + bundle)));
        Map<String, String> pick = new LinkedHashMap<>(Http.formFields(modal.selectFirst("form.modal-form")));
        pick.put(modal.selectFirst("input#adornedTargetIdProperty").attr("name"), String.valueOf(product));
        return admin.http.post(DemoStoreHarness.admin(SECTION + "/" + bundle + "/companions/add"), pick);
    }

    @Test
    public void badValuesAreRefusedWithTheValidatorsMessagesAndNothingIsSaved() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        for (String bad : new String[] {"0", "-5", "10.123", "95", "90.01"}) {
            HttpResponse<String> r = admin.save(SECTION, STARTER_SET, java.util.Collections.singletonMap(
                    "fields['discountValue'].value", bad));
            assertEquals("discount '" + bad + "' refused: the form is shown again", 200, r.statusCode());
            assertTrue("message for '" + bad + "'", Http.parse(r).text().contains(DISCOUNT_MESSAGE));
            assertEquals("nothing saved after '" + bad + "'", 0,
                    new BigDecimal("10").compareTo((BigDecimal) bundleValue(STARTER_SET, "DISCOUNT_VALUE")));
        }
        HttpResponse<String> text = admin.save(SECTION, STARTER_SET, java.util.Collections.singletonMap(
                "fields['discountValue'].value", "abc"));
        assertEquals(200, text.statusCode());
        assertTrue(Http.parse(text).text(), Http.parse(text).text().contains("Field must be a valid decimal"));

        Map<String, String> dates = new LinkedHashMap<>();
        dates.put("fields['starts'].value", "2099.12.24 00:00:00");
        dates.put("fields['ends'].value", "2099.12.01 00:00:00");
        dates.put("fields['name'].value", "Renamed while the dates are wrong");
        HttpResponse<String> r = admin.save(SECTION, STARTER_SET, dates);
        assertEquals(200, r.statusCode());
        assertTrue(Http.parse(r).text(), Http.parse(r).text().contains("The end must be after the start."));
        assertNull("no start saved", bundleValue(STARTER_SET, "STARTS"));
        assertNull("no end saved", bundleValue(STARTER_SET, "ENDS"));
        assertEquals("nothing else saved either", "The Nova X starter set", bundleValue(STARTER_SET, "NAME"));

        // an amount may exceed 90; a new bundle with a bad discount is not created
        HttpResponse<String> amount = admin.save(SECTION, STARTER_SET, twoFields("fields['discountType'].value", "AMOUNT",
                "fields['discountValue'].value", "95"));
        assertEquals(302, amount.statusCode());
        assertEquals(0, new BigDecimal("95").compareTo((BigDecimal) bundleValue(STARTER_SET, "DISCOUNT_VALUE")));
        long bundles = count("SELECT COUNT(*) FROM UPLIFT_BUNDLE");
        Element add = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION + "/add")))
                .selectFirst("form:has(input[name=ceilingEntityClassname])");
        Map<String, String> fields = new LinkedHashMap<>(Http.formFields(add));
        fields.put("fields['name'].value", "Zero discount set");
        fields.put("fields['enabled'].value", "true");
        fields.put("fields['anchorProduct'].value", String.valueOf(Shopper.productId("Portable Speaker")));
        fields.put("fields['discountType'].value", "PERCENT");
        fields.put("fields['discountValue'].value", "0");
        HttpResponse<String> refused = admin.http.post(DemoStoreHarness.admin(SECTION + "/add"), fields);
        assertEquals(200, refused.statusCode());
        assertTrue(Http.parse(refused).text().contains(DISCOUNT_MESSAGE));
        assertEquals(bundles, count("SELECT COUNT(*) FROM UPLIFT_BUNDLE"));
    }

    /**
     * The figures shown for each suggestion are the co-purchase model's; this test recounts them from the order
     * tables the way the model counts (each submitted order once per product, whatever its lines or quantities; an
     * order without products is no order). It compares only once the admin's model has learned every submitted order
     * (its order count equals the tables'), since other tests place orders the model learns a few seconds later.
     */
    @Test
    public void theSuggestionsShowFiguresEqualToCountsFromTheOrderTables() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        Document page = currentSuggestions(admin);
        long orders = Long.parseLong(page.selectFirst("#uplift-model").attr("data-orders"));
        List<Element> suggestions = page.select(".uplift-suggestion");
        assertTrue("suggestions listed: " + suggestions.size(), suggestions.size() >= 3);
        Set<Long> anchored = new LinkedHashSet<>(ids("SELECT ANCHOR_PRODUCT_ID FROM UPLIFT_BUNDLE WHERE ENABLED = TRUE"));
        int pairs = 0;
        for (Element s : suggestions) {
            long anchor = Long.parseLong(s.attr("data-anchor-id"));
            assertFalse("a product that anchors a bundle is not suggested: " + anchor, anchored.contains(anchor));
            long anchorOrders = ordersWith(anchor);
            assertEquals("orders with " + anchor, anchorOrders, Long.parseLong(s.attr("data-anchor-orders")));
            assertTrue(anchorOrders >= 30);
            List<Element> companions = s.select("tr.uplift-companion");
            assertTrue(companions.size() >= 1 && companions.size() <= 2);
            double lastLift = Double.MAX_VALUE;
            for (Element c : companions) {
                long companion = Long.parseLong(c.attr("data-product-id"));
                long together = ordersWith(anchor, companion);
                long companionOrders = ordersWith(companion);
                String pair = anchor + " with " + companion;
                assertEquals("orders together, " + pair, together, Long.parseLong(c.attr("data-together")));
                assertEquals("orders with the companion, " + pair, companionOrders, Long.parseLong(c.attr("data-orders")));
                assertTrue(pair, together >= 15);
                assertEquals("confidence, " + pair, String.format(Locale.US, "%.0f", (double) together / anchorOrders * 100),
                        c.attr("data-confidence"));
                double lift = (double) together * orders / ((double) anchorOrders * companionOrders);
                assertEquals("lift, " + pair, String.format(Locale.US, "%.2f", lift), c.attr("data-lift"));
                assertTrue("highest lift first, " + pair, lift <= lastLift && lift > 1);
                lastLift = lift;
                pairs++;
            }
        }
        System.out.println("bundle suggestions: " + suggestions.size() + " suggestions, " + pairs
                + " pairs recounted from " + orders + " orders");
    }

    @Test
    public void acceptingASuggestionCreatesTheBundleOnceAndTheStorefrontServesIt() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        Element first = currentSuggestions(admin).selectFirst(".uplift-suggestion");
        assertNotNull("a suggestion", first);
        long anchor = Long.parseLong(first.attr("data-anchor-id"));
        String anchorName = first.selectFirst(".uplift-anchor-name").text();
        List<Long> companions = new ArrayList<>();
        for (String id : first.select("tr.uplift-companion").eachAttr("data-product-id")) {
            companions.add(Long.valueOf(id));
        }
        Map<String, String> accept = Http.formFields(first.selectFirst("form.uplift-accept-form"));
        assertTrue("the admin's CSRF token is in the form", !accept.getOrDefault("csrfToken", "").isEmpty());
        HttpResponse<String> r = admin.http.post(DemoStoreHarness.admin(SUGGESTIONS + "/accept"), accept);
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith(SUGGESTIONS));
        Document after = Http.parse(admin.http.get(DemoStoreHarness.admin(SUGGESTIONS)));
        String message = after.select("#uplift-message").text();
        assertTrue(message, message.startsWith("Created the bundle '" + anchorName + " set' (" + anchorName + " with "));
        assertFalse("no longer suggested", after.select(".uplift-suggestion").eachAttr("data-anchor-id")
                .contains(String.valueOf(anchor)));

        List<Long> bundles = ids("SELECT BUNDLE_ID FROM UPLIFT_BUNDLE WHERE ENABLED = TRUE AND ANCHOR_PRODUCT_ID = " + anchor);
        assertEquals("one bundle for the anchor", 1, bundles.size());
        long bundle = bundles.get(0);
        assertEquals(anchorName + " set", bundleValue(bundle, "NAME"));
        assertEquals("PERCENT", bundleValue(bundle, "DISCOUNT_TYPE"));
        assertEquals(0, BigDecimal.TEN.compareTo((BigDecimal) bundleValue(bundle, "DISCOUNT_VALUE")));
        String origin = (String) bundleValue(bundle, "ORIGIN");
        assertTrue(origin, origin.startsWith("accepted from suggestion: " + anchorName + " in "
                + String.format(Locale.US, "%,d", Long.parseLong(first.attr("data-anchor-orders"))) + " of "));
        assertTrue("figures and date: " + origin, origin.matches(".*\\(together in \\d+, confidence \\d+ %, lift"
                + " \\d+\\.\\d\\d\\); \\d{4}-\\d{2}-\\d{2}"));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < companions.size(); i++) {
            expected.add(companions.get(i) + ":" + (i + 1));
        }
        assertEquals("the companions in the suggestion's order", expected, items(bundle));

        BundlesCache site = siteBundles();
        site.refresh();
        Bundle served = site.current().byId(bundle);
        assertNotNull("the storefront serves the accepted bundle: " + site.getRejected(), served);
        assertEquals(companions, served.getCompanions());
        assertEquals(Arrays.asList(served), site.current().activeForAnchor(anchor, new Date()));

        // the same suggestion again (a second tab or a double click): nothing more is created
        long all = count("SELECT COUNT(*) FROM UPLIFT_BUNDLE");
        long items = count("SELECT COUNT(*) FROM UPLIFT_BUNDLE_ITEM");
        assertEquals(302, admin.http.post(DemoStoreHarness.admin(SUGGESTIONS + "/accept"), accept).statusCode());
        String again = Http.parse(admin.http.get(DemoStoreHarness.admin(SUGGESTIONS))).select("#uplift-message").text();
        assertEquals("Nothing was created: " + anchorName + " already anchors the bundle '" + anchorName + " set'"
                + " (Uplift > Bundles); switch that one off to accept another.", again);
        assertEquals(all, count("SELECT COUNT(*) FROM UPLIFT_BUNDLE"));
        assertEquals(items, count("SELECT COUNT(*) FROM UPLIFT_BUNDLE_ITEM"));
    }

    @Test
    public void aTamperedAcceptCreatesNothing() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        Element first = currentSuggestions(admin).selectFirst(".uplift-suggestion");
        Map<String, String> accept = Http.formFields(first.selectFirst("form.uplift-accept-form"));
        String key = accept.get("key");
        long bundles = count("SELECT COUNT(*) FROM UPLIFT_BUNDLE");
        long novaX = Shopper.productId("Nova X 128 GB");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put(novaX + "-" + Shopper.productId("Nova X Case"), "Nothing was created: Nova X 128 GB already anchors"
                + " the bundle 'The Nova X starter set'");
        cases.put(key + "-" + Shopper.productId("Gift Wrap"), "Nothing was created: this suggestion is no longer offered");
        cases.put(key.replaceAll("-\\d+$", ""), first.select("tr.uplift-companion").size() > 1
                ? "Nothing was created: this suggestion is no longer offered" : "Nothing was created: '");
        cases.put("<b>", "Nothing was created: '<b>' is not a suggestion.");
        cases.put("", "Nothing was created: '' is not a suggestion.");
        cases.put("1-2-3-4-5-6", "Nothing was created: '1-2-3-4-5-6' is not a suggestion.");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            accept.put("key", c.getKey());
            assertEquals(302, admin.http.post(DemoStoreHarness.admin(SUGGESTIONS + "/accept"), accept).statusCode());
            String message = Http.parse(admin.http.get(DemoStoreHarness.admin(SUGGESTIONS))).select("#uplift-message").text();
            assertTrue("'" + c.getKey() + "': " + message, message.startsWith(c.getValue()));
        }
        assertEquals(bundles, count("SELECT COUNT(*) FROM UPLIFT_BUNDLE"));
    }

    @Test
    public void bundlesTheStorefrontLeavesOutAreListedWithTheReason() throws Exception {
        long speaker = Shopper.productId("Portable Speaker");
        long soundbar = Shopper.productId("Compact Soundbar");
        WidgetRows.update("INSERT INTO UPLIFT_BUNDLE (BUNDLE_ID, NAME, ENABLED, ANCHOR_PRODUCT_ID, DISCOUNT_TYPE,"
                + " DISCOUNT_VALUE) VALUES (900001, 'Lonely speaker', TRUE, " + speaker + ", 'PERCENT', 10)");
        WidgetRows.update("INSERT INTO UPLIFT_BUNDLE (BUNDLE_ID, NAME, ENABLED, ANCHOR_PRODUCT_ID, DISCOUNT_TYPE,"
                + " DISCOUNT_VALUE) VALUES (900002, 'Crowded soundbar', TRUE, " + soundbar + ", 'AMOUNT', 5)");
        List<Long> five = new ArrayList<>();
        for (String name : new String[] {"Sticker Pack", "Lens Wipes (30)", "SIM Ejector Tool (3)", "Phone Grip",
            "Travel Adapter"}) {
            five.add(Shopper.productId(name));
        }
        for (int i = 0; i < five.size(); i++) {
            WidgetRows.update("INSERT INTO UPLIFT_BUNDLE_ITEM (ITEM_ID, BUNDLE_ID, PRODUCT_ID, SEQUENCE) VALUES ("
                    + (900001 + i) + ", 900002, " + five.get(i) + ", " + (i + 1) + ")");
        }
        AdminSession admin = AdminSession.login("admin", "admin");
        String rejected = Http.parse(admin.http.get(DemoStoreHarness.admin(SUGGESTIONS))).select("#uplift-rejected").text();
        assertTrue(rejected, rejected.contains("bundle 900001 ignored: bundle 'Lonely speaker': needs 1 to 4 companion"
                + " products: []"));
        assertTrue(rejected, rejected.contains("bundle 900002 ignored: bundle 'Crowded soundbar': needs 1 to 4 companion"
                + " products: " + five));
        BundlesCache site = siteBundles();
        site.refresh();
        assertNull(site.current().byId(900001));
        assertNull(site.current().byId(900002));
        assertTrue(site.getRejected().size() >= 2);
    }

    @Test
    public void anAdminWithoutThePermissionIsRefusedAndSeesNoMenu() throws Exception {
        WidgetRows.update("INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, ACTIVE_STATUS_FLAG, EMAIL, LOGIN, NAME, PASSWORD)"
                + " VALUES (" + MERCH_ID + ", TRUE, 'merch3@example.com', 'merch3', 'Merchandiser', 'merch3')");
        // Broadleaf's own merchandiser role: catalog screens, no Uplift permission
        WidgetRows.update("INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (" + MERCH_ID + ", -2)");
        AdminSession merch = AdminSession.login("merch3", "merch3");
        Document products = Http.parse(merch.http.get(DemoStoreHarness.admin("/product")));
        assertNull("no link to Bundles", products.selectFirst("a[href$=" + SECTION + "]"));
        assertNull("no link to the suggestions", products.selectFirst("a[href$=" + SUGGESTIONS + "]"));
        assertEquals(403, merch.http.get(DemoStoreHarness.admin(SUGGESTIONS)).statusCode());
        int list = merch.http.get(DemoStoreHarness.admin(SECTION)).statusCode();
        assertTrue("Broadleaf's entity screen refuses: " + list, list == 403 || list == 500);

        Element token = Http.parse(merch.http.get(DemoStoreHarness.admin("/product/" + Shopper.productId("Nova X 128 GB"))))
                .selectFirst("input[name=csrfToken]");
        assertNotNull("the merchandiser's CSRF token", token);
        AdminSession admin = AdminSession.login("admin", "admin");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrfToken", token.attr("value"));
        form.put("key", Http.formFields(currentSuggestions(admin).selectFirst("form.uplift-accept-form")).get("key"));
        long bundles = count("SELECT COUNT(*) FROM UPLIFT_BUNDLE");
        assertEquals(403, merch.http.post(DemoStoreHarness.admin(SUGGESTIONS + "/accept"), form).statusCode());
        assertEquals(bundles, count("SELECT COUNT(*) FROM UPLIFT_BUNDLE"));
    }

    @Test
    public void anonymousUserCannotOpenTheSuggestions() throws Exception {
        HttpResponse<String> r = new Http().get(DemoStoreHarness.admin(SUGGESTIONS));
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").contains("/login"));
    }

    /**
     * The suggestions page once the admin's co-purchase model has learned every submitted order: the storefront
     * learns new orders now, the admin loads that generation within its poll period.
     */
    private static Document currentSuggestions(AdminSession admin) throws Exception {
        DemoStoreHarness.siteContext().getBean("blUpliftLearningService", LearningService.class).tick();
        long expected = count("SELECT COUNT(*) FROM BLC_ORDER o WHERE o.ORDER_STATUS = 'SUBMITTED' AND EXISTS (SELECT 1"
                + " FROM BLC_ORDER_ITEM i JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID"
                + " WHERE i.ORDER_ID = o.ORDER_ID AND d.PRODUCT_ID IS NOT NULL)");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            HttpResponse<String> r = admin.http.get(DemoStoreHarness.admin(SUGGESTIONS));
            assertEquals(200, r.statusCode());
            Document page = Http.parse(r);
            long learned = Long.parseLong(page.selectFirst("#uplift-model").attr("data-orders"));
            if (learned == expected) {
                return page;
            }
            assertTrue("the admin's model learned " + learned + " of " + expected + " orders after 60 s",
                    System.nanoTime() < deadline);
            Thread.sleep(500);
        }
    }

    private static BundlesCache siteBundles() {
        return DemoStoreHarness.siteContext().getBean("blUpliftBundles", BundlesCache.class);
    }

    /** Submitted orders holding all these products, each order once. */
    private static long ordersWith(long... products) throws Exception {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM BLC_ORDER o WHERE o.ORDER_STATUS = 'SUBMITTED'");
        for (long p : products) {
            sql.append(" AND EXISTS (SELECT 1 FROM BLC_ORDER_ITEM i JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID ="
                    + " i.ORDER_ITEM_ID WHERE i.ORDER_ID = o.ORDER_ID AND d.PRODUCT_ID = ").append(p).append(")");
        }
        return count(sql.toString());
    }

    private static String adminDate(long millis) {
        return new SimpleDateFormat("yyyy.MM.dd HH:mm:ss").format(new Date(millis / 1000 * 1000));
    }

    private static Map<String, String> twoFields(String k1, String v1, String k2, String v2) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static void removeMerchandiser() throws Exception {
        WidgetRows.update("DELETE FROM BLC_ADMIN_USER_ROLE_XREF WHERE ADMIN_USER_ID = " + MERCH_ID);
        WidgetRows.update("DELETE FROM BLC_ADMIN_USER WHERE ADMIN_USER_ID = " + MERCH_ID);
    }

    /** "productId:sequence" of the bundle's companions, in sequence order. */
    private static List<String> items(long bundle) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DemoStoreHarness.jdbc(); PreparedStatement s = c.prepareStatement(
                "SELECT PRODUCT_ID, SEQUENCE FROM UPLIFT_BUNDLE_ITEM WHERE BUNDLE_ID = ? ORDER BY SEQUENCE, ITEM_ID")) {
            s.setLong(1, bundle);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1) + ":" + rs.getBigDecimal(2).stripTrailingZeros().toPlainString());
                }
            }
        }
        return out;
    }

    private static Object bundleValue(long bundle, String column) throws Exception {
        Object[] r = row("SELECT " + column + " FROM UPLIFT_BUNDLE WHERE BUNDLE_ID = " + bundle);
        return r[0];
    }

    private static Object[] row(String sql) throws Exception {
        return Sql.row(sql);
    }

    private static List<Long> ids(String sql) throws Exception {
        return Sql.ids(sql);
    }

    private static List<String> strings(String sql) throws Exception {
        return Sql.strings(sql);
    }

    private static long count(String sql) throws Exception {
        return Sql.count(sql);
    }
}
