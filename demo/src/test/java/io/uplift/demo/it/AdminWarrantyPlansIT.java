package io.uplift.demo.it;

import io.uplift.broadleaf.warranty.WarrantyPlansCache;
import io.uplift.engine.warranty.WarrantyPlan;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Warranty plans in the real Broadleaf admin (a separate JVM on the shared database): Uplift &gt; Warranty plans is
 * Broadleaf's entity screen with the covered categories and the terms as adorned target collections and the prices as
 * a collection, validated on save; the storefront's plan cache (the site in this JVM) then serves what the admin
 * saved, and leaves out, with the reason, a plan whose prices do not cover its price range.
 */
public class AdminWarrantyPlansIT {

    private static final String SECTION = "/uplift-warranty-plans";
    /** The seeded "Device protection" plan (phones and laptops from 100.00). */
    private static final long DEVICE = 1;

    private Set<Long> plansBefore;

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
        plansBefore = new LinkedHashSet<>(Sql.ids("SELECT PLAN_ID FROM UPLIFT_WARRANTY_PLAN"));
    }

    /** Removes the plans a test created and restores the seeded plan's values the tests change. */
    @After
    public void cleanUp() throws Exception {
        List<Long> created = Sql.ids("SELECT PLAN_ID FROM UPLIFT_WARRANTY_PLAN");
        created.removeAll(plansBefore);
        if (!created.isEmpty()) {
            String in = created.toString().replaceAll("[\\[\\] ]", "");
            for (String table : new String[] {"UPLIFT_WARRANTY_RATE", "UPLIFT_WARRANTY_TERM", "UPLIFT_WARRANTY_CATEGORY",
                    "UPLIFT_WARRANTY_PLAN"}) {
                WidgetRows.update("DELETE FROM " + table + " WHERE PLAN_ID IN (" + in + ")");
            }
        }
        WidgetRows.update("UPDATE UPLIFT_WARRANTY_PLAN SET MIN_PRICE = 100.00, MAX_PRICE = NULL, ENABLED = TRUE"
                + " WHERE PLAN_ID = " + DEVICE);
        WidgetRows.update("UPDATE UPLIFT_WARRANTY_RATE SET BAND_FROM = 800.00 WHERE RATE_ID = 2");
        sitePlans().refresh();
    }

    @Test
    public void theSectionListsTheSeededPlansWithTheirCategoriesTermsAndPricesAndTheStorefrontServesThem()
            throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        HttpResponse<String> list = admin.http.get(DemoStoreHarness.admin(SECTION));
        assertEquals(200, list.statusCode());
        Document page = Http.parse(list);
        assertNotNull("menu link", page.selectFirst("a[href$=" + SECTION + "]"));
        List<String> names = page.select("#listGrid-main td[data-fieldname=name]").eachAttr("data-fieldvalue");
        assertEquals(Arrays.asList("Device protection", "Audio care"), names);

        Element form = admin.editForm(SECTION, DEVICE);
        assertEquals("Acme Care", form.selectFirst("input[name=fields['provider'].value]").attr("value"));
        assertEquals(Arrays.asList("Phones", "Laptops"),
                form.select("#listGrid-inline-categories td[data-fieldname=name]").eachAttr("data-fieldvalue"));
        assertEquals(Arrays.asList("Protection Plan 1 Year", "Protection Plan 2 Years", "Protection Plan 3 Years"),
                form.select("#listGrid-inline-terms td[data-fieldname=defaultSku.name]").eachAttr("data-fieldvalue"));
        assertEquals("four prices", 4, form.select("#listGrid-inline-rates tr[data-rowid]").size());

        WarrantyPlansCache site = sitePlans();
        site.refresh();
        assertEquals("nothing left out: " + site.getRejected(), Collections.emptyList(), site.getRejected());
        WarrantyPlan device = site.current().byId(DEVICE);
        assertNotNull(device);
        assertEquals(Arrays.asList(1, 2, 3), device.getTerms());
        assertEquals(Long.valueOf(Shopper.productId("Protection Plan 2 Years")), device.productFor(2));
        assertEquals(new BigDecimal("49.00"), device.price(1, new BigDecimal("799.00")));
        assertEquals(new BigDecimal("69.00"), device.price(1, new BigDecimal("899.00")));
        assertEquals(new BigDecimal("89.90"), device.price(2, new BigDecimal("899.00")));
        assertEquals(new BigDecimal("99.00"), device.price(3, new BigDecimal("499.00")));
        assertTrue(site.current().isPlanProduct(Shopper.productId("Protection Plan 3 Years")));
    }

    @Test
    public void aPlanIsBuiltInTheAdminAndServedOnceItsPricesCoverItsRange() throws Exception {
        long audio = categoryId("Audio");
        long oneYear = Shopper.productId("Protection Plan 1 Year");
        AdminSession admin = AdminSession.login("admin", "admin");
        Element add = Http.parse(admin.http.get(DemoStoreHarness.admin(SECTION + "/add")))
                .selectFirst("form:has(input[name=ceilingEntityClassname])");
        Map<String, String> fields = new LinkedHashMap<>(Http.formFields(add));
        fields.put("fields['name'].value", "Speaker care");
        fields.put("fields['provider'].value", "SoundSafe");
        fields.put("fields['enabled'].value", "true");
        fields.put("fields['termsText'].value", "Covers one speaker for a year.");
        fields.put("fields['minPrice'].value", "20");
        fields.put("fields['maxPrice'].value", "300");
        HttpResponse<String> created = admin.http.post(DemoStoreHarness.admin(SECTION + "/add"), fields);
        assertEquals(created.body(), 302, created.statusCode());
        long plan = Long.parseLong(created.headers().firstValue("Location").orElse("").replaceAll(".*/", ""));

        WarrantyPlansCache site = sitePlans();
        site.refresh();
        assertNull("no category, term or price yet", site.current().byId(plan));
        assertTrue(site.getRejected().toString(), site.getRejected().toString().contains("warranty plan " + plan
                + " ignored: warranty plan 'Speaker care': needs at least one category of covered products: []"));

        pick(admin, plan, "categories", audio, Collections.<String, String>emptyMap());
        pick(admin, plan, "terms", oneYear, Collections.singletonMap("fields['years'].value", "1"));
        assertEquals(Collections.singletonList(audio), Sql.ids("SELECT CATEGORY_ID FROM UPLIFT_WARRANTY_CATEGORY WHERE"
                + " PLAN_ID = " + plan));
        assertEquals(Collections.singletonList(oneYear + ":1"), Sql.strings("SELECT CONCAT(PRODUCT_ID, ':', YEARS) FROM"
                + " UPLIFT_WARRANTY_TERM WHERE PLAN_ID = " + plan));

        // one price under 100.00 only: the range 100.00 to 300.00 has no price, so the plan is left out
        assertEquals(200, addRate(admin, plan, rate("1", "", "100", "15", "", "", "")).statusCode());
        site.refresh();
        assertNull(site.current().byId(plan));
        assertTrue(site.getRejected().toString(), site.getRejected().toString().contains("the 1-year prices stop at"
                + " 100.00 but the plan covers items up to 300.00"));

        assertEquals(200, addRate(admin, plan, rate("1", "100", "", "", "8", "12", "20")).statusCode());
        site.refresh();
        WarrantyPlan served = site.current().byId(plan);
        assertNotNull("served once the prices cover the range: " + site.getRejected(), served);
        assertEquals(new BigDecimal("15.00"), served.price(1, new BigDecimal("99.99")));
        assertEquals(new BigDecimal("12.00"), served.price(1, new BigDecimal("100.00")));
        assertEquals(new BigDecimal("15.99"), served.price(1, new BigDecimal("199.90")));
        assertEquals(new BigDecimal("20.00"), served.price(1, new BigDecimal("299.00")));
        assertTrue(site.current().covering(Collections.singletonList(audio), new BigDecimal("149.00")).contains(served));
    }

    @Test
    public void badValuesAreRefusedWithTheValidatorsMessagesAndNothingIsSaved() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        HttpResponse<String> r = admin.save(SECTION, DEVICE, Collections.singletonMap("fields['maxPrice'].value", "50"));
        assertEquals("refused: the form is shown again", 200, r.statusCode());
        assertTrue(Http.parse(r).text(), Http.parse(r).text().contains("The maximum item price must be blank or a"
                + " positive amount with at most two decimals, above the minimum."));
        assertNull(Sql.row("SELECT MAX_PRICE FROM UPLIFT_WARRANTY_PLAN WHERE PLAN_ID = " + DEVICE)[0]);

        long rates = Sql.count("SELECT COUNT(*) FROM UPLIFT_WARRANTY_RATE");
        String both = Http.parse(addRate(admin, DEVICE, rate("4", "", "", "19", "10", "", ""))).text();
        assertTrue(both, both.contains("Give either a fixed price"));
        String floorWithAmount = Http.parse(addRate(admin, DEVICE, rate("4", "", "", "19", "", "5", ""))).text();
        assertTrue(floorWithAmount, floorWithAmount.contains("Give either a fixed price"));
        String percent = Http.parse(addRate(admin, DEVICE, rate("4", "", "", "", "120", "", ""))).text();
        assertTrue(percent, percent.contains("The percentage must be blank or above 0 and at most 100"));
        String years = Http.parse(addRate(admin, DEVICE, rate("11", "", "", "19", "", "", ""))).text();
        assertTrue(years, years.contains("A term must be a whole number of years from 1 to 10."));
        String band = Http.parse(addRate(admin, DEVICE, rate("4", "500", "400", "19", "", "", ""))).text();
        assertTrue(band, band.contains("The band's end must be blank or a positive amount"));
        assertEquals("no price saved", rates, Sql.count("SELECT COUNT(*) FROM UPLIFT_WARRANTY_RATE"));
    }

    @Test
    public void aPlanWhosePricesLeaveAGapIsLeftOutAndListedTheOthersStayServed() throws Exception {
        WidgetRows.update("UPDATE UPLIFT_WARRANTY_RATE SET BAND_FROM = 900.00 WHERE RATE_ID = 2");
        WarrantyPlansCache site = sitePlans();
        site.refresh();
        assertNull(site.current().byId(DEVICE));
        assertTrue(site.getRejected().toString(), site.getRejected().contains("warranty plan 1 ignored: warranty plan"
                + " 'Device protection': the 1-year prices leave item prices from 800.00 to 900.00 without a price:"
                + " [1y [min, 800.00) 49.00, 1y [900.00, max) 69.00]"));
        assertNotNull("the audio plan is still served", site.current().byId(2));
        assertTrue("its products are still never sold alone",
                site.current().isPlanProduct(Shopper.productId("Protection Plan 3 Years")));
        // the merchandiser reads why on the dashboard (the admin's copy re-reads the plans every 2 s)
        AdminSession admin = AdminSession.login("admin", "admin");
        String listed = "";
        for (long deadline = System.currentTimeMillis() + 15000; System.currentTimeMillis() < deadline; Thread.sleep(500)) {
            listed = Http.parse(admin.http.get(DemoStoreHarness.admin("/uplift-dashboard")))
                    .select(".uplift-left-out li[data-kind=\"Warranty plans\"] .uplift-left-out__reason").text();
            if (!listed.isEmpty()) {
                break;
            }
        }
        assertTrue(listed, listed.contains("warranty plan 1 ignored: warranty plan 'Device protection': the 1-year"
                + " prices leave item prices from 800.00 to 900.00 without a price"));
    }

    /**
     * Picking an item a plan covers as a term's product (the phone instead of its protection plan) is refused: the
     * storefront would never again sell the phone on its own. Nothing is saved and the phone stays on sale.
     */
    @Test
    public void anItemAPlanCoversCannotBeATermsProduct() throws Exception {
        long phone = Shopper.productId("Nova X 128 GB");
        long terms = Sql.count("SELECT COUNT(*) FROM UPLIFT_WARRANTY_TERM");
        AdminSession admin = AdminSession.login("admin", "admin");
        String url = SECTION + "/" + DEVICE + "/terms/add";
        Document modal = Http.parse(admin.http.get(DemoStoreHarness.admin(url + "?sectionCrumbs=uplift-warranty-plans--"
                + DEVICE)));
        Map<String, String> form = new LinkedHashMap<>(Http.formFields(modal.selectFirst("form.modal-form")));
        form.put(modal.selectFirst("input#adornedTargetIdProperty").attr("name"), String.valueOf(phone));
        form.put("fields['years'].value", "4");
        HttpResponse<String> r = admin.http.post(DemoStoreHarness.admin(url), form);
        String text = Http.parse(r).text();
        assertTrue(text, text.contains("'Nova X 128 GB' (product " + phone + ") is an item the warranty plan 'Device"
                + " protection' covers, so it cannot be a term's product"));
        assertEquals("no term saved", terms, Sql.count("SELECT COUNT(*) FROM UPLIFT_WARRANTY_TERM"));
        new Shopper().add("Nova X 128 GB", 1); // still sold on its own
    }

    /** Picks a target in an adorned target grid of the plan (the lookup, then the selection as the script posts it). */
    private static void pick(AdminSession admin, long plan, String collection, long target, Map<String, String> extra)
            throws Exception {
        String url = SECTION + "/" + plan + "/" + collection + "/add";
        Document modal = Http.parse(admin.http.get(DemoStoreHarness.admin(url + "?sectionCrumbs=uplift-warranty-plans--"
                + plan)));
        Map<String, String> form = new LinkedHashMap<>(Http.formFields(modal.selectFirst("form.modal-form")));
        form.put(modal.selectFirst("input#adornedTargetIdProperty").attr("name"), String.valueOf(target));
        form.putAll(extra);
        HttpResponse<String> added = admin.http.post(DemoStoreHarness.admin(url), form);
        assertEquals(added.body(), 200, added.statusCode());
    }

    private static HttpResponse<String> addRate(AdminSession admin, long plan, Map<String, String> values)
            throws Exception {
        String url = SECTION + "/" + plan + "/rates/add";
        Document modal = Http.parse(admin.http.get(DemoStoreHarness.admin(url + "?sectionCrumbs=uplift-warranty-plans--"
                + plan)));
        Map<String, String> form = new LinkedHashMap<>(Http.formFields(modal.selectFirst("form.modal-form")));
        form.putAll(values);
        return admin.http.post(DemoStoreHarness.admin(url), form);
    }

    private static Map<String, String> rate(String years, String from, String to, String amount, String percent,
            String floor, String ceiling) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("fields['years'].value", years);
        m.put("fields['bandFrom'].value", from);
        m.put("fields['bandTo'].value", to);
        m.put("fields['amount'].value", amount);
        m.put("fields['percent'].value", percent);
        m.put("fields['floor'].value", floor);
        m.put("fields['ceiling'].value", ceiling);
        return m;
    }

    private static WarrantyPlansCache sitePlans() {
        return DemoStoreHarness.siteContext().getBean("blUpliftWarrantyPlans", WarrantyPlansCache.class);
    }

    private static long categoryId(String name) throws Exception {
        return Sql.ids("SELECT CATEGORY_ID FROM BLC_CATEGORY WHERE NAME = '" + name + "'").get(0);
    }
}
