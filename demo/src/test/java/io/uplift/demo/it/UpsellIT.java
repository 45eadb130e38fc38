package io.uplift.demo.it;

import io.uplift.broadleaf.upsell.ComparisonGroupsCache;
import io.uplift.broadleaf.upsell.SocialProofCache;
import io.uplift.broadleaf.warranty.WarrantyService;
import io.uplift.web.upsell.CartUpgradeController;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Upsell on the real Broadleaf site: the comparison table of a phone and a laptop (highlighted differences, framed
 * deltas, social proof equal to counts computed independently from the order tables, scarcity from real inventory,
 * the limited-time offer and its end), and the cart upgrade with its bad inputs, each leaving the cart unchanged.
 */
public class UpsellIT {

    private static final Pattern PROOF = Pattern.compile("Chosen in (\\d+)% of (\\d+) (.+) orders in the last (\\d+) days");

    @Before
    @After
    public void restore() throws Exception {
        DemoStoreHarness.store();
        // the comparison widget's default count too: a test here limits it to one better version, which would leak
        // into later test classes (restoreDefaults leaves counts alone)
        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET MAX_ITEMS = 3 WHERE WIDGET_TYPE = 'COMPARISON'");
        WidgetRows.restoreDefaults();
        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET MAX_ITEMS = 3 WHERE WIDGET_TYPE IN ('COMPARISON', 'CART_UPGRADE')");
        WidgetRows.refreshSite();
        WidgetRows.update("UPDATE UPLIFT_COMPARISON_GROUP SET OFFER_ENDS = " + Sql.fromNow(14 * 86400)
                + " WHERE OFFER_TEXT IS NOT NULL");
        groups().refresh();
    }

    private static ComparisonGroupsCache groups() {
        return DemoStoreHarness.siteContext().getBean("blUpliftComparisonGroups", ComparisonGroupsCache.class);
    }

    private static SocialProofCache socialProof() {
        return DemoStoreHarness.siteContext().getBean("blUpliftSocialProof", SocialProofCache.class);
    }

    private static Document page(Http http, String productName) throws Exception {
        HttpResponse<String> r = http.get(DemoStoreHarness.site(Shopper.productUrl(Shopper.productId(productName))));
        assertEquals(200, r.statusCode());
        return Http.parse(r);
    }

    private static Element table(Document page) {
        Element widget = page.selectFirst(".uplift-widget--comparison");
        assertNotNull("comparison table on the page", widget);
        return widget;
    }

    private static List<String> texts(Elements elements) {
        List<String> out = new ArrayList<>();
        for (Element e : elements) {
            out.add(e.text());
        }
        return out;
    }

    private static Element row(Element table, String label) {
        for (Element tr : table.select("tbody tr")) {
            Element th = tr.selectFirst("th");
            if (th != null && th.text().equals(label)) {
                return tr;
            }
        }
        return null;
    }

