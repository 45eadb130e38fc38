package io.uplift.demo.it;

import io.uplift.broadleaf.bundle.BundlesCache;
import io.uplift.broadleaf.catalog.CachingCatalogFacts;
import io.uplift.web.bundle.BundleAddController;
import org.broadleafcommerce.common.util.ApplicationContextHolder;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.inventory.service.InventoryService;
import org.broadleafcommerce.core.web.order.SessionOrderLockManager;
import org.broadleafcommerce.core.web.order.security.CartStateFilter;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerPersistedEvent;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.web.core.security.CustomerStateRequestProcessor;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.ServletWebRequest;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.NumberFormat;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.persistence.EntityManagerFactory;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * "Frequently bought together" on the real Broadleaf site: test bundles written by SQL (ids from 900000, deleted
 * after each test), the widget on the anchor's page (items, prices, bundle price and saving from the seeded prices),
 * what hides it, the no-JavaScript selection through page parameters, and the atomic "add selected to cart": exactly
 * the selected products, nothing when one cannot be bought (also when Broadleaf fails half-way), tampering refused,
 * replays idempotent and parallel requests of one session serialized. The cart's bundle discount is the pricing
 * step's (branch bundle-pricing); these tests check the cart's lines.
 */
public class BundleStorefrontIT {

    private static final long B = 900_000L;
    private static final String ANCHOR = "Nova X 128 GB";
    private static final String CASE = "Nova X Case";
    private static final String WALLET = "Nova X MagSafe Wallet";
    private static final String CABLE = "USB-C Cable 1 m";

    /** Stock levels changed by a test, restored after it: product id to the level before. */
    private final Map<Long, Integer> stockChanged = new LinkedHashMap<>();
    private final List<Long> currencyChanged = new ArrayList<>();

