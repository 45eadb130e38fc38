package io.uplift.demo.it;

import io.uplift.broadleaf.learn.JdbcOrderHistory;
import io.uplift.broadleaf.learn.JdbcSnapshotStore;
import io.uplift.broadleaf.warranty.WarrantyPlansCache;
import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.copurchase.CoPurchaseModelLearner;
import io.uplift.engine.copurchase.Neighbor;
import io.uplift.engine.learn.LearningService;
import io.uplift.engine.learn.ModelHolder;
import io.uplift.engine.rank.Rescorers;
import io.uplift.engine.warranty.WarrantyPlans;
import io.uplift.engine.trending.TrendingLearner;
import io.uplift.engine.trending.TrendingModel;
import io.uplift.slot.WidgetFailures;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.Before;
import org.junit.Test;

import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The recommendation engine on the real Broadleaf site: "customers also bought" and "add these too" from the
 * co-purchase statistics of the seeded orders, the quick-add endpoint, the learning path (snapshot persisted and
 * served by a starting node, a new order counted within a minute), and the fallback when a source fails.
 */
public class RecommendationsIT {

    private long phone;
    private String phoneUrl;

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
        WidgetRows.restoreDefaults();
        phone = Shopper.productId("Nova X 128 GB");
        phoneUrl = Shopper.productUrl(phone);
    }

    @SuppressWarnings("unchecked")
    private static ModelHolder<CoPurchaseModel> siteModel() {
        return DemoStoreHarness.siteContext().getBean("blUpliftCoPurchaseModel", ModelHolder.class);
    }

    private static LearningService siteLearning() {
        return DemoStoreHarness.siteContext().getBean("blUpliftLearningService", LearningService.class);
    }

    private static List<Long> ids(Elements cards) {
        List<Long> ids = new ArrayList<>();
        for (Element c : cards) {
            ids.add(Long.valueOf(c.attr("data-product-id")));
        }
        return ids;
    }

    @Test
    public void productPageShowsCustomersAlsoBoughtFromRealOrdersWithoutRepeatingOtherWidgets() throws Exception {
        Document page = Http.parse(new Http().get(DemoStoreHarness.site(phoneUrl)));
        Elements also = page.select(".uplift-slot--product .uplift-widget--also-bought .uplift-card");
        assertEquals("four also-bought cards on " + phoneUrl, 4, also.size());
        // co-purchase first; once the phone's co-purchases are used up by the earlier widgets (comparison table,
        // bundle, related products) the chain's next sources fill the rest, never the other way round
        assertEquals("co-purchase source first", "copurchase", also.get(0).attr("data-uplift-source"));
        boolean fallback = false;
        for (Element c : also) {
            String source = c.attr("data-uplift-source");
            assertTrue("a source of the chain: " + source, List.of("copurchase", "similar", "trending").contains(source));
            assertFalse("co-purchase after a fallback source", fallback && source.equals("copurchase"));
            fallback |= !source.equals("copurchase");
        }
        List<Long> shown = ids(page.select(".uplift-card"));
        assertFalse("never the viewed product", shown.contains(phone));
        assertEquals("no product twice on the page: " + shown, new HashSet<>(shown).size(), shown.size());
        // the first also-bought card is the phone's strongest co-purchase not already shown by an earlier widget
        // (comparison table, bundle, related products) and not a protection plan (sold only with the item it covers,
        // offered by the plan selector instead)
        Set<Long> earlier = new HashSet<>();
        for (Element widget : page.select(".uplift-slot--product .uplift-widget")) {
            if (widget.hasClass("uplift-widget--also-bought")) {
                break;
            }
            for (Element shownEarlier : widget.select("[data-product-id]")) {
                earlier.add(Long.valueOf(shownEarlier.attr("data-product-id")));
            }
        }
        WarrantyPlans plans = DemoStoreHarness.siteContext().getBean("blUpliftWarrantyPlans", WarrantyPlansCache.class)
                .current();
        for (Neighbor n : siteModel().get().forProduct(phone, 50)) {
            if (!earlier.contains(n.getProductId()) && !plans.isPlanProduct(n.getProductId())) {
                assertEquals(n.getProductId(), (long) ids(also).get(0));
                break;
            }
        }
    }

    @Test
    public void cartShowsAddTheseTooForTheWholeCart() throws Exception {
        Shopper s = new Shopper();
        s.quickAdd(phone);
        Document cart = s.cart();
        Elements cards = cart.select(".uplift-slot--cart .uplift-widget--cart-add-ons .uplift-card");
        assertTrue("add-these-too cards in the cart: " + cart.select(".uplift-slot").text(), cards.size() >= 3);
        assertFalse("not what is in the cart", ids(cards).contains(phone));
        assertEquals("copurchase", cards.first().attr("data-uplift-source"));
    }

    @Test
    public void theSnapshotIsPersistedAndAStartingNodeServesTheSameGenerationWithoutRebuilding() throws Exception {
        long stored;
        try (Connection c = DemoStoreHarness.jdbc(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(GENERATION) FROM UPLIFT_SNAPSHOT")) {
            rs.next();
            stored = rs.getLong(1);
        }
        assertTrue("a generation is stored", stored >= 1);
        // a second node: its own models, the shop's database; it only loads (never leads)
        DataSource db = DemoStoreHarness.siteContext().getBean("webDS", DataSource.class);
        ModelHolder<CoPurchaseModel> model = new ModelHolder<CoPurchaseModel>(CoPurchaseModelLearner.empty("default", 50));
        ModelHolder<TrendingModel> trending = new ModelHolder<>(TrendingModel.empty());
        LearningService node = new LearningService(new JdbcOrderHistory(db), new JdbcSnapshotStore(db), null,
                Arrays.asList(new CoPurchaseModelLearner(model, "default", 50), new TrendingLearner(trending, 7)),
                new WidgetFailures(), Rescorers.Clock.SYSTEM, "it-node-2", false, 1000, 5000);
        siteLearning().tick();
        node.tick();
        assertEquals(siteLearning().status().getGeneration(), node.status().getGeneration());
        assertTrue("loaded, not rebuilt: " + node.status().getLastMessage(),
                node.status().getLastMessage().startsWith("loaded generation"));
        assertEquals(describe(siteModel().get().forProduct(phone, 20)), describe(model.get().forProduct(phone, 20)));
    }

    private static List<String> describe(List<Neighbor> row) {
        List<String> out = new ArrayList<>();
        for (Neighbor n : row) {
            out.add(n.getProductId() + ":" + n.getTogether());
        }
        return out;
    }

    private static int together(long a, long b) {
        for (Neighbor n : siteModel().get().forProduct(a, 100)) {
            if (n.getProductId() == b) {
                return n.getTogether();
            }
        }
        return 0;
    }

    @Test
    public void aSubmittedOrderChangesTheStatisticsWithinAMinute() throws Exception {
        long a = Shopper.productId("Pixelle 8 128 GB");
        long b = Shopper.productId("Travel Adapter");
        int before = together(a, b);
        int baskets = siteModel().get().baskets();
        Shopper s = new Shopper();
        s.quickAdd(a);
        s.quickAdd(b);
        long placed = System.nanoTime();
        s.checkout();
        long deadline = placed + 60_000_000_000L;
        while (together(a, b) == before && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        long millis = (System.nanoTime() - placed) / 1_000_000;
        assertEquals("bought together once more, " + millis + " ms after the checkout", before + 1, together(a, b));
        assertTrue(siteModel().get().baskets() > baskets);
        System.out.println("RecommendationsIT: a new order reached the statistics " + millis + " ms after checkout");
    }

    @Test
    public void quickAddAnswersJsonAndChangesOnlyTheCallersCart() throws Exception {
        Shopper s = new Shopper();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("productId", String.valueOf(Shopper.productId("Wireless Mouse")));
        form.put("quantity", "2");
        form.put("csrfToken", s.csrf());
        HttpResponse<String> r = s.quickAddJson(form);
        assertEquals(r.body(), 200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.body(), r.body().contains("\"ok\":true") && r.body().contains("\"cartQuantity\":2"));
        assertEquals(1, s.cart().select(".cart-line").size());
        assertEquals("another shopper's cart is untouched", 0, new Shopper().cart().select(".cart-line").size());
    }

    @Test
    public void badQuickAddRequestsAreRefusedWithAClearMessageAndChangeNothing() throws Exception {
        Shopper s = new Shopper();
        s.quickAdd(phone);
        String[][] bad = {
            {"abc", "1", "400", "does not exist"}, {"999999", "1", "400", "cannot be bought"},
            {String.valueOf(Shopper.productId("Nova 9 Case (discontinued)")), "1", "400", "cannot be bought"},
            {String.valueOf(phone), "0", "400", "Quantity must be"}, {String.valueOf(phone), "-3", "400", "Quantity must be"},
            {String.valueOf(phone), "1000", "400", "Quantity must be"}, {"", "1", "400", "does not exist"},
            {String.valueOf(Shopper.productId("HD Webcam")), "1", "409", "not available"}};
        for (String[] b : bad) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("productId", b[0]);
            form.put("quantity", b[1]);
            form.put("csrfToken", s.csrf());
            HttpResponse<String> r = s.quickAddJson(form);
            assertEquals("status for productId=" + b[0] + " quantity=" + b[1] + ": " + r.body(),
                    Integer.parseInt(b[2]), r.statusCode());
            assertTrue(r.body(), r.body().contains("\"ok\":false") && r.body().contains(b[3]));
            assertEquals("cart unchanged", 1, s.cart().select(".cart-line").size());
        }
        Map<String, String> noToken = new LinkedHashMap<>();
        noToken.put("productId", String.valueOf(Shopper.productId("Wireless Mouse")));
        assertEquals("without the CSRF token", 403, s.quickAddJson(noToken).statusCode());
        assertEquals(1, s.cart().select(".cart-line").size());
    }

    @Test
    public void quickAddWithoutJavaScriptRedirectsBackWithAMessageAndOnlyToThisSite() throws Exception {
        Shopper s = new Shopper();
        s.quickAdd(phone);
        Element card = Http.parse(s.http.get(DemoStoreHarness.site(phoneUrl))).selectFirst(".uplift-widget__form");
        assertNotNull(card);
        Map<String, String> form = Http.formFields(card);
        assertEquals(phoneUrl, form.get("returnTo"));
        // the browser sends the clicked card's button: productId=<its value>
        form.put("productId", card.selectFirst(".uplift-card__button").attr("value"));
        HttpResponse<String> r = s.http.post(DemoStoreHarness.site(card.attr("action")), form);
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith(phoneUrl));
        Document back = Http.parse(s.http.get(DemoStoreHarness.site(phoneUrl)));
        assertTrue("message shown: " + back.select(".uplift-slot__message").text(),
                back.select(".uplift-slot__message").text().startsWith("Added "));
        // a page whose address has a comma, brackets or a session id goes back to that page
        for (String page : new String[] {"/search?q=usb-c,hdmi", "/search?q=case+(clear)"}) {
            form.put("csrfToken", s.csrf());
            form.put("returnTo", page);
            HttpResponse<String> p = s.http.post(DemoStoreHarness.site(card.attr("action")), form);
            assertEquals(302, p.statusCode());
            assertTrue("returnTo " + page + ": " + p.headers().firstValue("Location"),
                    p.headers().firstValue("Location").orElse("").endsWith(page));
        }
        for (String evil : new String[] {"//evil.example/x", "http://evil.example/", "/ok\r\nSet-Cookie: x=1", "javascript:alert(1)",
                "/.//evil.example/x"}) {
            form.put("csrfToken", s.csrf());
            form.put("returnTo", evil);
            HttpResponse<String> e = s.http.post(DemoStoreHarness.site(card.attr("action")), form);
            assertEquals(302, e.statusCode());
            assertTrue("returnTo " + evil + " goes to the cart: " + e.headers().firstValue("Location"),
                    e.headers().firstValue("Location").orElse("").endsWith("/cart"));
        }
    }

    @Test
    public void aFailingSourceIsCountedOnceAndTheChainsNextSourceFillsTheWidget() throws Exception {
        ModelHolder<CoPurchaseModel> holder = siteModel();
        CoPurchaseModel good = holder.get();
        WidgetFailures failures = DemoStoreHarness.siteContext().getBean("blUpliftWidgetFailures", WidgetFailures.class);
        long before = failures.count("source:copurchase");
        holder.set((CoPurchaseModel) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CoPurchaseModel.class},
                (proxy, method, args) -> {
                    throw new IllegalStateException("simulated engine failure");
                }));
        try {
            Document page = Http.parse(new Http().get(DemoStoreHarness.site(phoneUrl)));
            assertNotNull("the page renders", page.selectFirst("h1"));
            Elements also = page.select(".uplift-widget--also-bought .uplift-card");
            assertEquals("similar products fill the widget", 4, also.size());
            assertEquals("similar", also.first().attr("data-uplift-source"));
            assertTrue(failures.count("source:copurchase") > before);
        } finally {
            holder.set(good);
        }
    }

    @Test
    public void recentlyViewedProductsDrivePersonalSuggestions() throws Exception {
        WidgetRows.update("INSERT INTO UPLIFT_WIDGET_CONFIG (WIDGET_ID, SLOT_KEY, WIDGET_TYPE, ENABLED, TITLE, MAX_ITEMS,"
                + " POSITION) VALUES (900100, 'CART', 'FOR_YOU', TRUE, 'For you', 4, 1)");
        WidgetRows.refreshSite();
        try {
            Shopper s = new Shopper();
            s.http.get(DemoStoreHarness.site(Shopper.productUrl(Shopper.productId("Aero 14 8 GB RAM"))));
            s.quickAdd(Shopper.productId("Sticker Pack"));
            Elements personal = s.cart().select(".uplift-widget--for-you .uplift-card");
            assertFalse("for-you cards", personal.isEmpty());
            assertEquals("personal", personal.first().attr("data-uplift-source"));
        } finally {
            WidgetRows.restoreDefaults();
        }
    }

    @Test
    public void aProductViewedWhileEveryProductWidgetIsOffStillCountsInTheVisitsHistory() throws Exception {
        // the product slot is idle (it builds no context), but the view is remembered for the widgets shown later
        WidgetRows.update("INSERT INTO UPLIFT_WIDGET_CONFIG (WIDGET_ID, SLOT_KEY, WIDGET_TYPE, ENABLED, TITLE, MAX_ITEMS,"
                + " POSITION) VALUES (900101, 'CART', 'FOR_YOU', TRUE, 'For you', 4, 1)");
        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET ENABLED=FALSE WHERE SLOT_KEY='PRODUCT'");
        WidgetRows.refreshSite();
        try {
            Shopper s = new Shopper();
            Document product = Http.parse(s.http.get(DemoStoreHarness.site(
                    Shopper.productUrl(Shopper.productId("Aero 14 8 GB RAM")))));
            assertNull("no product slot while its widgets are off", product.selectFirst(".uplift-slot--product"));
            s.quickAdd(Shopper.productId("Sticker Pack"));
            Elements personal = s.cart().select(".uplift-widget--for-you .uplift-card");
            assertFalse("for-you cards from the product viewed while its slot was off", personal.isEmpty());
            assertEquals("personal", personal.first().attr("data-uplift-source"));
        } finally {
            WidgetRows.restoreDefaults();
        }
    }
}