    private static int quantityAvailable(String skuName) throws Exception {
        try (Connection c = DemoStoreHarness.jdbc();
             PreparedStatement s = c.prepareStatement("SELECT QUANTITY_AVAILABLE FROM BLC_SKU WHERE NAME = ?")) {
            s.setString(1, skuName);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getInt(1);
            }
        }
    }

    @Test
    public void phonePageComparesWithBetterVersionsHighlightedFramedAndScarce() throws Exception {
        Element t = table(page(new Http(), "Nova X Max 128 GB"));
        assertEquals(List.of("Nova X Max 128 GB", "Nova X Max 256 GB", "Nova X Max 512 GB"),
                texts(t.select("thead .uplift-compare__name")));
        assertEquals(List.of("+$100 for twice the storage", "+$250 for 4 times the storage"),
                texts(t.select("thead .uplift-compare__delta")));
        Element storage = row(t, "Storage");
        assertEquals(List.of("128 GB", "256 GB", "512 GB"), texts(storage.select("td")));
        assertTrue(storage.hasClass("uplift-differs"));
        assertTrue(storage.select("td").get(0).hasClass("uplift-diff-same"));
        assertTrue(storage.select("td").get(1).hasClass("uplift-diff-more"));
        assertTrue(storage.select("td").get(2).hasClass("uplift-diff-more"));
        Element ram = row(t, "RAM");
        assertEquals(List.of("8 GB", "8 GB", "12 GB"), texts(ram.select("td")));
        assertTrue("same RAM is not highlighted", ram.select("td").get(1).hasClass("uplift-diff-same"));
        Element sos = row(t, "Satellite SOS");
        assertEquals("a feature only the best version has", List.of("-", "-", "yes"), texts(sos.select("td")));
        assertTrue(sos.select("td").get(2).hasClass("uplift-diff-added"));
        Element screen = row(t, "Screen");
        assertFalse("no version differs on the screen", screen.hasClass("uplift-differs"));
        assertTrue("premium features called out: " + row(t, "What you gain").text(),
                row(t, "What you gain").select("td").get(2).text().contains("50% more RAM"));
        // scarcity from the real inventory: 512 GB has 2 in stock (threshold 5), the others plenty
        assertEquals(2, quantityAvailable("Nova X Max 512 GB"));
        Element stock = row(t, "Stock");
        assertNotNull(stock);
        assertEquals(List.of("", "", "Only 2 left"), texts(stock.select("td")));
        // the running limited-time offer
        assertTrue(t.selectFirst(".uplift-compare__offer").text().startsWith("Holiday week"));
        // one "choose this" per version, each posting that version's id to quick add
        assertEquals(3, t.select("tfoot button[name=productId]").size());
        assertEquals(String.valueOf(Shopper.productId("Nova X Max 512 GB")),
                t.select("tfoot button[name=productId]").get(2).attr("value"));
    }

    @Test
    public void laptopPageComparesRamStorageAndTheOledDisplay() throws Exception {
        Element t = table(page(new Http(), "Forge 16 8 GB RAM"));
        assertEquals(List.of("Forge 16 8 GB RAM", "Forge 16 16 GB RAM", "Forge 16 32 GB RAM"),
                texts(t.select("thead .uplift-compare__name")));
        assertEquals(List.of("+$200 for twice the RAM", "+$600 for 4 times the RAM"),
                texts(t.select("thead .uplift-compare__delta")));
        assertEquals("1 TB is twice 512 GB, four times 256 GB", List.of("256 GB", "512 GB", "1 TB"),
                texts(row(t, "Storage").select("td")));
        assertTrue(row(t, "What you gain").select("td").get(2).text().contains("OLED display"));
        assertEquals(3, quantityAvailable("Forge 16 32 GB RAM"));
        assertEquals(List.of("", "", "Only 3 left"), texts(row(t, "Stock").select("td")));
        assertNull("no offer on this family", t.selectFirst(".uplift-compare__offer"));
    }

    @Test
    public void addOnCardsFrameTheirRealPriceWithTheirBenefit() throws Exception {
        Document page = page(new Http(), "Nova X Max 128 GB");
        Elements framed = page.select("li.uplift-card:has(.uplift-card__framing)");
        assertFalse("an add-on (gift wrap) among the suggestions, framed; protection plans are offered by their"
                + " selector", framed.isEmpty());
        for (Element card : framed) {
            long id = Long.parseLong(card.attr("data-product-id"));
            String[] priceAndBenefit = priceAndBenefit(id);
            assertEquals("only +$" + priceAndBenefit[0] + " for " + priceAndBenefit[1],
                    card.selectFirst(".uplift-card__framing").text());
        }
        for (Element card : page.select("li.uplift-card:not(:has(.uplift-card__framing))")) {
            assertNull("no framing without a benefit: " + card.attr("data-product-id"),
                    priceAndBenefit(Long.parseLong(card.attr("data-product-id")))[1]);
        }
    }

    /** The product's price without cents (e.g. "79") and its benefit attribute (or null), from the catalog tables. */
    private static String[] priceAndBenefit(long productId) throws Exception {
        try (Connection c = DemoStoreHarness.jdbc();
             PreparedStatement s = c.prepareStatement("SELECT k.RETAIL_PRICE, k.SALE_PRICE, (SELECT a.VALUE FROM"
                     + " BLC_PRODUCT_ATTRIBUTE a WHERE a.PRODUCT_ID = p.PRODUCT_ID AND a.NAME = 'benefit')"
                     + " FROM BLC_PRODUCT p JOIN BLC_SKU k ON k.SKU_ID = p.DEFAULT_SKU_ID WHERE p.PRODUCT_ID = ?")) {
            s.setLong(1, productId);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                BigDecimal price = rs.getBigDecimal(2) != null ? rs.getBigDecimal(2) : rs.getBigDecimal(1);
                return new String[] {price.stripTrailingZeros().toPlainString(), rs.getString(3)};
            }
        }
    }

    @Test
    public void aGroupWithAnInactiveVersionAndMissingAttributesShowsWhatItCan() throws Exception {
        long short1 = Shopper.productId("USB-C Cable 1 m");
        long inactive = Shopper.productId("Micro-USB Cable (discontinued)");
        long long2 = Shopper.productId("USB-C Cable 2 m");
        try {
            WidgetRows.update("INSERT INTO UPLIFT_COMPARISON_GROUP (GROUP_ID, NAME, ENABLED, ATTRIBUTES) VALUES"
                    + " (900001, 'Cable', TRUE, 'length, braided, power')");
            WidgetRows.update("INSERT INTO UPLIFT_COMPARISON_MEMBER (MEMBER_ID, GROUP_ID, PRODUCT_ID, SEQUENCE) VALUES"
                    + " (900001, 900001, " + short1 + ", 1), (900002, 900001, " + inactive + ", 2), (900003, 900001, "
                    + long2 + ", 3)");
            // a group with a single version is refused as a whole, and the pages go on
            WidgetRows.update("INSERT INTO UPLIFT_COMPARISON_GROUP (GROUP_ID, NAME, ENABLED) VALUES (900002, 'Lonely', TRUE)");
            WidgetRows.update("INSERT INTO UPLIFT_COMPARISON_MEMBER (MEMBER_ID, GROUP_ID, PRODUCT_ID, SEQUENCE) VALUES"
                    + " (900004, 900002, " + Shopper.productId("Portable Speaker") + ", 1)");
            assertTrue(groups().refresh());
            assertTrue(groups().getRejected().toString(), groups().getRejected().toString().contains("900002"));
            Element t = table(page(new Http(), "USB-C Cable 1 m"));
            assertEquals("the inactive version is left out", List.of("USB-C Cable 1 m", "USB-C Cable 2 m"),
                    texts(t.select("thead .uplift-compare__name")));
            assertEquals("attributes nobody has are left out", List.of("Length"), texts(t.select(
                    "tbody tr.uplift-compare__row:not(.uplift-compare__row--premium):not(.uplift-compare__row--proof)"
                            + ":not(.uplift-compare__row--stock) th")));
            assertNull(row(t, "Braided"));
            assertNull(row(t, "Power"));
            assertEquals("+$4 for twice the length", t.selectFirst("thead .uplift-compare__delta").text());
            HttpResponse<String> speaker = new Http().get(DemoStoreHarness.site(
                    Shopper.productUrl(Shopper.productId("Portable Speaker"))));
            assertEquals(200, speaker.statusCode());
            assertNull(Http.parse(speaker).selectFirst(".uplift-widget--comparison"));
        } finally {
            WidgetRows.update("DELETE FROM UPLIFT_COMPARISON_MEMBER WHERE GROUP_ID >= 900000");
            WidgetRows.update("DELETE FROM UPLIFT_COMPARISON_GROUP WHERE GROUP_ID >= 900000");
            groups().refresh();
        }
    }

    @Test
    public void theBestVersionAndProductsOutsideGroupsShowNoTable() throws Exception {
        assertNull(page(new Http(), "Nova X Max 512 GB").selectFirst(".uplift-widget--comparison"));
        assertNull(page(new Http(), "USB-C Cable 1 m").selectFirst(".uplift-widget--comparison"));
        Element t = table(page(new Http(), "Nova X Max 256 GB"));
        assertEquals("only better versions are offered", 2, t.select("thead .uplift-compare__name").size());
    }

    /**
     * Orders per version and per family in the window, counted here from the order tables in Java (every order's
     * product set), not with the plugin's SQL.
     */
    private static Map<String, long[]> independentCounts(List<String> versions, int days) throws Exception {
        Timestamp since = new Timestamp(System.currentTimeMillis() - days * 86_400_000L);
        Map<Long, Set<String>> orders = new HashMap<>();
        try (Connection c = DemoStoreHarness.jdbc();
             PreparedStatement s = c.prepareStatement("SELECT o.ORDER_ID, k.NAME FROM BLC_ORDER o, BLC_ORDER_ITEM i,"
                     + " BLC_DISCRETE_ORDER_ITEM d, BLC_SKU k WHERE i.ORDER_ID = o.ORDER_ID"
                     + " AND d.ORDER_ITEM_ID = i.ORDER_ITEM_ID AND k.SKU_ID = d.SKU_ID"
                     + " AND o.ORDER_STATUS = 'SUBMITTED' AND o.SUBMIT_DATE >= ?")) {
            s.setTimestamp(1, since);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    orders.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
        }
        long total = 0;
        Map<String, long[]> out = new LinkedHashMap<>();
        for (String v : versions) {
            out.put(v, new long[] {0});
        }
        for (Set<String> products : orders.values()) {
            boolean any = false;
            for (String v : versions) {
                if (products.contains(v)) {
                    out.get(v)[0]++;
                    any = true;
                }
            }
            total += any ? 1 : 0;
        }
        out.put("*", new long[] {total});
        return out;
    }

    @Test
    public void socialProofEqualsCountsComputedIndependentlyFromTheOrderTables() throws Exception {
        List<String> versions = List.of("Nova X 128 GB", "Nova X 256 GB", "Nova X 512 GB");
        for (int attempt = 0; ; attempt++) {
            Map<String, long[]> before = independentCounts(versions, 90);
            assertTrue(socialProof().refresh());
            Element t = table(page(new Http(), "Nova X 128 GB"));
            Map<String, long[]> after = independentCounts(versions, 90);
            if (before.get("*")[0] != after.get("*")[0] && attempt < 3) {
                continue; // an order crossed the window's edge meanwhile: count again
            }
            long total = after.get("*")[0];
            assertTrue("the demo has enough Nova X orders for social proof: " + total, total >= 30);
            Elements cells = row(t, "Other customers").select("td");
            for (int i = 0; i < versions.size(); i++) {
                long n = after.get(versions.get(i))[0];
                Matcher m = PROOF.matcher(cells.get(i).text());
                assertTrue("social proof of " + versions.get(i) + ": '" + cells.get(i).text() + "'", m.matches());
                assertEquals("floored share of " + versions.get(i), n * 100 / total, Long.parseLong(m.group(1)));
                assertEquals(total, Long.parseLong(m.group(2)));
                assertEquals("Nova X", m.group(3));
                assertEquals("90", m.group(4));
            }
            return;
        }
    }

    @Test
    public void socialProofNeedsTheMinimumSampleAndScarcityFollowsTheThreshold() throws Exception {
        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET SOCIAL_PROOF_MIN = 100000, LOW_STOCK = 1"
                + " WHERE WIDGET_TYPE = 'COMPARISON'");
        WidgetRows.refreshSite();
        Element t = table(page(new Http(), "Nova X Max 128 GB"));
        assertNull("no social proof below the minimum sample", row(t, "Other customers"));
        assertNull("2 left is above a threshold of 1", row(t, "Stock"));
        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET SOCIAL_PROOF_MIN = 30, SOCIAL_PROOF = FALSE, LOW_STOCK = 2,"
                + " PER_MONTH = 12, MAX_ITEMS = 1 WHERE WIDGET_TYPE = 'COMPARISON'");
        WidgetRows.refreshSite();
        t = table(page(new Http(), "Nova X Max 128 GB"));
        assertNull("social proof switched off", row(t, "Other customers"));
        assertEquals("the admin's limit of one better version", 2, t.select("thead .uplift-compare__name").size());
        assertEquals("+$8.34/month over 12 months", t.selectFirst(".uplift-compare__per-month").text());
        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET ENABLED = FALSE WHERE WIDGET_TYPE = 'COMPARISON'");
        WidgetRows.refreshSite();
        assertNull("switched off in the admin", page(new Http(), "Nova X Max 128 GB").selectFirst(".uplift-widget--comparison"));
    }

    @Test
    public void theLimitedTimeOfferDisappearsAtItsEndDate() throws Exception {
        assertNotNull(table(page(new Http(), "Nova X Max 128 GB")).selectFirst(".uplift-compare__offer"));
        WidgetRows.update("UPDATE UPLIFT_COMPARISON_GROUP SET OFFER_ENDS = " + Sql.fromNow(-1)
                + " WHERE OFFER_TEXT IS NOT NULL");
        groups().refresh();
        Element t = table(page(new Http(), "Nova X Max 128 GB"));
        assertNull("offer ended", t.selectFirst(".uplift-compare__offer"));
    }

    // cart upgrade ===================================================================================================

    private static Map<String, String> cartState(Shopper s) throws Exception {
        Map<String, String> lines = new LinkedHashMap<>();
        Document cart = s.cart();
        for (Element line : cart.select(".cart-line")) {
            lines.put(line.attr("data-product-id"), line.selectFirst("input[name=quantity]").attr("value"));
        }
        Element total = cart.selectFirst(".cart-total strong");
        lines.put("subtotal", total == null ? "" : total.text());
        return lines;
    }

    private static Map<String, String> upgradeForm(Shopper s, String toName) throws Exception {
        Document cart = s.cart();
        Element offer = cart.selectFirst(".uplift-upgrade__offer[data-product-id=" + Shopper.productId(toName) + "]");
        assertNotNull("upgrade offer to " + toName + " in the cart: " + cart.select(".uplift-slot").text(), offer);
        return Http.formFields(offer.selectFirst("form"));
    }

    @Test
    public void theCartOffersTheNextVersionAndTheUpgradeReplacesTheLineKeepingQuantity() throws Exception {
        Shopper s = new Shopper();
        s.add("Nova X 128 GB", 2);
        Element offer = s.cart().selectFirst(".uplift-upgrade__offer");
        assertNotNull(offer);
        assertEquals("Upgrade Nova X 128 GB to Nova X 256 GB", offer.selectFirst(".uplift-upgrade__headline").text());
        assertEquals("+$100 for twice the storage each, +$200 in total", offer.selectFirst(".uplift-upgrade__delta").text());
        HttpResponse<String> r = s.http.post(DemoStoreHarness.site(CartUpgradeController.PATH), upgradeForm(s, "Nova X 256 GB"));
        assertEquals(302, r.statusCode());
        Document back = s.cart();
        assertEquals("Upgraded to Nova X 256 GB (+$100 each).", back.select(".uplift-slot__message").text());
        Map<String, String> after = cartState(s);
        assertEquals("the 256 GB line with the same quantity, the 128 GB line gone: " + after,
                Map.of(String.valueOf(Shopper.productId("Nova X 256 GB")), "2", "subtotal", "$1,398.00"), after);
        // the next offer is the 512 GB
        assertNotNull(back.selectFirst(".uplift-upgrade__offer[data-product-id=" + Shopper.productId("Nova X 512 GB") + "]"));
    }

    @Test
    public void badUpgradeRequestsAreRefusedWithAClearMessageAndChangeNothing() throws Exception {
        Shopper s = new Shopper();
        s.add("Nova X Max 128 GB", 3);
        Shopper other = new Shopper();
        other.add("Nova X 128 GB", 1);
        Map<String, String> good = upgradeForm(s, "Nova X Max 256 GB");
        Map<String, String> foreign = upgradeForm(other, "Nova X 256 GB");
        Map<String, String> before = cartState(s);
        String[][] bad = {
            // field, value, expected message part
            {"productId", "999999", "does not exist"},
            {"productId", "abc", "does not exist"},
            {"productId", String.valueOf(Shopper.productId("Nova X 256 GB")), "is not an upgrade of Nova X Max 128 GB"},
            {"productId", String.valueOf(Shopper.productId("Nova X Max 128 GB")), "is not an upgrade"},
            {"productId", String.valueOf(Shopper.productId("Nova X Max 512 GB")), "not available in that quantity"},
            {"delta", "1.00", "price of this upgrade is +$100 now"},
            {"delta", "-5", "price of this upgrade is +$100 now"},
            {"delta", "", "missing or malformed"},
            {"delta", "100<script>", "missing or malformed"},
            {"lineId", foreign.get("lineId"), "not in your cart"},
            {"lineId", "12x", "does not exist"},
            {"lineId", "999999999", "not in your cart"},
        };
        for (String[] b : bad) {
            Map<String, String> form = new LinkedHashMap<>(good);
            form.put(b[0], b[1]);
            HttpResponse<String> r = s.http.postAccept(DemoStoreHarness.site(CartUpgradeController.PATH), form, "application/json");
            assertTrue(b[0] + "=" + b[1] + " refused: " + r.body(), r.statusCode() == 400 || r.statusCode() == 409);
            assertTrue(b[0] + "=" + b[1] + " message: " + r.body(), r.body().contains(b[2]));
            assertTrue("\"ok\":false", r.body().contains("\"ok\":false"));
            assertEquals(b[0] + "=" + b[1] + " left the cart unchanged", before, cartState(s));
        }
        // without the CSRF token: refused by the storefront's filter, nothing changed
        Map<String, String> noToken = new LinkedHashMap<>(good);
        noToken.remove("csrfToken");
        HttpResponse<String> r = s.http.post(DemoStoreHarness.site(CartUpgradeController.PATH), noToken);
        assertTrue("no token: " + r.statusCode(), r.statusCode() >= 400);
        assertEquals(before, cartState(s));
        assertEquals("the other shopper's cart is untouched too",
                Map.of(String.valueOf(Shopper.productId("Nova X 128 GB")), "1", "subtotal", "$599.00"), cartState(other));
        // and the genuine request still works
        r = s.http.postAccept(DemoStoreHarness.site(CartUpgradeController.PATH), good, "application/json");
        assertEquals(r.body(), 200, r.statusCode());
        assertEquals(Map.of(String.valueOf(Shopper.productId("Nova X Max 256 GB")), "3", "subtotal", "$2,697.00"),
                cartState(s));
    }

    /** Lines of an order: item id to {product id, quantity, parent item id or 0}. */
    private static Map<Long, long[]> lines(long orderId) throws Exception {
        Map<Long, long[]> out = new LinkedHashMap<>();
        try (Connection c = DemoStoreHarness.jdbc();
             PreparedStatement s = c.prepareStatement("SELECT i.ORDER_ITEM_ID, d.PRODUCT_ID, i.QUANTITY,"
                     + " i.PARENT_ORDER_ITEM_ID FROM BLC_ORDER_ITEM i JOIN BLC_DISCRETE_ORDER_ITEM d"
                     + " ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID WHERE i.ORDER_ID = ? ORDER BY i.ORDER_ITEM_ID")) {
            s.setLong(1, orderId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                }
            }
        }
        return out;
    }

    private static long orderOfLine(long lineId) throws Exception {
        try (Connection c = DemoStoreHarness.jdbc();
             PreparedStatement s = c.prepareStatement("SELECT ORDER_ID FROM BLC_ORDER_ITEM WHERE ORDER_ITEM_ID = ?")) {
            s.setLong(1, lineId);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getLong(1);
            }
        }
    }

    @Test
    public void theUpgradeKeepsChildLinesWithTheNewVersionInOneAction() throws Exception {
        Shopper s = new Shopper();
        s.add("Aero 14 8 GB RAM", 2);
        Map<String, String> form = upgradeForm(s, "Aero 14 16 GB RAM");
        long line = Long.parseLong(form.get("lineId"));
        long orderId = orderOfLine(line);
        long plan = Shopper.productId("Protection Plan 2 Years");
        // the seeded Device protection plan (1), 2 years, as a child line through the plugin's warranty service
        DemoStoreHarness.siteContext().getBean("blUpliftWarrantyService", WarrantyService.class)
                .choose(orderId, line, 1, 2, null);
        Map<Long, long[]> before = lines(orderId);
        assertEquals("parent and child: " + before.size(), 2, before.size());

        HttpResponse<String> r = s.http.postAccept(DemoStoreHarness.site(CartUpgradeController.PATH), form,
                "application/json");
        assertEquals(r.body(), 200, r.statusCode());
        Map<Long, long[]> after = lines(orderId);
        assertEquals("one new parent and one new child: " + after.size(), 2, after.size());
        long newParent = 0;
        for (Map.Entry<Long, long[]> e : after.entrySet()) {
            assertFalse("old lines gone", before.containsKey(e.getKey()));
            if (e.getValue()[0] == Shopper.productId("Aero 14 16 GB RAM")) {
                newParent = e.getKey();
                assertEquals("quantity kept", 2, e.getValue()[1]);
                assertEquals("top level", 0, e.getValue()[2]);
            }
        }
        assertTrue(newParent > 0);
        for (long[] l : after.values()) {
            if (l[0] == plan) {
                assertEquals("the child follows the new version", newParent, l[2]);
                assertEquals("child quantity kept", 2, l[1]);
            }
        }
        assertEquals("the plan is priced again for the new version: 2 x $1,099 + 2 x 10 % of $1,099 ($109.90)",
                "$2,417.80", cartState(s).get("subtotal"));
    }
}