    /** The store's own enabled bundles (e.g. the demo's), switched off during a test so only the test's show. */
    private final List<Long> switchedOff = new ArrayList<>();

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
        WidgetRows.restoreDefaults();
        try (Connection c = DemoStoreHarness.jdbc(); PreparedStatement s = c.prepareStatement(
                "SELECT BUNDLE_ID FROM UPLIFT_BUNDLE WHERE ENABLED = TRUE AND BUNDLE_ID < " + B);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                switchedOff.add(rs.getLong(1));
            }
        }
        for (long id : switchedOff) {
            WidgetRows.update("UPDATE UPLIFT_BUNDLE SET ENABLED = FALSE WHERE BUNDLE_ID = " + id);
        }
        deleteTestBundles();
    }

    @After
    public void tearDown() throws Exception {
        for (long id : switchedOff) {
            WidgetRows.update("UPDATE UPLIFT_BUNDLE SET ENABLED = TRUE WHERE BUNDLE_ID = " + id);
        }
        deleteTestBundles();
        for (Map.Entry<Long, Integer> e : stockChanged.entrySet()) {
            setStock(e.getKey(), e.getValue());
        }
        if (!currencyChanged.isEmpty()) {
            for (long id : currencyChanged) {
                WidgetRows.update("UPDATE BLC_SKU SET CURRENCY_CODE = 'USD' WHERE SKU_ID = (SELECT DEFAULT_SKU_ID"
                        + " FROM BLC_PRODUCT WHERE PRODUCT_ID = " + id + ")");
            }
            evictCatalogCaches();
        }
    }

    // fixtures =======================================================================================================

    private static void deleteTestBundles() throws Exception {
        WidgetRows.update("DELETE FROM UPLIFT_BUNDLE_ITEM WHERE BUNDLE_ID >= " + B);
        WidgetRows.update("DELETE FROM UPLIFT_BUNDLE WHERE BUNDLE_ID >= " + B);
        refreshBundles();
    }

    private static void refreshBundles() {
        assertTrue("bundles re-read", DemoStoreHarness.siteContext().getBean("blUpliftBundles", BundlesCache.class).refresh());
    }

    /**
     * A bundle written as a hand edit would: {@code starts} and {@code ends} are SQL expressions (or "NULL").
     */
    private static void bundle(long id, boolean enabled, String type, String value, String starts, String ends,
            String anchor, String... companions) throws Exception {
        try (Connection c = DemoStoreHarness.jdbc()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO UPLIFT_BUNDLE (BUNDLE_ID, NAME, ENABLED,"
                    + " ANCHOR_PRODUCT_ID, DISCOUNT_TYPE, DISCOUNT_VALUE, STARTS, ENDS, ORIGIN) VALUES (?, ?, ?, ?, ?, ?, "
                    + starts + ", " + ends + ", 'BundleStorefrontIT')")) {
                s.setLong(1, id);
                s.setString(2, "Test set " + id);
                s.setBoolean(3, enabled);
                s.setLong(4, Shopper.productId(anchor));
                s.setString(5, type);
                s.setBigDecimal(6, new BigDecimal(value));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO UPLIFT_BUNDLE_ITEM (ITEM_ID, BUNDLE_ID, PRODUCT_ID,"
                    + " SEQUENCE) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < companions.length; i++) {
                    s.setLong(1, id * 10 + i);
                    s.setLong(2, id);
                    s.setLong(3, Shopper.productId(companions[i]));
                    s.setInt(4, i + 1);
                    s.executeUpdate();
                }
            }
        }
        refreshBundles();
    }

    /** The standard test bundle: the Nova X 128 GB with its case, wallet (on sale) and cable, 10 % off. */
    private static void novaBundle() throws Exception {
        bundle(B + 1, true, "PERCENT", "10", "NULL", "NULL", ANCHOR, CASE, WALLET, CABLE);
    }

    /** What a shopper pays for the product: the sale price when there is one, else the retail price. */
    private static BigDecimal price(String name) throws Exception {
        try (Connection c = DemoStoreHarness.jdbc();
             PreparedStatement s = c.prepareStatement("SELECT RETAIL_PRICE, SALE_PRICE FROM BLC_SKU WHERE NAME = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(name, rs.next());
                BigDecimal sale = rs.getBigDecimal(2);
                BigDecimal retail = rs.getBigDecimal(1);
                return (sale != null && sale.compareTo(retail) < 0 ? sale : retail).setScale(2, RoundingMode.HALF_UP);
            }
        }
    }

    private static String money(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    private static long id(String name) throws Exception {
        return Shopper.productId(name);
    }

    private static <T> T bean(String name, Class<T> type) {
        return DemoStoreHarness.siteContext().getBean(name, type);
    }

    private static void evictCatalogCaches() {
        bean("entityManagerFactory", EntityManagerFactory.class).getCache().evictAll();
        bean("blUpliftCatalogFacts", CachingCatalogFacts.class).clear();
    }

    /** Sets the product's stock through Broadleaf's inventory service (as checkouts change it); restored after. */
    private void changeStock(String name, int quantity) throws Exception {
        long id = id(name);
        if (!stockChanged.containsKey(id)) {
            stockChanged.put(id, stock(id));
        }
        setStock(id, quantity);
    }

    private static int stock(long productId) {
        return new TransactionTemplate(bean("blTransactionManager", PlatformTransactionManager.class)).execute(st ->
                bean("blCatalogService", CatalogService.class).findProductById(productId).getDefaultSku()
                        .getQuantityAvailable());
    }

    private static void setStock(long productId, int quantity) {
        new TransactionTemplate(bean("blTransactionManager", PlatformTransactionManager.class)).execute(st -> {
            Sku sku = bean("blCatalogService", CatalogService.class).findProductById(productId).getDefaultSku();
            InventoryService inventory = bean("blInventoryService", InventoryService.class);
            int now = sku.getQuantityAvailable();
            try {
                if (quantity < now) {
                    inventory.decrementInventory(sku, now - quantity);
                } else if (quantity > now) {
                    inventory.incrementInventory(sku, quantity - now);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        bean("blUpliftCatalogFacts", CachingCatalogFacts.class).clear();
        assertEquals(quantity, stock(productId));
    }

    // pages and requests =============================================================================================

    private static Document page(Shopper s, String productName, String query) throws Exception {
        HttpResponse<String> r = s.http.get(DemoStoreHarness.site(Shopper.productUrl(id(productName)) + query));
        assertEquals(productName + query, 200, r.statusCode());
        return Http.parse(r);
    }

    private static Element widget(Document page) {
        Element w = page.selectFirst(".uplift-slot--product .uplift-widget--bundle");
        assertNotNull("bundle widget on the page", w);
        return w;
    }

    private static List<String> texts(List<Element> elements) {
        List<String> out = new ArrayList<>();
        for (Element e : elements) {
            out.add(e.text());
        }
        return out;
    }

    private static List<Long> checked(Element widget) {
        List<Long> out = new ArrayList<>();
        for (Element box : widget.select("input.uplift-bundle__check[checked]")) {
            out.add(Long.parseLong(box.attr("value")));
        }
        return out;
    }

    /** The visible summary line (the others carry the hidden attribute). */
    private static String summary(Element widget) {
        List<Element> visible = new ArrayList<>();
        for (Element line : widget.select(".uplift-bundle__line")) {
            if (!line.hasAttr("hidden")) {
                visible.add(line);
            }
        }
        assertEquals("exactly one summary line shows: " + widget.select(".uplift-bundle__summary"), 1, visible.size());
        return visible.get(0).text();
    }

    /** The widget's form as the browser sends it with these products checked. */
    private static List<Map.Entry<String, String>> form(Element widget, String... products) throws Exception {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (Element hidden : widget.select("form input[type=hidden]")) {
            pairs.add(new AbstractMap.SimpleEntry<>(hidden.attr("name"), hidden.attr("value")));
        }
        for (String p : products) {
            pairs.add(new AbstractMap.SimpleEntry<>("item", String.valueOf(id(p))));
        }
        return pairs;
    }

    private static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> form, String name, String value) {
        List<Map.Entry<String, String>> out = new ArrayList<>(form);
        out.add(new AbstractMap.SimpleEntry<>(name, value));
        return out;
    }

    private static List<Map.Entry<String, String>> without(List<Map.Entry<String, String>> form, String name) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Map.Entry<String, String> e : form) {
            if (!e.getKey().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Map.Entry<String, String>> replaced(List<Map.Entry<String, String>> form, String name, String value) {
        return with(without(form, name), name, value);
    }

    private static HttpResponse<String> addJson(Shopper s, List<Map.Entry<String, String>> form) throws Exception {
        return s.http.postPairs(DemoStoreHarness.site(BundleAddController.PATH), form, "application/json");
    }

    /** Units per product id in the shopper's cart, as the cart page lists them. */
    private static Map<Long, Integer> cart(Shopper s) throws Exception {
        Map<Long, Integer> lines = new LinkedHashMap<>();
        for (Element line : s.cart().select(".cart-line")) {
            lines.merge(Long.parseLong(line.attr("data-product-id")),
                    Integer.parseInt(line.selectFirst("input[name=quantity]").attr("value")), Integer::sum);
        }
        return lines;
    }

    private static Map<Long, Integer> units(Object... namesAndQuantities) throws Exception {
        Map<Long, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndQuantities.length; i += 2) {
            m.put(id((String) namesAndQuantities[i]), (Integer) namesAndQuantities[i + 1]);
        }
        return m;
    }

    // the widget =====================================================================================================

    @Test
    public void theAnchorsPageShowsTheBundleWithPricesBundlePriceAndSavingFromTheCatalog() throws Exception {
        novaBundle();
        Document page = page(new Shopper(), ANCHOR, "");
        Element w = widget(page);
        assertEquals("Frequently bought together", w.selectFirst(".uplift-widget__title").text());
        assertEquals(List.of(ANCHOR, CASE, WALLET, CABLE), texts(w.select(".uplift-bundle__name")));
        BigDecimal total = BigDecimal.ZERO;
        List<String> prices = new ArrayList<>();
        for (String name : List.of(ANCHOR, CASE, WALLET, CABLE)) {
            total = total.add(price(name));
            prices.add(money(price(name)));
        }
        assertEquals("each product's own price (the wallet's sale price)", prices, texts(w.select(".uplift-bundle__price")));
        assertEquals("$34.00", money(price(WALLET)));
        BigDecimal saving = total.multiply(BigDecimal.TEN).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        assertEquals("$67.40", money(saving));
        assertEquals("Bundle price " + money(total.subtract(saving)) + ", you save " + money(saving) + "", summary(w));
        assertEquals("Bundle price $606.60, you save $67.40", summary(w));
        assertEquals("all pre-checked", List.of(id(ANCHOR), id(CASE), id(WALLET), id(CABLE)), checked(w));
        assertTrue(w.selectFirst(".uplift-bundle__item").hasClass("uplift-is-anchor"));
        assertEquals("This item", w.selectFirst(".uplift-bundle__badge").text());
        // data for the page's script (display only) and the form
        assertEquals("59900", w.selectFirst(".uplift-bundle__item").attr("data-price-cents"));
        assertEquals("PERCENT", w.attr("data-discount-type"));
        assertEquals("10", w.attr("data-discount-value"));
        assertEquals("uplift-bundle-" + (B + 1), w.id());
        Element form = w.selectFirst("form.uplift-bundle__form");
        assertTrue(form.attr("action").endsWith(BundleAddController.PATH));
        assertEquals(String.valueOf(B + 1), form.selectFirst("input[name=bundleId]").val());
        assertTrue(form.selectFirst("input[name=token]").val().matches("[A-Za-z0-9_-]{22}"));
        assertFalse("CSRF token in the form", form.select("input[name=csrfToken]").isEmpty());
        assertEquals("Add selected to cart", w.selectFirst(".uplift-bundle__add").text());
        assertTrue(w.selectFirst(".uplift-bundle__update").attr("formaction").endsWith(BundleAddController.SELECT_PATH));
        assertFalse("no price field in the form", form.html().contains("name=\"price"));

        // placed after the comparison table; later widgets do not repeat the bundle's products
        List<String> order = new ArrayList<>();
        for (Element widget : page.select(".uplift-slot--product .uplift-widget")) {
            order.add(widget.attr("data-uplift-widget-type"));
        }
        assertTrue("widgets in order: " + order, order.indexOf("comparison") >= 0);
        assertEquals("right after the comparison table: " + order, order.indexOf("comparison") + 1,
                order.indexOf("bundle"));
        for (Element card : page.select(".uplift-slot--product .uplift-card[data-product-id]")) {
            long shown = Long.parseLong(card.attr("data-product-id"));
            assertFalse("a bundle product repeated in a later widget: " + shown,
                    List.of(id(CASE), id(WALLET), id(CABLE)).contains(shown));
        }
        assertNull("only the anchor's page shows it", page(new Shopper(), CASE, "").selectFirst(".uplift-widget--bundle"));
    }

    @Test
    public void anAmountOffBundleShowsItsFixedSaving() throws Exception {
        bundle(B + 2, true, "AMOUNT", "25", "NULL", "NULL", "Forge 16 8 GB RAM", "Wireless Mouse", "Laptop Sleeve 16 in");
        Element w = widget(page(new Shopper(), "Forge 16 8 GB RAM", ""));
        BigDecimal total = price("Forge 16 8 GB RAM").add(price("Wireless Mouse")).add(price("Laptop Sleeve 16 in"));
        assertEquals("Bundle price " + money(total.subtract(new BigDecimal("25.00"))) + ", you save $25.00", summary(w));
        assertEquals("AMOUNT", w.attr("data-discount-type"));
    }

    @Test
    public void notShownWhenEndedDisabledNotStartedOrAProductCannotBeBought() throws Exception {
        bundle(B + 3, true, "PERCENT", "10", "NULL", "NULL", "Pixelle 8 128 GB", "Wireless Charging Pad");
        bundle(B + 4, true, "PERCENT", "10", "NULL", "NULL", "Aero 14 8 GB RAM", "Nova 9 Case (discontinued)");
        bundle(B + 5, true, "PERCENT", "10", "NULL", Sql.fromNow(-1), "Wireless Earbuds",
                "USB-C Cable 2 m");
        bundle(B + 6, false, "PERCENT", "10", "NULL", "NULL", "Portable Speaker", "USB-C Cable 2 m");
        bundle(B + 7, true, "PERCENT", "10", Sql.fromNow(86400), "NULL", "Over-Ear Headphones",
                "USB-C Cable 2 m");
        for (String anchor : List.of("Pixelle 8 128 GB", "Aero 14 8 GB RAM", "Wireless Earbuds", "Portable Speaker",
                "Over-Ear Headphones")) {
            assertNull(anchor + ": no bundle widget", page(new Shopper(), anchor, "").selectFirst(".uplift-widget--bundle"));
        }
        // the first bundle of an anchor that can be bought is shown
        bundle(B + 8, true, "PERCENT", "10", "NULL", "NULL", "Compact Soundbar", "Wireless Charging Pad");
        bundle(B + 9, true, "PERCENT", "5", "NULL", Sql.fromNow(86400), "Compact Soundbar",
                "USB-C Cable 2 m");
        Element w = widget(page(new Shopper(), "Compact Soundbar", ""));
        assertEquals(String.valueOf(B + 9), w.attr("data-uplift-bundle"));
        // ... until it ends, or is switched off
        WidgetRows.update("UPDATE UPLIFT_BUNDLE SET ENDS = " + Sql.fromNow(-1) + " WHERE BUNDLE_ID = "
                + (B + 9));
        refreshBundles();
        assertNull("ended", page(new Shopper(), "Compact Soundbar", "").selectFirst(".uplift-widget--bundle"));
        novaBundle();
        assertNotNull(page(new Shopper(), ANCHOR, "").selectFirst(".uplift-widget--bundle"));
        WidgetRows.update("UPDATE UPLIFT_BUNDLE SET ENABLED = FALSE WHERE BUNDLE_ID = " + (B + 1));
        refreshBundles();
        assertNull("switched off", page(new Shopper(), ANCHOR, "").selectFirst(".uplift-widget--bundle"));
        // a companion that runs out of stock hides it too
        WidgetRows.update("UPDATE UPLIFT_BUNDLE SET ENABLED = TRUE WHERE BUNDLE_ID = " + (B + 1));
        refreshBundles();
        changeStock(CABLE, 0);
        assertNull("a companion out of stock", page(new Shopper(), ANCHOR, "").selectFirst(".uplift-widget--bundle"));
    }

    // no JavaScript: the selection travels as page parameters ========================================================

    @Test
    public void withoutJavaScriptTheSelectionIsRecomputedOnTheServerFromPageParameters() throws Exception {
        novaBundle();
        Shopper s = new Shopper();
        String selection = "?upliftBundle=" + (B + 1) + "&upliftItem=" + id(ANCHOR) + "&upliftItem=" + id(CABLE);
        Element w = widget(page(s, ANCHOR, selection));
        assertEquals(List.of(id(ANCHOR), id(CABLE)), checked(w));
        assertEquals("a partial set is never discounted",
                "Selected total " + money(price(ANCHOR).add(price(CABLE))) + ". Select all 4 to save $67.40.", summary(w));
        assertTrue(w.selectFirst(".uplift-bundle__item:nth-child(2)").hasClass("uplift-is-unselected"));

        // "Update price" posts the form to the select action, which returns to the page with the selection
        HttpResponse<String> r = s.http.postPairs(DemoStoreHarness.site(BundleAddController.SELECT_PATH),
                form(w, ANCHOR, CASE, WALLET), "text/html");
        assertEquals(302, r.statusCode());
        String location = r.headers().firstValue("Location").orElse("");
        assertTrue(location, location.contains(Shopper.productUrl(id(ANCHOR)) + "?upliftBundle=" + (B + 1)
                + "&upliftItem=" + id(ANCHOR) + "&upliftItem=" + id(CASE) + "&upliftItem=" + id(WALLET)
                + "#uplift-bundle-" + (B + 1)));
        assertFalse("the earlier selection is replaced", location.contains("upliftItem=" + id(CABLE)));
        String next = location.substring(location.indexOf(Shopper.productUrl(id(ANCHOR))), location.indexOf('#'));
        w = widget(Http.parse(s.http.get(DemoStoreHarness.site(next))));
        assertEquals(List.of(id(ANCHOR), id(CASE), id(WALLET)), checked(w));
        assertEquals("Selected total $662.00. Select all 4 to save $67.40.", summary(w));

        r = s.http.postPairs(DemoStoreHarness.site(BundleAddController.SELECT_PATH), form(w, ANCHOR, CASE, WALLET, CABLE),
                "text/html");
        w = widget(Http.parse(s.http.get(DemoStoreHarness.site(r.headers().firstValue("Location").orElse("")
                .replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "")))));
        assertEquals("Bundle price $606.60, you save $67.40", summary(w));

        assertEquals("nothing checked", "Select at least one product.",
                summary(widget(page(s, ANCHOR, "?upliftBundle=" + (B + 1)))));
        // bad or foreign values are ignored, never an error page
        for (String bad : new String[] {"?upliftBundle=abc&upliftItem=%3Cscript%3E", "?upliftBundle=-1",
                "?upliftBundle=" + (B + 2) + "&upliftItem=" + id(ANCHOR), "?upliftItem=" + id(CASE),
                "?upliftBundle=99999999999999999999999&upliftItem=1"}) {
            assertEquals(bad + ": all checked", 4, checked(widget(page(s, ANCHOR, bad))).size());
        }
        assertEquals("unknown products are dropped from the selection", List.of(id(CASE)), checked(widget(page(s, ANCHOR,
                "?upliftBundle=" + (B + 1) + "&upliftItem=" + id(CASE) + "&upliftItem=999999&upliftItem=x"))));
    }

    // adding =========================================================================================================

    @Test
    public void addSelectedAddsExactlyTheSelectedProductsOnceEach() throws Exception {
        novaBundle();
        Shopper s = new Shopper();
        Element w = widget(page(s, ANCHOR, ""));
        HttpResponse<String> r = addJson(s, form(w, CABLE, ANCHOR, CASE));
        assertEquals(r.body(), 200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.body(), r.body().contains("\"ok\":true") && r.body().contains("\"changed\":true")
                && r.body().contains("\"cartQuantity\":3"));
        assertTrue(r.body(), r.body().contains("Added " + ANCHOR + ", " + CASE + " and " + CABLE + " to your cart."));
        assertTrue(r.body(), r.body().contains("\"added\":[{\"productId\":" + id(ANCHOR) + ",\"name\":\"" + ANCHOR + "\"}"));
        assertEquals(units(ANCHOR, 1, CASE, 1, CABLE, 1), cart(s));

        // without JavaScript: a plain form post, back to the page with the message
        w = widget(page(s, ANCHOR, ""));
        r = s.http.postPairs(DemoStoreHarness.site(BundleAddController.PATH), form(w, ANCHOR, CASE, WALLET, CABLE),
                "text/html");
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith(Shopper.productUrl(id(ANCHOR))));
        Document back = page(s, ANCHOR, "");
        assertEquals("Added " + ANCHOR + ", " + CASE + ", " + WALLET + " and " + CABLE + " to your cart.",
                back.select(".uplift-slot__message").text());
        assertEquals(units(ANCHOR, 2, CASE, 2, CABLE, 2, WALLET, 1), cart(s));
        assertTrue("another shopper's cart is untouched", cart(new Shopper()).isEmpty());
    }

    /**
     * The set added from the widget is priced in the cart at the widget's bundle price (Broadleaf's pricing workflow
     * with the plugin's bundle step); a partial set gets no saving.
     */
    @Test
    public void theCartChargesTheWidgetsBundlePriceForTheCompleteSetAndNothingOffAPartOfIt() throws Exception {
        novaBundle();
        Shopper s = new Shopper();
        Element w = widget(page(s, ANCHOR, ""));
        String bundlePrice = w.selectFirst(".uplift-bundle__bundle-price").text();
        String saving = w.selectFirst(".uplift-bundle__saving").text();
        assertEquals(200, addJson(s, form(w, ANCHOR, CASE, CABLE)).statusCode());
        Document cart = s.cart();
        assertTrue("no saving for a partial set: " + cart.select(".cart-saving"), cart.select(".cart-saving").isEmpty());
        assertNull(cart.selectFirst(".cart-grand-total"));
        // the missing wallet from a fresh rendering completes the set
        assertEquals(200, addJson(s, form(widget(page(s, ANCHOR, "")), WALLET)).statusCode());
        cart = s.cart();
        assertEquals(List.of("Bundle saving: Test set " + (B + 1) + " (1 set) -" + saving),
                texts(cart.select(".cart-saving")));
        assertEquals("the cart charges the widget's bundle price", bundlePrice,
                cart.selectFirst(".cart-grand-total strong").text());
        // removing one product removes the saving
        Element wallet = cart.selectFirst(".cart-line[data-product-id=" + id(WALLET) + "]");
        Map<String, String> remove = Http.formFields(wallet.select("form").last());
        assertEquals(302, s.http.post(DemoStoreHarness.site("/cart/remove"), remove).statusCode());
        assertTrue(s.cart().select(".cart-saving").isEmpty());
    }

    @Test
    public void nothingIsAddedWhenOneProductIsOutOfStockOrBroadleafFailsHalfWay() throws Exception {
        novaBundle();
        Shopper s = new Shopper();
        s.quickAdd(id("Wireless Mouse"));
        Map<Long, Integer> before = cart(s);
        List<Map.Entry<String, String>> all = form(widget(page(s, ANCHOR, "")), ANCHOR, CASE, WALLET, CABLE);

        changeStock(WALLET, 0);
        HttpResponse<String> r = addJson(s, all);
        assertEquals(r.body(), 409, r.statusCode());
        assertTrue(r.body(), r.body().contains("Sorry, " + WALLET + " is out of stock. Nothing was added.")
                && r.body().contains("\"ok\":false"));
        assertEquals("nothing added", before, cart(s));

        // stock for what the cart holds plus one: one wallet left and one already in the cart
        changeStock(WALLET, 1);
        s.quickAdd(id(WALLET));
        before = cart(s);
        r = addJson(s, all);
        assertEquals(r.body(), 409, r.statusCode());
        assertTrue(r.body(), r.body().contains(WALLET + " is out of stock"));
        assertEquals(before, cart(s));

        // Broadleaf refuses the last product after the first three were added (its SKU is priced in another
        // currency than the cart): the transaction is rolled back as a whole
        changeStock(WALLET, 60);
        if (Sql.count("SELECT COUNT(*) FROM BLC_CURRENCY WHERE CURRENCY_CODE = 'EUR'") == 0) {
            WidgetRows.update("INSERT INTO BLC_CURRENCY (CURRENCY_CODE, DEFAULT_FLAG, FRIENDLY_NAME)"
                    + " VALUES ('EUR', FALSE, 'Euro')");
        }
        currencyChanged.add(id(CABLE));
        WidgetRows.update("UPDATE BLC_SKU SET CURRENCY_CODE = 'EUR' WHERE SKU_ID = (SELECT DEFAULT_SKU_ID FROM"
                + " BLC_PRODUCT WHERE PRODUCT_ID = " + id(CABLE) + ")");
        evictCatalogCaches();
        r = addJson(s, all);
        assertEquals(r.body(), 409, r.statusCode());
        assertTrue(r.body(), r.body().contains("could not be added; your cart is unchanged"));
        assertEquals("rolled back: not even the first three", before, cart(s));
    }

    @Test
    public void tamperedRequestsAreRefusedWithAClearMessageAndChangeNothing() throws Exception {
        novaBundle();
        bundle(B + 3, true, "PERCENT", "10", "NULL", "NULL", "Pixelle 8 128 GB", "Wireless Charging Pad");
        bundle(B + 4, true, "PERCENT", "10", "NULL", "NULL", "Aero 14 8 GB RAM", "Nova 9 Case (discontinued)");
        bundle(B + 5, true, "PERCENT", "10", "NULL", Sql.fromNow(-1), "Wireless Earbuds",
                "USB-C Cable 2 m");
        bundle(B + 6, false, "PERCENT", "10", "NULL", "NULL", "Portable Speaker", "USB-C Cable 2 m");
        Shopper s = new Shopper();
        s.quickAdd(id("Wireless Mouse"));
        Map<Long, Integer> before = cart(s);
        List<Map.Entry<String, String>> good = form(widget(page(s, ANCHOR, "")), ANCHOR, CASE);
        List<Map.Entry<String, String>> plain = without(good, "item");
        Object[][] bad = {
            {replaced(good, "bundleId", "999999"), 400, "That bundle is not available: '999999'."},
            {replaced(good, "bundleId", "abc"), 400, "That bundle is not available: 'abc'."},
            {replaced(good, "bundleId", String.valueOf(B + 5)), 400, "That bundle is not available"},
            {replaced(good, "bundleId", String.valueOf(B + 6)), 400, "That bundle is not available"},
            {without(good, "bundleId"), 400, "That bundle is not available."},
            {with(good, "item", String.valueOf(id("Wireless Mouse"))), 400,
                "Wireless Mouse is not part of this bundle. Nothing was added."},
            {with(good, "item", "1;DROP TABLE"), 400, "That product does not exist: '1;DROP TABLE'"},
            {with(good, "item", "-5"), 400, "That product does not exist: '-5'"},
            {with(good, "item", String.valueOf(id(CASE))), 400, CASE + " is listed twice"},
            {plain, 400, "Select at least one product of the bundle."},
            {with(good, "price", "0.01"), 400, "Prices are set by the shop, not by the request ('price' refused)"},
            {with(good, "discount", "599"), 400, "Prices are set by the shop"},
            {with(good, "salePrice", "1"), 400, "Prices are set by the shop"},
            {with(good, "quantity", "2"), 400, "a quantity cannot be chosen ('quantity=2' refused)"},
            {with(good, "quantity", "0"), 400, "a quantity cannot be chosen"},
            {with(good, "quantity", "-1"), 400, "a quantity cannot be chosen"},
            {with(good, "quantity", "100000"), 400, "a quantity cannot be chosen"},
            {without(good, "token"), 400, "no valid request token"},
            {replaced(good, "token", "x"), 400, "no valid request token"},
            {replaced(with(replaced(plain, "bundleId", String.valueOf(B + 3)), "item",
                    String.valueOf(id("Pixelle 8 128 GB"))), "item", String.valueOf(id("Wireless Charging Pad"))), 409,
                "Sorry, Wireless Charging Pad is out of stock. Nothing was added."},
            {with(with(replaced(plain, "bundleId", String.valueOf(B + 4)), "item",
                    String.valueOf(id("Aero 14 8 GB RAM"))), "item", String.valueOf(id("Nova 9 Case (discontinued)"))), 409,
                "Sorry, Nova 9 Case (discontinued) is no longer available. Nothing was added."},
        };
        for (Object[] b : bad) {
            @SuppressWarnings("unchecked")
            List<Map.Entry<String, String>> f = (List<Map.Entry<String, String>>) b[0];
            HttpResponse<String> r = addJson(s, f);
            assertEquals(f + ": " + r.body(), b[1], r.statusCode());
            assertTrue(f + " says '" + b[2] + "': " + r.body(), r.body().contains((String) b[2]));
            assertTrue(r.body(), r.body().contains("\"ok\":false") && r.body().contains("\"changed\":false"));
            assertEquals(f + " changed nothing", before, cart(s));
        }
        // without the CSRF token: Broadleaf's filter refuses it
        HttpResponse<String> r = addJson(s, without(good, "csrfToken"));
        assertEquals(403, r.statusCode());
        assertEquals(before, cart(s));
        // and the genuine request still works
        r = addJson(s, good);
        assertEquals(r.body(), 200, r.statusCode());
        assertEquals(units("Wireless Mouse", 1, ANCHOR, 1, CASE, 1), cart(s));
    }

    @Test
    public void aReplayedRequestTokenAddsNothing() throws Exception {
        novaBundle();
        Shopper s = new Shopper();
        List<Map.Entry<String, String>> all = form(widget(page(s, ANCHOR, "")), ANCHOR, CASE, WALLET, CABLE);
        HttpResponse<String> first = addJson(s, all);
        assertEquals(first.body(), 200, first.statusCode());
        Map<Long, Integer> once = units(ANCHOR, 1, CASE, 1, WALLET, 1, CABLE, 1);
        assertEquals(once, cart(s));
        HttpResponse<String> again = addJson(s, all);
        assertEquals(again.body(), 200, again.statusCode());
        assertTrue(again.body(), again.body().contains("\"ok\":true") && again.body().contains("\"changed\":false")
                && again.body().contains("Already added to your cart; nothing was added again.")
                && again.body().contains("\"added\":[]") && again.body().contains("\"cartQuantity\":4"));
        HttpResponse<String> form = s.http.postPairs(DemoStoreHarness.site(BundleAddController.PATH), all, "text/html");
        assertEquals(302, form.statusCode());
        assertEquals("Already added to your cart; nothing was added again.",
                page(s, ANCHOR, "").select(".uplift-slot__message").text());
        assertEquals("the replays added nothing", once, cart(s));
        // a fresh rendering's token adds the set once more
        assertEquals(200, addJson(s, form(widget(page(s, ANCHOR, "")), ANCHOR, CASE, WALLET, CABLE)).statusCode());
        assertEquals(units(ANCHOR, 2, CASE, 2, WALLET, 2, CABLE, 2), cart(s));
        // so does the fresh token the answer gives the page's script (the page stays; its own token is spent)
        String next = tokenOf(again.body());
        List<Map.Entry<String, String>> other = form(widget(page(s, ANCHOR, "")), ANCHOR, CASE);
        other.removeIf(e -> e.getKey().equals("token"));
        other.add(Map.entry("token", next));
        HttpResponse<String> fromThePage = addJson(s, other);
        assertEquals(fromThePage.body(), 200, fromThePage.statusCode());
        assertTrue(fromThePage.body(), fromThePage.body().contains("\"changed\":true"));
        assertEquals(units(ANCHOR, 3, CASE, 3, WALLET, 2, CABLE, 2), cart(s));
        assertEquals("and it is spent in turn", units(ANCHOR, 3, CASE, 3, WALLET, 2, CABLE, 2), cartAfter(s, other));
    }

    /** The fresh request token of a JSON answer. */
    private static String tokenOf(String body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"token\":\"([A-Za-z0-9_-]{16,64})\"")
                .matcher(body);
        assertTrue("a fresh token in " + body, m.find());
        return m.group(1);
    }

    private Map<Long, Integer> cartAfter(Shopper s, List<Map.Entry<String, String>> request) throws Exception {
        HttpResponse<String> r = addJson(s, request);
        assertEquals(r.body(), 200, r.statusCode());
        assertTrue(r.body(), r.body().contains("Already added to your cart"));
        return cart(s);
    }

    /**
     * Eight threads post "add all" for one session (one cookie jar) at the same moment, into an empty cart: with one
     * token exactly one set is added and the others answer "already added"; with seven more tokens (renderings)
     * exactly seven more sets. Either way one cart, each product on one line. Then the same without Broadleaf's
     * session lock for the action (its own per-session lock alone): nine requests (eight tokens, one replayed) into a
     * new shopper's empty cart give exactly eight sets in one cart.
     */
    @Test
    public void parallelAddAllRequestsOfOneSessionEndInAConsistentCart() throws Exception {
        // Broadleaf serializes a session's POSTs (the demo's CartStateFilter with the session lock manager, queueing)
        assertTrue(bean("blOrderLockManager", Object.class) instanceof SessionOrderLockManager);
        assertNull(bean("blCartStateFilter", CartStateFilter.class).getExcludedOrderLockRequestPatterns());
        bundle(B + 2, true, "AMOUNT", "5", "NULL", "NULL", "Wireless Mouse", "Mouse Pad XL", "USB-C Hub 7-in-1");
        Shopper s = new Shopper();
        List<List<Map.Entry<String, String>>> forms = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            forms.add(form(widget(page(s, "Wireless Mouse", "")), "Wireless Mouse", "Mouse Pad XL", "USB-C Hub 7-in-1"));
        }
        List<HttpResponse<String>> same = parallel(s, Collections.nCopies(8, forms.get(0)));
        int changed = 0;
        for (HttpResponse<String> r : same) {
            assertEquals(r.body(), 200, r.statusCode());
            assertTrue(r.body(), r.body().contains("\"ok\":true"));
            changed += r.body().contains("\"changed\":true") ? 1 : 0;
        }
        assertEquals("one token: one request adds, the others answer already added", 1, changed);
        assertEquals(units("Wireless Mouse", 1, "Mouse Pad XL", 1, "USB-C Hub 7-in-1", 1), cart(s));
        assertEquals("one line per product", 3, s.cart().select(".cart-line").size());

        List<HttpResponse<String>> distinct = parallel(s, forms.subList(1, 8));
        for (HttpResponse<String> r : distinct) {
            assertEquals(r.body(), 200, r.statusCode());
            assertTrue(r.body(), r.body().contains("\"changed\":true"));
        }
        assertEquals("seven more tokens: seven more sets", units("Wireless Mouse", 8, "Mouse Pad XL", 8,
                "USB-C Hub 7-in-1", 8), cart(s));
        assertEquals(3, s.cart().select(".cart-line").size());
        assertEquals("one cart for the shopper", 1, openCartsOfCartLine(s));

        // the action's own guard, without Broadleaf's lock: a new shopper, empty cart, eight renderings at once
        CartStateFilter filter = bean("blCartStateFilter", CartStateFilter.class);
        filter.setExcludedOrderLockRequestPatterns(List.of("/uplift/bundle/**"));
        try {
            Shopper t = new Shopper();
            List<List<Map.Entry<String, String>>> fresh = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                fresh.add(form(widget(page(t, "Wireless Mouse", "")), "Wireless Mouse", "Mouse Pad XL", "USB-C Hub 7-in-1"));
            }
            fresh.add(fresh.get(0)); // and one replay among them
            int added = 0;
            for (HttpResponse<String> r : parallel(t, fresh)) {
                assertEquals(r.body(), 200, r.statusCode());
                added += r.body().contains("\"changed\":true") ? 1 : 0;
            }
            assertEquals(8, added);
            assertEquals(units("Wireless Mouse", 8, "Mouse Pad XL", 8, "USB-C Hub 7-in-1", 8), cart(t));
            assertEquals("one cart, created once", 1, openCartsOfCartLine(t));
        } finally {
            filter.setExcludedOrderLockRequestPatterns(null);
        }
    }

    /**
     * When a shopper's first cart is saved, Broadleaf's refresher moves the anonymous customer in the session from the
     * object to its id (remove, then set). Uplift's listener stores the id first, so a parallel request of the session
     * never finds neither (it would make a new customer with an empty cart; the parallel test above lost its cart
     * that way once in CI). The real event and both real listeners, on a recording session.
     */
    @Test
    public void aParallelRequestAlwaysFindsTheAnonymousCustomerWhileItsFirstCartIsSaved() throws Exception {
        Customer customer = bean("blCustomerService", CustomerService.class).createNewCustomer();
        String objectName = CustomerStateRequestProcessor.getAnonymousCustomerSessionAttributeName();
        String idName = CustomerStateRequestProcessor.getAnonymousCustomerIdSessionAttributeName();
        Map<String, Object> attributes = new ConcurrentHashMap<>();
        attributes.put(objectName, customer);
        List<String> seenAtRemoval = new ArrayList<>();
        HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getAttribute":
                            return attributes.get((String) args[0]);
                        case "setAttribute":
                            attributes.put((String) args[0], args[1]);
                            return null;
                        case "removeAttribute":
                            if (objectName.equals(args[0])) {
                                seenAtRemoval.add(String.valueOf(attributes.get(idName)));
                            }
                            attributes.remove((String) args[0]);
                            return null;
                        case "getId":
                            return "handover-test";
                        default:
                            return null;
                    }
                });
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getSession":
                            return session;
                        case "getAttributeNames":
                            return Collections.emptyEnumeration();
                        default:
                            return null;
                    }
                });
        BroadleafRequestContext before = BroadleafRequestContext.getBroadleafRequestContext();
        BroadleafRequestContext context = new BroadleafRequestContext();
        context.setWebRequest(new ServletWebRequest(request));
        BroadleafRequestContext.setBroadleafRequestContext(context);
        try {
            ApplicationContextHolder.getApplicationContext().publishEvent(new CustomerPersistedEvent(customer));
        } finally {
            BroadleafRequestContext.setBroadleafRequestContext(before);
        }
        assertEquals("Broadleaf's refresher removed the object once, the id already being there",
                List.of(String.valueOf(customer.getId())), seenAtRemoval);
        assertEquals(customer.getId(), attributes.get(idName));
        assertNull(attributes.get(objectName));
    }

    private static List<HttpResponse<String>> parallel(Shopper s, List<List<Map.Entry<String, String>>> forms)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(8, forms.size()));
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (List<Map.Entry<String, String>> f : forms) {
                futures.add(pool.submit((Callable<HttpResponse<String>>) () -> {
                    go.await();
                    return addJson(s, f);
                }));
            }
            go.countDown();
            List<HttpResponse<String>> out = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                out.add(f.get(120, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** IN_PROCESS orders (carts) of the customer whose cart the shopper sees. */
    private static int openCartsOfCartLine(Shopper s) throws Exception {
        long lineId = Long.parseLong(s.cart().selectFirst(".cart-line input[name=orderItemId]").attr("value"));
        try (Connection c = DemoStoreHarness.jdbc();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM BLC_ORDER o WHERE o.ORDER_STATUS = 'IN_PROCESS'"
                     + " AND o.CUSTOMER_ID = (SELECT o2.CUSTOMER_ID FROM BLC_ORDER o2 JOIN BLC_ORDER_ITEM i"
                     + " ON i.ORDER_ID = o2.ORDER_ID WHERE i.ORDER_ITEM_ID = ?)")) {
            q.setLong(1, lineId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
