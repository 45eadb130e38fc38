package io.uplift.demo.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.uplift.broadleaf.bundle.BundlesCache;
import io.uplift.broadleaf.event.EventRecorder;
import io.uplift.broadleaf.event.PurchaseEventsActivity;
import io.uplift.slot.WidgetFailures;

/**
 * Events and exact attribution on the real storefront: widgets rendered for shoppers (not for bots), seen widgets and
 * clicks from the page's script at {@code POST /uplift/events} (validated, idempotent, rate-limited), a suggestion's
 * quick add carrying its source as an order item attribute through Broadleaf's real checkout, and one PURCHASE event
 * per attributed line with the line's revenue.
 */
public class EventsIT {

    private static final String EVENTS = "/uplift/events";
    private String phoneUrl;

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
        WidgetRows.restoreDefaults();
        WidgetRows.refreshSite();
        phoneUrl = Shopper.productUrl(Shopper.productId("Nova X 128 GB"));
    }

    private static EventRecorder recorder() {
        return DemoStoreHarness.siteContext().getBean("blUpliftEventRecorder", EventRecorder.class);
    }

    private static long rows(String where) throws Exception {
        recorder().flush();
        return Sql.count("SELECT COUNT(*) FROM UPLIFT_EVENT WHERE " + where);
    }

    /** Rendered impressions counted in UPLIFT_IMPRESSION_COUNT (all nodes, days and arms) where the clause holds. */
    private static long rendered(String where) throws Exception {
        recorder().flush();
        return Sql.count("SELECT COALESCE(SUM(RENDERED), 0) FROM UPLIFT_IMPRESSION_COUNT WHERE " + where);
    }

    private static final String ALSO_BOUGHT_ON_PRODUCT_PAGES = "SLOT = 'product' AND WIDGET_TYPE = 'ALSO_BOUGHT'";

    /** A product page of this shopper: the slot's page view id, the also-bought widget and its form's fields. */
    private static final class Page {
        final Shopper shopper;
        final Document doc;
        final String pageView;
        final Element widget;

        Page(Shopper s, String url) throws Exception {
            shopper = s;
            HttpResponse<String> r = s.http.get(DemoStoreHarness.site(url));
            assertEquals(200, r.statusCode());
            doc = Http.parse(r);
            Element slot = doc.selectFirst(".uplift-slot--product");
            assertNotNull("product slot on " + url, slot);
            pageView = slot.attr("data-uplift-page-view");
            assertTrue("page view id: " + pageView, pageView.matches("p[0-9a-f]{16}"));
            widget = doc.selectFirst(".uplift-slot--product .uplift-widget--also-bought");
            assertNotNull("also-bought widget on " + url, widget);
        }

        String widgetId() {
            return widget.attr("data-uplift-widget");
        }

        long firstProduct() {
            return Long.parseLong(widget.selectFirst(".uplift-card").attr("data-product-id"));
        }

        String csrf() {
            return doc.selectFirst("input[name=csrfToken]").attr("value");
        }
    }

    private static String event(String type, String pageView, String widget, Object product) {
        return "{\"type\":\"" + type + "\",\"pageView\":\"" + pageView + "\",\"widget\":\"" + widget + "\""
                + (product == null ? "" : ",\"product\":" + product) + ",\"ts\":" + Instant.now().toEpochMilli() + "}";
    }

    private static HttpResponse<String> send(Shopper s, String csrf, String json) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrfToken", csrf);
        form.put("events", json);
        HttpResponse<String> r = s.http.postAccept(DemoStoreHarness.site(EVENTS), form, "application/json");
        assertTrue("JSON answer, no error page: " + r.body(),
                r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return r;
    }

    @Test
    public void aSuggestionAddedAndBoughtIsAttributedOnItsOrderLineWithOnePurchaseEventOfItsRevenue() throws Exception {
        Shopper s = new Shopper();
        long renderedBefore = rendered(ALSO_BOUGHT_ON_PRODUCT_PAGES);
        Page page = new Page(s, phoneUrl);
        String widget = page.widgetId();
        long suggested = page.firstProduct();
        assertEquals("the page's rendered impression of the widget counted once", renderedBefore + 1,
                rendered(ALSO_BOUGHT_ON_PRODUCT_PAGES));
        assertEquals("counted, not stored as a row per page", 0,
                rows("EVENT_TYPE = 'IMPRESSION_RENDERED' AND PAGE_VIEW_ID = '" + page.pageView + "'"));
        assertTrue("counted for this widget, with its suggestion type", rendered("WIDGET_ID = " + widget
                + " AND SUGGESTION_TYPE = 'CROSS_SELL'") > 0);

        // the page's script: the widget was seen, its first card clicked
        HttpResponse<String> sent = send(s, page.csrf(), "[" + event("IMPRESSION_SEEN", page.pageView, widget, null)
                + "," + event("CLICK", page.pageView, widget, suggested) + "]");
        assertEquals(sent.body(), 200, sent.statusCode());
        assertTrue(sent.body(), sent.body().contains("\"accepted\":2"));

        // quick add from the widget's own form (it names the widget), then the shop's own add of the phone
        Map<String, String> form = Http.formFields(page.widget.selectFirst("form"));
        assertEquals("the form names its widget", widget, form.get("upliftWidget"));
        form.put("productId", String.valueOf(suggested));
        HttpResponse<String> added = s.quickAddJson(form);
        assertEquals(added.body(), 200, added.statusCode());
        s.add("Nova X 128 GB", 1);
        // the same product again without a widget: Broadleaf merges it into the attributed line (quantity 2)
        s.quickAdd(suggested);
        String number = s.checkout();
        long orderId = Orders.orderId(number);

        List<Long> attributed = Sql.ids("SELECT i.ORDER_ITEM_ID FROM BLC_ORDER_ITEM i JOIN BLC_ORDER_ITEM_ATTRIBUTE a"
                + " ON a.ORDER_ITEM_ID = i.ORDER_ITEM_ID WHERE i.ORDER_ID = " + orderId + " AND a.NAME = 'upliftSource'");
        assertEquals("one attributed line (the suggestion), not the phone", 1, attributed.size());
        long line = attributed.get(0);
        Object[] item = Sql.row("SELECT a.VALUE, i.QUANTITY, i.PRICE, d.PRODUCT_ID FROM BLC_ORDER_ITEM i"
                + " JOIN BLC_ORDER_ITEM_ATTRIBUTE a ON a.ORDER_ITEM_ID = i.ORDER_ITEM_ID"
                + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID WHERE i.ORDER_ITEM_ID = " + line);
        assertEquals(widget + "|ALSO_BOUGHT|product|||", item[0]);
        assertEquals("merged into the attributed line", 2, ((Number) item[1]).intValue());
        assertEquals(suggested, ((Number) item[3]).longValue());
        BigDecimal revenue = ((BigDecimal) item[2]).multiply(BigDecimal.valueOf(2));

        assertEquals("one purchase event for the order", 1, rows("EVENT_TYPE = 'PURCHASE' AND ORDER_ID = " + orderId));
        Object[] purchase = Sql.row("SELECT PRODUCT_ID, AMOUNT, WIDGET_ID, SUGGESTION_TYPE, PAGE_VIEW_ID, VISITOR_KEY"
                + " FROM UPLIFT_EVENT WHERE EVENT_TYPE = 'PURCHASE' AND ORDER_ID = " + orderId);
        assertEquals(suggested, ((Number) purchase[0]).longValue());
        assertEquals("the line's revenue: " + purchase[1], 0, revenue.compareTo((BigDecimal) purchase[1]));
        assertEquals(Long.valueOf(widget), Long.valueOf(((Number) purchase[2]).longValue()));
        assertEquals("CROSS_SELL", purchase[3]);
        assertEquals("item:" + line, purchase[4]);
        String visitor = (String) purchase[5];
        assertEquals("one add to cart, keyed on the line", 1, rows("EVENT_TYPE = 'ADD_TO_CART' AND PAGE_VIEW_ID = 'line:"
                + line + "' AND VISITOR_KEY = '" + visitor + "'"));
        assertEquals(1, rows("EVENT_TYPE = 'IMPRESSION_SEEN' AND PAGE_VIEW_ID = '" + page.pageView + "'"));
        assertEquals(1, rows("EVENT_TYPE = 'CLICK' AND PAGE_VIEW_ID = '" + page.pageView + "' AND PRODUCT_ID = "
                + suggested + " AND VISITOR_KEY = '" + visitor + "'"));

        // the checkout step run again for the same order (a retried workflow, another node): nothing more stored
        PurchaseEventsActivity activity = DemoStoreHarness.siteContext().getBean("blUpliftPurchaseEventsActivity",
                PurchaseEventsActivity.class);
        OrderService orders = DemoStoreHarness.siteContext().getBean("blOrderService", OrderService.class);
        Integer again = new TransactionTemplate(DemoStoreHarness.siteContext().getBean("blTransactionManager",
                PlatformTransactionManager.class)).execute(st -> {
                    Order order = orders.findOrderById(orderId);
                    return activity.record(order, Instant.now());
                });
        assertEquals("the attributed line is seen again", 1, again.intValue());
        assertEquals("still one purchase event", 1, rows("EVENT_TYPE = 'PURCHASE' AND ORDER_ID = " + orderId));
    }

    @Test
    public void aBundleAddedFromItsWidgetAttributesEachNewLineToTheBundleWidget() throws Exception {
        DemoStoreHarness.siteContext().getBean("blUpliftBundles", BundlesCache.class).refresh();
        String url = Sql.strings("SELECT p.URL FROM UPLIFT_BUNDLE b JOIN BLC_PRODUCT p ON p.PRODUCT_ID = b.ANCHOR_PRODUCT_ID"
                + " WHERE b.ENABLED = TRUE AND b.BUNDLE_ID < 900000 ORDER BY b.BUNDLE_ID").get(0);
        Shopper s = new Shopper();
        Document page = Http.parse(s.http.get(DemoStoreHarness.site(url)));
        Element widget = page.selectFirst(".uplift-widget--bundle");
        assertNotNull("bundle widget on " + url, widget);
        Element form = widget.selectFirst("form.uplift-bundle__form");
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (Map.Entry<String, String> f : Http.formFields(form).entrySet()) {
            if (!f.getKey().equals("item")) {
                pairs.add(f);
            }
        }
        List<Long> items = new ArrayList<>();
        for (Element box : form.select("input[name=item][checked]")) {
            pairs.add(Map.entry("item", box.attr("value")));
            items.add(Long.valueOf(box.attr("value")));
        }
        assertEquals(widget.attr("data-uplift-widget"), Http.formFields(form).get("upliftWidget"));
        HttpResponse<String> r = s.http.postPairs(DemoStoreHarness.site("/uplift/bundle/add"), pairs, "application/json");
        assertEquals(r.body(), 200, r.statusCode());
        long cart = Sql.count("SELECT MAX(o.ORDER_ID) FROM BLC_ORDER o JOIN BLC_ORDER_ITEM i ON i.ORDER_ID = o.ORDER_ID"
                + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID WHERE d.PRODUCT_ID = " + items.get(0)
                + " AND o.ORDER_STATUS = 'IN_PROCESS'");
        List<String> sources = Sql.strings("SELECT a.VALUE FROM BLC_ORDER_ITEM i JOIN BLC_ORDER_ITEM_ATTRIBUTE a"
                + " ON a.ORDER_ITEM_ID = i.ORDER_ITEM_ID WHERE i.ORDER_ID = " + cart + " AND a.NAME = 'upliftSource'");
        assertEquals("every line of the bundle attributed: " + sources, items.size(), sources.size());
        for (String source : sources) {
            assertEquals(widget.attr("data-uplift-widget") + "|BUNDLE|product|||", source);
        }
        assertEquals(items.size(), rows("EVENT_TYPE = 'ADD_TO_CART' AND SUGGESTION_TYPE = 'BUNDLE' AND PAGE_VIEW_ID IN"
                + " (SELECT CONCAT('line:', ORDER_ITEM_ID) FROM BLC_ORDER_ITEM WHERE ORDER_ID = " + cart + ")"));
    }

    @Test
    public void aCartUpgradeAttributesTheNewLineToTheUpgradeWidget() throws Exception {
        Shopper s = new Shopper();
        s.add("Nova X 128 GB", 2);
        long better = Shopper.productId("Nova X 256 GB");
        Element offer = s.cart().selectFirst(".uplift-upgrade__offer[data-product-id=" + better + "]");
        assertNotNull("upgrade offer in the cart", offer);
        Map<String, String> form = Http.formFields(offer.selectFirst("form"));
        String widget = form.get("upliftWidget");
        assertNotNull("the form names its widget", widget);
        assertEquals(302, s.http.post(DemoStoreHarness.site("/uplift/cart/upgrade"), form).statusCode());
        Object[] line = Sql.row("SELECT i.ORDER_ITEM_ID, a.VALUE, i.QUANTITY FROM BLC_ORDER_ITEM i"
                + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID"
                + " JOIN BLC_ORDER o ON o.ORDER_ID = i.ORDER_ID"
                + " JOIN BLC_ORDER_ITEM_ATTRIBUTE a ON a.ORDER_ITEM_ID = i.ORDER_ITEM_ID AND a.NAME = 'upliftSource'"
                + " WHERE d.PRODUCT_ID = " + better + " AND o.ORDER_STATUS = 'IN_PROCESS' ORDER BY i.ORDER_ITEM_ID DESC");
        assertEquals(widget + "|CART_UPGRADE|cart|||", line[1]);
        assertEquals(2, ((Number) line[2]).intValue());
        assertEquals(1, rows("EVENT_TYPE = 'ADD_TO_CART' AND SUGGESTION_TYPE = 'UPSELL' AND PAGE_VIEW_ID = 'line:"
                + line[0] + "'"));
    }

    @Test
    public void aProtectionPlanChosenInTheCartIsAttributedOnThePlanLineAndBoughtOnce() throws Exception {
        Shopper s = new Shopper();
        s.add("Nova X 128 GB", 1);
        Element offer = s.cart().selectFirst(".uplift-slot--cart .uplift-warranty__item");
        assertNotNull("plan selector in the cart", offer);
        Element form = offer.selectFirst(".uplift-warranty__term[data-years=2] form");
        Map<String, String> fields = Http.formFields(form);
        String widget = fields.get("upliftWidget");
        assertNotNull("the form names its widget", widget);
        HttpResponse<String> r = s.http.post(DemoStoreHarness.site(form.attr("action")
                .replaceFirst("^/[^/]*(?=/uplift/)", "")), fields);
        assertEquals(r.body(), 302, r.statusCode());
        long orderId = Orders.orderId(s.checkout());
        List<String> sources = Sql.strings("SELECT a.VALUE FROM BLC_ORDER_ITEM i JOIN BLC_ORDER_ITEM_ATTRIBUTE a"
                + " ON a.ORDER_ITEM_ID = i.ORDER_ITEM_ID WHERE i.ORDER_ID = " + orderId + " AND a.NAME = 'upliftSource'");
        assertEquals("only the plan line: " + sources, List.of(widget + "|WARRANTY|cart|||"), sources);
        Object[] plan = Sql.row("SELECT i.ORDER_ITEM_ID, i.PRICE * i.QUANTITY FROM BLC_ORDER_ITEM i"
                + " JOIN BLC_ORDER_ITEM_ATTRIBUTE a ON a.ORDER_ITEM_ID = i.ORDER_ITEM_ID AND a.NAME = 'upliftSource'"
                + " WHERE i.ORDER_ID = " + orderId);
        assertEquals(1, rows("EVENT_TYPE = 'ADD_TO_CART' AND SUGGESTION_TYPE = 'WARRANTY' AND PAGE_VIEW_ID = 'line:"
                + plan[0] + "'"));
        assertEquals(1, rows("EVENT_TYPE = 'PURCHASE' AND ORDER_ID = " + orderId));
        BigDecimal amount = (BigDecimal) Sql.row("SELECT AMOUNT FROM UPLIFT_EVENT WHERE EVENT_TYPE = 'PURCHASE'"
                + " AND ORDER_ID = " + orderId + " AND SUGGESTION_TYPE = 'WARRANTY'")[0];
        assertEquals("the plan's revenue: " + amount, 0, ((BigDecimal) plan[1]).compareTo(amount));
    }

    @Test
    public void anAdditionToAPlacedOrderFromItsConfirmationOffersIsAttributedAndBoughtOnce() throws Exception {
        Shopper s = Orders.signedIn();
        String number = Orders.phoneWithPlanAndSleeve(s);
        HttpResponse<String> page = s.http.get(DemoStoreHarness.site("/confirmation/" + number));
        assertEquals(200, page.statusCode());
        Element form = Http.parse(page).selectFirst("form.uplift-order-offers__form");
        assertNotNull("add to your order on the confirmation page", form);
        Map<String, String> fields = Http.formFields(form);
        String widget = fields.get("upliftWidget");
        assertNotNull("the form names its widget", widget);
        long product = Long.parseLong(form.selectFirst("button[name=productId]").attr("value"));
        fields.put("productId", String.valueOf(product));
        assertEquals(302, s.http.post(DemoStoreHarness.site("/uplift/order/add"), fields).statusCode());
        long follow = Sql.count("SELECT o.ORDER_ID FROM BLC_ORDER o JOIN BLC_ORDER_ATTRIBUTE a ON a.ORDER_ID = o.ORDER_ID"
                + " WHERE a.NAME = 'upliftFollowUpOf' AND a.VALUE = '" + number + "'");
        Object[] line = Sql.row("SELECT i.ORDER_ITEM_ID, a.VALUE, i.PRICE FROM BLC_ORDER_ITEM i JOIN BLC_ORDER_ITEM_ATTRIBUTE a"
                + " ON a.ORDER_ITEM_ID = i.ORDER_ITEM_ID AND a.NAME = 'upliftSource' WHERE i.ORDER_ID = " + follow);
        // the card's strategy travels with the form (the source that suggested it)
        assertTrue(String.valueOf(line[1]), String.valueOf(line[1]).matches(widget
                + "\\|ORDER_OFFERS\\|confirmation\\|[a-z][a-z0-9_-]*\\|\\|"));
        assertEquals(1, rows("EVENT_TYPE = 'PURCHASE' AND ORDER_ID = " + follow + " AND PAGE_VIEW_ID = 'item:" + line[0]
                + "' AND SUGGESTION_TYPE = 'CROSS_SELL' AND AMOUNT = " + line[2]));
        assertEquals(1, rows("EVENT_TYPE = 'ADD_TO_CART' AND PAGE_VIEW_ID = 'line:" + line[0] + "'"));
        assertEquals("the original order had no attributed line", 0, rows("EVENT_TYPE = 'PURCHASE' AND ORDER_ID = "
                + Orders.orderId(number)));
    }

    @Test
    public void aRepeatedOrReplayedBatchIsStoredOnce() throws Exception {
        Shopper s = new Shopper();
        Page page = new Page(s, phoneUrl);
        String seen = event("IMPRESSION_SEEN", page.pageView, page.widgetId(), null);
        String click = event("CLICK", page.pageView, page.widgetId(), page.firstProduct());
        // a double click inside one batch: the second is refused as a duplicate
        HttpResponse<String> first = send(s, page.csrf(), "[" + seen + "," + click + "," + click + "]");
        assertEquals(first.body(), 200, first.statusCode());
        assertTrue(first.body(), first.body().contains("\"accepted\":2") && first.body().contains("duplicate"));
        // the same batch again (a repeated beacon, a replay): accepted by the endpoint, skipped by the unique key
        for (int i = 0; i < 2; i++) {
            assertEquals(200, send(s, page.csrf(), "[" + seen + "," + click + "]").statusCode());
        }
        assertEquals(1, rows("EVENT_TYPE = 'IMPRESSION_SEEN' AND PAGE_VIEW_ID = '" + page.pageView + "'"));
        assertEquals(1, rows("EVENT_TYPE = 'CLICK' AND PAGE_VIEW_ID = '" + page.pageView + "'"));
        // and a batch that mixes a stored event with a new one keeps the new one
        String other = event("CLICK", page.pageView, page.widgetId(),
                page.widget.select(".uplift-card").get(1).attr("data-product-id"));
        assertEquals(200, send(s, page.csrf(), "[" + click + "," + other + "]").statusCode());
        assertEquals(2, rows("EVENT_TYPE = 'CLICK' AND PAGE_VIEW_ID = '" + page.pageView + "'"));
    }

    @Test
    public void forgedOrMalformedBatchesAreRefusedWithoutErrorPagesAndStoreNothing() throws Exception {
        Shopper s = new Shopper();
        Page page = new Page(s, phoneUrl);
        String pv = "forged" + System.nanoTime();
        String widget = page.widgetId();
        HttpResponse<String> r = send(s, page.csrf(), "[" + event("CLICK", pv, "999999", 5) + "]");
        assertEquals(400, r.statusCode());
        assertTrue(r.body(), r.body().contains("unknown widget: 999999"));
        r = send(s, page.csrf(), "[" + event("PURCHASE", pv, widget, page.firstProduct()) + "]");
        assertEquals(400, r.statusCode());
        assertTrue(r.body(), r.body().contains("PURCHASE events are recorded by the server"));
        r = send(s, page.csrf(), "[" + event("ADD_TO_CART", pv, widget, page.firstProduct()) + "]");
        assertEquals(400, r.statusCode());
        List<String> many = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            many.add("{\"type\":\"CLICK\",\"pageView\":\"" + pv + "\",\"widget\":" + widget + ",\"product\":" + i
                    + ",\"ts\":" + Instant.now().toEpochMilli() + "}");
        }
        r = send(s, page.csrf(), "[" + String.join(",", many) + "]");
        assertEquals(400, r.statusCode());
        r = send(s, page.csrf(), "[" + String.join(",", many.subList(0, 51)) + "]");
        assertEquals(400, r.statusCode());
        assertTrue(r.body(), r.body().contains("batch of 51 events is over the limit of 50"));
        for (String bad : new String[] {"[{", "not json", "{\"type\":\"CLICK\"}", "[1,2]", ""}) {
            r = send(s, page.csrf(), bad);
            assertEquals("'" + bad + "': " + r.body(), 400, r.statusCode());
        }
        // a variant the visitor is not in, a clock far off, a type in another case
        r = send(s, page.csrf(), "[{\"type\":\"IMPRESSION_SEEN\",\"pageView\":\"" + pv + "\",\"widget\":" + widget
                + ",\"experiment\":\"e1\",\"variant\":\"B\",\"ts\":" + Instant.now().toEpochMilli() + "},"
                + "{\"type\":\"IMPRESSION_SEEN\",\"pageView\":\"" + pv + "\",\"widget\":" + widget + ",\"ts\":1}]");
        assertEquals(r.body(), 400, r.statusCode());
        assertTrue(r.body(), r.body().contains("variant 'B' is not the visitor's arm on widget") && r.body().contains("outside"));
        // without the session's CSRF token Broadleaf's filter refuses the post before the plugin sees it
        Map<String, String> noToken = new LinkedHashMap<>();
        noToken.put("events", "[" + event("CLICK", pv, widget, page.firstProduct()) + "]");
        assertEquals(403, s.http.postAccept(DemoStoreHarness.site(EVENTS), noToken, "application/json").statusCode());
        assertEquals("nothing stored", 0, rows("PAGE_VIEW_ID = '" + pv + "'"));
    }

    @Test
    public void aVisitorSendingTooManyBatchesGets429() throws Exception {
        Shopper s = new Shopper();
        Page page = new Page(s, phoneUrl);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            statuses.add(send(s, page.csrf(), "[" + event("CLICK", page.pageView, page.widgetId(), 1000 + i) + "]")
                    .statusCode());
        }
        assertEquals("the burst passes: " + statuses, List.of(200), statuses.subList(0, 20).stream().distinct()
                .collect(java.util.stream.Collectors.toList()));
        assertTrue("then 429: " + statuses, statuses.contains(429));
        long passed = statuses.stream().filter(x -> x == 200).count();
        assertEquals("only the passed batches stored", passed,
                rows("EVENT_TYPE = 'CLICK' AND PAGE_VIEW_ID = '" + page.pageView + "'"));
        // another visitor is not limited
        Shopper other = new Shopper();
        Page otherPage = new Page(other, phoneUrl);
        assertEquals(200, send(other, otherPage.csrf(), "[" + event("IMPRESSION_SEEN", otherPage.pageView,
                otherPage.widgetId(), null) + "]").statusCode());
    }

    @Test
    public void botsByUserAgentRecordNothing() throws Exception {
        HttpClient bot = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String ua = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
        HttpResponse<String> r = bot.send(HttpRequest.newBuilder(URI.create(DemoStoreHarness.site(phoneUrl)))
                .header("User-Agent", ua).GET().build(), HttpResponse.BodyHandlers.ofString());
        long renderedBefore = rendered(ALSO_BOUGHT_ON_PRODUCT_PAGES);
        assertEquals(200, r.statusCode());
        Document doc = Http.parse(r);
        Element widget = doc.selectFirst(".uplift-slot--product .uplift-widget--also-bought");
        assertNotNull("bots see the widgets", widget);
        String pv = doc.selectFirst(".uplift-slot--product").attr("data-uplift-page-view");
        String body = "csrfToken=" + java.net.URLEncoder.encode(doc.selectFirst("input[name=csrfToken]").attr("value"),
                "UTF-8") + "&events=" + java.net.URLEncoder.encode("[" + event("IMPRESSION_SEEN", pv,
                widget.attr("data-uplift-widget"), null) + "]", "UTF-8");
        HttpResponse<String> posted = bot.send(HttpRequest.newBuilder(URI.create(DemoStoreHarness.site(EVENTS)))
                .header("User-Agent", ua).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("a bot's events are not recorded: " + posted.body(), 204, posted.statusCode());
        assertEquals("the bot's page counted no impression", renderedBefore, rendered(ALSO_BOUGHT_ON_PRODUCT_PAGES));
        assertEquals(0, rows("PAGE_VIEW_ID = '" + pv + "'"));
        // a shopper's page after the bot's: counted
        new Page(new Shopper(), phoneUrl);
        assertEquals(renderedBefore + 1, rendered(ALSO_BOUGHT_ON_PRODUCT_PAGES));
    }

    @Test
    public void theAdminPreviewRecordsNothing() throws Exception {
        long before = rows("1 = 1");
        long renderedBefore = rendered("1 = 1");
        AdminSession admin = AdminSession.login("admin", "admin");
        HttpResponse<String> r = admin.http.get(DemoStoreHarness.admin("/uplift-recommendations?slot=product&productId="
                + Shopper.productId("Nova X 128 GB")));
        assertEquals(200, r.statusCode());
        assertFalse("widgets previewed", Http.parse(r).select(".uplift-preview-widget").isEmpty());
        Thread.sleep(1500); // longer than the writers' interval, so anything recorded would be stored by now
        assertEquals(before, rows("1 = 1"));
        assertEquals(renderedBefore, rendered("1 = 1"));
    }

    @Test
    public void failingEventTablesNeverBreakThePageAreCountedAndWritingResumes() throws Exception {
        WidgetFailures failures = DemoStoreHarness.siteContext().getBean("blUpliftWidgetFailures", WidgetFailures.class);
        long failed = failures.count(EventRecorder.WRITE_FAILURE);
        long lostBefore = recorder().lost();
        long renderedBefore = rendered(ALSO_BOUGHT_ON_PRODUCT_PAGES);
        Page lost;
        ddl("ALTER TABLE UPLIFT_EVENT RENAME TO UPLIFT_EVENT_AWAY");
        ddl("ALTER TABLE UPLIFT_IMPRESSION_COUNT RENAME TO UPLIFT_IMPRESSION_COUNT_AWAY");
        try {
            lost = new Page(new Shopper(), phoneUrl);
            assertFalse("the widgets still render", lost.widget.select(".uplift-card").isEmpty());
            HttpResponse<String> sent = send(lost.shopper, lost.csrf(), "[" + event("IMPRESSION_SEEN", lost.pageView,
                    lost.widgetId(), null) + "]");
            assertEquals(sent.body(), 200, sent.statusCode());
            recorder().flush();
            assertTrue("both failed writes are counted (the event and the rendered counts)",
                    failures.count(EventRecorder.WRITE_FAILURE) >= failed + 2);
            assertTrue("the lost impressions are counted", recorder().lost() >= lostBefore + 2);
        } finally {
            ddl("ALTER TABLE UPLIFT_IMPRESSION_COUNT_AWAY RENAME TO UPLIFT_IMPRESSION_COUNT");
            ddl("ALTER TABLE UPLIFT_EVENT_AWAY RENAME TO UPLIFT_EVENT");
        }
        assertEquals("the failed write's counts are lost (documented)", renderedBefore,
                rendered(ALSO_BOUGHT_ON_PRODUCT_PAGES));
        assertEquals("the failed batch is lost (documented)", 0, rows("PAGE_VIEW_ID = '" + lost.pageView + "'"));
        Page after = new Page(new Shopper(), phoneUrl);
        HttpResponse<String> sent = send(after.shopper, after.csrf(), "[" + event("IMPRESSION_SEEN", after.pageView,
                after.widgetId(), null) + "]");
        assertEquals(sent.body(), 200, sent.statusCode());
        assertEquals("writing events resumes", 1, rows("PAGE_VIEW_ID = '" + after.pageView + "'"));
        assertEquals("counting rendered impressions resumes", renderedBefore + 1, rendered(ALSO_BOUGHT_ON_PRODUCT_PAGES));
    }

    private static void ddl(String sql) throws Exception {
        try (Connection c = DemoStoreHarness.jdbc(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
