package io.uplift.demo.it;

import io.uplift.web.warranty.WarrantyController;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The warranty lifecycle on Broadleaf's real cart and checkout workflows, as shoppers drive it over HTTP: the plan is
 * a child line of the line it covers, priced by the server (the seeded "Device protection": 1 year 49.00 under 800.00,
 * 69.00 from 800.00; 2 years 10 % with floor 79.00 and ceiling 199.00; 3 years 14 % with floor 99.00); its quantity
 * follows its line; it goes with its line; it is never bought alone; two lines with the same plan keep a plan line
 * each; one plan per line; every bad request is refused with a message and leaves the cart unchanged.
 */
public class WarrantyIT {

    private static final long DEVICE = 1;
    private static final long AUDIO = 2;

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
    }

    @Test
    public void aPlanIsAChildLineOfItsItemPricedByTheServerAndAnotherTermReplacesIt() throws Exception {
        Shopper s = new Shopper();
        s.add("Nova X 128 GB", 1);
        long phone = lineOf(s, "Nova X 128 GB");
        HttpResponse<String> r = choose(s, phone, DEVICE, 1, null);
        assertEquals(r.body(), 200, r.statusCode());
        assertTrue(r.body(), r.body().contains("\"ok\":true"));
        assertEquals(List.of("Nova X 128 GB x1", "Protection Plan 1 Year x1 under Nova X 128 GB at 49.00"), lines(s));
        assertEquals("$648.00", subtotal(s));

        r = choose(s, phone, DEVICE, 3, "99.00");
        assertEquals(r.body(), 200, r.statusCode());
        assertEquals("one plan per line: the 3-year plan replaced the 1-year plan",
                List.of("Nova X 128 GB x1", "Protection Plan 3 Years x1 under Nova X 128 GB at 99.00"), lines(s));
        assertEquals("$698.00", subtotal(s));
    }

    @Test
    public void thePlansQuantityFollowsItsLineAndCannotBeSetOnItsOwn() throws Exception {
        Shopper s = new Shopper();
        s.add("Aero 14 16 GB RAM", 1);
        long laptop = lineOf(s, "Aero 14 16 GB RAM");
        assertEquals(200, choose(s, laptop, DEVICE, 2, "109.90").statusCode());

        update(s, laptop, 3);
        assertEquals(List.of("Aero 14 16 GB RAM x3", "Protection Plan 2 Years x3 under Aero 14 16 GB RAM at 109.90"),
                lines(s));
        assertEquals("3 x 1,099.00 + 3 x 109.90", "$3,626.70", subtotal(s));

        // the same product added again merges into the line: the plan follows
        s.add("Aero 14 16 GB RAM", 1);
        assertEquals(List.of("Aero 14 16 GB RAM x4", "Protection Plan 2 Years x4 under Aero 14 16 GB RAM at 109.90"),
                lines(s));

        update(s, laptop, 2);
        assertEquals(List.of("Aero 14 16 GB RAM x2", "Protection Plan 2 Years x2 under Aero 14 16 GB RAM at 109.90"),
                lines(s));

        // the plan's own quantity: refused, unchanged
        long plan = lineOf(s, "Protection Plan 2 Years");
        Document page = update(s, plan, 1);
        assertEquals("A protection plan always has the quantity of the item it covers (2), not 1.",
                page.selectFirst(".notice--error").text());
        assertEquals(List.of("Aero 14 16 GB RAM x2", "Protection Plan 2 Years x2 under Aero 14 16 GB RAM at 109.90"),
                lines(s));
        assertEquals("$2,417.80", subtotal(s));
    }

    @Test
    public void aChangedPlanPriceReachesTheCartAtItsNextPricingASwitchedOffPlanKeepsThePriceChosen() throws Exception {
        Shopper s = new Shopper();
        s.add("Aero 14 16 GB RAM", 1);
        long laptop = lineOf(s, "Aero 14 16 GB RAM");
        assertEquals(200, choose(s, laptop, DEVICE, 2, "109.90").statusCode());
        try {
            WidgetRows.update("UPDATE UPLIFT_WARRANTY_RATE SET PERCENT = 12.00 WHERE RATE_ID = 3");
            plans().refresh();
            update(s, laptop, 2);
            assertEquals("12 % of 1,099.00", List.of("Aero 14 16 GB RAM x2",
                    "Protection Plan 2 Years x2 under Aero 14 16 GB RAM at 131.88"), lines(s));
            assertEquals("$2,461.76", subtotal(s));

            WidgetRows.update("UPDATE UPLIFT_WARRANTY_PLAN SET ENABLED = FALSE WHERE PLAN_ID = " + DEVICE);
            plans().refresh();
            update(s, laptop, 1);
            assertEquals(List.of("Aero 14 16 GB RAM x1", "Protection Plan 2 Years x1 under Aero 14 16 GB RAM at 131.88"),
                    lines(s));
            assertEquals("no selector for a plan that is off", null, s.cart().selectFirst(
                    ".uplift-warranty__plan[data-plan-id=" + DEVICE + "]"));
        } finally {
            WidgetRows.update("UPDATE UPLIFT_WARRANTY_RATE SET PERCENT = 10.00 WHERE RATE_ID = 3");
            WidgetRows.update("UPDATE UPLIFT_WARRANTY_PLAN SET ENABLED = TRUE WHERE PLAN_ID = " + DEVICE);
            plans().refresh();
        }
    }

    private static io.uplift.broadleaf.warranty.WarrantyPlansCache plans() {
        return DemoStoreHarness.siteContext().getBean("blUpliftWarrantyPlans",
                io.uplift.broadleaf.warranty.WarrantyPlansCache.class);
    }

    @Test
    public void removingTheLineRemovesItsPlanButThePlanCanBeDroppedAlone() throws Exception {
        Shopper s = new Shopper();
        s.add("Nova X 256 GB", 1);
        s.add("Aero 14 8 GB RAM", 1);
        long phone = lineOf(s, "Nova X 256 GB");
        long laptop = lineOf(s, "Aero 14 8 GB RAM");
        assertEquals(200, choose(s, phone, DEVICE, 1, null).statusCode());
        assertEquals(200, choose(s, laptop, DEVICE, 1, null).statusCode());

        remove(s, phone);
        assertEquals(List.of("Aero 14 8 GB RAM x1", "Protection Plan 1 Year x1 under Aero 14 8 GB RAM at 69.00"), lines(s));
        update(s, laptop, 0);
        assertEquals(List.of(), lines(s));

        s.add("Nova X 256 GB", 1);
        phone = lineOf(s, "Nova X 256 GB");
        assertEquals(200, choose(s, phone, DEVICE, 2, null).statusCode());
        remove(s, lineOf(s, "Protection Plan 2 Years"));
        assertEquals(List.of("Nova X 256 GB x1"), lines(s));
    }

    @Test
    public void aPlanIsNeverBoughtAlone() throws Exception {
        Shopper s = new Shopper();
        long planProduct = Shopper.productId("Protection Plan 2 Years");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("productId", String.valueOf(planProduct));
        form.put("quantity", "1");
        form.put("csrfToken", s.csrf());
        HttpResponse<String> quick = s.quickAddJson(form);
        assertEquals(quick.body(), 409, quick.statusCode());
        assertTrue(quick.body(), quick.body().contains("Protection Plan 2 Years can only be added together with the"
                + " item it covers."));
        assertEquals(List.of(), lines(s));

        // the shop's own cart form too
        Document cart = cartAdd(s, planProduct);
        assertEquals("Protection Plan 2 Years can only be added together with the item it covers.",
                cart.selectFirst(".notice--error").text());
        assertEquals(List.of(), lines(s));

        // with a plan line of that product already in the cart: no merge into it either
        s.add("Nova X 128 GB", 1);
        assertEquals(200, choose(s, lineOf(s, "Nova X 128 GB"), DEVICE, 2, null).statusCode());
        List<String> before = lines(s);
        cart = cartAdd(s, planProduct);
        assertNotNull(cart.selectFirst(".notice--error"));
        assertEquals(before, lines(s));
        assertEquals(409, s.quickAddJson(form).statusCode());
        assertEquals(before, lines(s));
    }

    @Test
    public void twoLinesWithTheSamePlanKeepAPlanLineEach() throws Exception {
        Shopper s = new Shopper();
        s.add("Nova X 128 GB", 2);
        s.add("Nova X 256 GB", 1);
        assertEquals(200, choose(s, lineOf(s, "Nova X 128 GB"), DEVICE, 1, null).statusCode());
        assertEquals(200, choose(s, lineOf(s, "Nova X 256 GB"), DEVICE, 1, null).statusCode());
        assertEquals(List.of("Nova X 128 GB x2", "Nova X 256 GB x1",
                "Protection Plan 1 Year x1 under Nova X 256 GB at 49.00",
                "Protection Plan 1 Year x2 under Nova X 128 GB at 49.00"), sorted(lines(s)));
        update(s, lineOf(s, "Nova X 256 GB"), 2);
        assertEquals(List.of("Nova X 128 GB x2", "Nova X 256 GB x2",
                "Protection Plan 1 Year x2 under Nova X 128 GB at 49.00",
                "Protection Plan 1 Year x2 under Nova X 256 GB at 49.00"), sorted(lines(s)));
    }

    @Test
    public void theProductPageAddsTheProductWithItsPlanInOneActionOrNothing() throws Exception {
        Shopper s = new Shopper();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("productId", String.valueOf(Shopper.productId("Over-Ear Headphones")));
        form.put("quantity", "2");
        form.put("planId", String.valueOf(AUDIO));
        form.put("term", "2");
        form.put("price", "29.00");
        form.put("csrfToken", s.csrf());
        HttpResponse<String> r = s.http.postAccept(DemoStoreHarness.site(WarrantyController.WITH_PRODUCT_PATH), form,
                "application/json");
        assertEquals(r.body(), 200, r.statusCode());
        assertEquals(List.of("Over-Ear Headphones x2", "Protection Plan 2 Years x2 under Over-Ear Headphones at 29.00"),
                lines(s));

        // a plan that does not cover the product: neither is added
        form.put("productId", String.valueOf(Shopper.productId("Nova X 128 GB")));
        form.put("price", "");
        r = s.http.postAccept(DemoStoreHarness.site(WarrantyController.WITH_PRODUCT_PATH), form, "application/json");
        assertEquals(r.body(), 409, r.statusCode());
        assertTrue(r.body(), r.body().contains("Audio care does not cover Nova X 128 GB."));
        assertEquals(List.of("Over-Ear Headphones x2", "Protection Plan 2 Years x2 under Over-Ear Headphones at 29.00"),
                lines(s));
    }

    @Test
    public void badRequestsAreRefusedWithAMessageAndTheCartUnchanged() throws Exception {
        Shopper other = new Shopper();
        other.add("Nova X 128 GB", 1);
        long foreign = lineOf(other, "Nova X 128 GB");
        Shopper s = new Shopper();
        s.add("Nova X 128 GB", 1);
        s.add("Mouse Pad XL", 1);
        long phone = lineOf(s, "Nova X 128 GB");
        long pad = lineOf(s, "Mouse Pad XL");
        assertEquals(200, choose(s, phone, DEVICE, 1, null).statusCode());
        long planLine = lineOf(s, "Protection Plan 1 Year");
        List<String> before = lines(s);
        Object[][] bad = {
            {pad, DEVICE, "1", null, "Device protection does not cover Mouse Pad XL."},
            {foreign, DEVICE, "1", null, "That line is not in your cart: '" + foreign + "'."},
            {phone, DEVICE, "4", null, "Device protection has no 4-year term (1, 2 or 3 years)."},
            {phone, DEVICE, "2", "0.01", "The price of Device protection for 2 years is $79.00 now, not $0.01"},
            {phone, AUDIO, "1", null, "Audio care does not cover Nova X 128 GB."},
            {phone, 99L, "1", null, "That protection plan is not offered: '99'."},
            {planLine, DEVICE, "1", null, "That line is not in your cart: '" + planLine + "'."},
            {phone, DEVICE, "x", null, "That term does not exist: 'x'."},
            {phone, DEVICE, "2", "-5", "The price is malformed: '-5'."},
        };
        for (Object[] b : bad) {
            HttpResponse<String> r = choose(s, (Long) b[0], (Long) b[1], b[2], (String) b[3]);
            assertTrue(r.statusCode() + " " + r.body(), r.statusCode() == 400 || r.statusCode() == 409);
            assertTrue("message for " + java.util.Arrays.toString(b) + ": " + r.body(), r.body().contains((String) b[4]));
            assertEquals("unchanged after " + java.util.Arrays.toString(b), before, lines(s));
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("lineId", "12x");
        form.put("planId", "1");
        form.put("term", "1");
        form.put("csrfToken", s.csrf());
        HttpResponse<String> r = s.http.postAccept(DemoStoreHarness.site(WarrantyController.PATH), form,
                "application/json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body(), r.body().contains("That cart line does not exist: '12x'."));
        // without the CSRF token: refused by the storefront's filter
        form.put("lineId", String.valueOf(phone));
        form.put("term", "3");
        form.remove("csrfToken");
        r = s.http.post(DemoStoreHarness.site(WarrantyController.PATH), form);
        assertTrue("no token: " + r.statusCode(), r.statusCode() >= 400);
        assertEquals(before, lines(s));
        assertEquals("the other cart is untouched", List.of("Nova X 128 GB x1"), lines(other));
    }

    @Test
    public void theCheckoutChargesThePlanAndTheSubmittedOrderKeepsItUnderItsLine() throws Exception {
        Shopper s = new Shopper();
        s.add("Aero 14 16 GB RAM", 2);
        assertEquals(200, choose(s, lineOf(s, "Aero 14 16 GB RAM"), DEVICE, 3, "153.86").statusCode());
        String number = s.checkout();
        Object[] order = Sql.row("SELECT ORDER_ID, ORDER_STATUS, ORDER_SUBTOTAL, TOTAL_SHIPPING, ORDER_TOTAL FROM BLC_ORDER"
                + " WHERE ORDER_NUMBER = '" + number + "'");
        assertEquals("SUBMITTED", order[1]);
        assertEquals("2 x 1,099.00 + 2 x 14 % of 1,099.00 (153.86)", new BigDecimal("2505.72"),
                ((BigDecimal) order[2]).setScale(2));
        assertEquals(((BigDecimal) order[2]).add((BigDecimal) order[3]).setScale(2), ((BigDecimal) order[4]).setScale(2));
        assertEquals(List.of("Aero 14 16 GB RAM x2", "Protection Plan 3 Years x2 under Aero 14 16 GB RAM at 153.86"),
                orderLines(((Number) order[0]).longValue()));
    }

    @Test
    public void theSelectorOffersThePlansOnTheProductPageAndPerCartLineAndThePlanShowsUnderItsLine() throws Exception {
        Shopper s = new Shopper();
        // product page: the plans covering the product at its price, each term adds the product with it
        Document product = Http.parse(s.http.get(DemoStoreHarness.site(Shopper.productUrl(
                Shopper.productId("Aero 14 16 GB RAM")))));
        Element selector = product.selectFirst(".uplift-warranty");
        assertNotNull("selector on the product page", selector);
        assertEquals(List.of("1 year", "2 years", "3 years"), selector.select(".uplift-warranty__plan[data-plan-id="
                + DEVICE + "] .uplift-warranty__term").eachAttr("data-years").stream().map(y -> y.equals("1")
                ? "1 year" : y + " years").collect(java.util.stream.Collectors.toList()));
        assertEquals(List.of("$69.00", "$109.90", "$153.86"), selector.select(".uplift-warranty__price").eachText());
        assertEquals("add-on price framing from the same prices", List.of("only +$69 for 1 year of protection",
                "only +$109.90 for 2 years of protection", "only +$153.86 for 3 years of protection"),
                selector.select(".uplift-warranty__framing").eachText());
        assertTrue(selector.text(), selector.text().contains("Acme Care"));
        assertTrue(selector.text(), selector.text().contains("Covers accidental damage"));
        Element twoYears = selector.selectFirst(".uplift-warranty__term[data-years=2] form");
        Map<String, String> form = Http.formFields(twoYears);
        HttpResponse<String> r = s.http.post(DemoStoreHarness.site(twoYears.attr("action")
                .replaceFirst("^/[^/]*(?=/uplift/)", "")), form);
        assertEquals(r.body(), 302, r.statusCode());
        assertEquals(List.of("Aero 14 16 GB RAM x1", "Protection Plan 2 Years x1 under Aero 14 16 GB RAM at 109.90"),
                lines(s));
        assertNull("no selector for a product no plan covers", Http.parse(s.http.get(DemoStoreHarness.site(
                Shopper.productUrl(Shopper.productId("Mouse Pad XL"))))).selectFirst(".uplift-warranty"));

        // cart: the plan under its line, the selector per line with the current term marked; another term replaces it
        s.add("Nova X 128 GB", 1);
        Document cart = s.cart();
        long laptop = lineOf(s, "Aero 14 16 GB RAM");
        Element child = cart.selectFirst(".cart-line-child[data-parent-line-id=" + laptop + "]");
        assertNotNull("the plan shows under its line", child);
        assertTrue(child.text(), child.text().contains("Protection Plan 2 Years"));
        assertTrue(child.text(), child.text().contains("for Aero 14 16 GB RAM"));
        Element laptopOffer = cart.selectFirst(".uplift-warranty__item[data-line-id=" + laptop + "]");
        assertNotNull("selector for the laptop line", laptopOffer);
        assertTrue(laptopOffer.text(), laptopOffer.text().contains("now: Device protection, 2 years"));
        assertNotNull(laptopOffer.selectFirst(".uplift-warranty__term.uplift-is-chosen[data-years=2]"));
        long phone = lineOf(s, "Nova X 128 GB");
        Element phoneOffer = cart.selectFirst(".uplift-warranty__item[data-line-id=" + phone + "]");
        assertNotNull("selector for the phone line", phoneOffer);
        Element threeYears = phoneOffer.selectFirst(".uplift-warranty__term[data-years=3] form");
        r = s.http.post(DemoStoreHarness.site(threeYears.attr("action").replaceFirst("^/[^/]*(?=/uplift/)", "")),
                Http.formFields(threeYears));
        assertEquals(r.body(), 302, r.statusCode());
        assertEquals(List.of("Aero 14 16 GB RAM x1", "Nova X 128 GB x1",
                "Protection Plan 2 Years x1 under Aero 14 16 GB RAM at 109.90",
                "Protection Plan 3 Years x1 under Nova X 128 GB at 99.00"), lines(s));

        // checkout summary and confirmation: the plans under their lines
        Document checkout = Http.parse(s.http.get(DemoStoreHarness.site("/checkout")));
        assertEquals(List.of("1 × Protection Plan 2 Years $109.90", "1 × Protection Plan 3 Years $99.00"),
                checkout.select(".checkout__child").eachText());
        String number = s.checkout();
        Document confirmation = Http.parse(s.http.get(DemoStoreHarness.site("/confirmation/" + number)));
        assertEquals(List.of("↳ Protection Plan 2 Years for Aero 14 16 GB RAM 1 $109.90",
                "↳ Protection Plan 3 Years for Nova X 128 GB 1 $99.00"), confirmation.select(".order-line--child")
                .eachText());
    }

    // helpers =========================================================================================================

    private static HttpResponse<String> choose(Shopper s, long lineId, long planId, Object term, String price)
            throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("lineId", String.valueOf(lineId));
        form.put("planId", String.valueOf(planId));
        form.put("term", String.valueOf(term));
        if (price != null) {
            form.put("price", price);
        }
        form.put("csrfToken", s.csrf());
        return s.http.postAccept(DemoStoreHarness.site(WarrantyController.PATH), form, "application/json");
    }

    /** The demo cart's quantity form for a line; returns the cart page shown after it. */
    private static Document update(Shopper s, long lineId, int quantity) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("orderItemId", String.valueOf(lineId));
        form.put("quantity", String.valueOf(quantity));
        form.put("csrfToken", s.csrf());
        HttpResponse<String> r = s.http.post(DemoStoreHarness.site("/cart/update"), form);
        assertEquals(r.body(), 302, r.statusCode());
        return s.cart();
    }

    private static void remove(Shopper s, long lineId) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("orderItemId", String.valueOf(lineId));
        form.put("csrfToken", s.csrf());
        assertEquals(302, s.http.post(DemoStoreHarness.site("/cart/remove"), form).statusCode());
    }

    /** The demo cart's own add form; returns the cart page shown after it. */
    private static Document cartAdd(Shopper s, long productId) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("productId", String.valueOf(productId));
        form.put("quantity", "1");
        form.put("csrfToken", s.csrf());
        assertEquals(302, s.http.post(DemoStoreHarness.site("/cart/add"), form).statusCode());
        return s.cart();
    }

    /** The id of the shopper's cart line of this product, from the cart page. */
    private static long lineOf(Shopper s, String productName) throws Exception {
        long id = Shopper.productId(productName);
        Element line = s.cart().selectFirst(".cart-line[data-product-id=" + id + "] input[name=orderItemId], "
                + ".cart-line-child[data-product-id=" + id + "] input[name=orderItemId]");
        assertNotNull("a line of " + productName, line);
        return Long.parseLong(line.attr("value"));
    }

    private static String subtotal(Shopper s) throws Exception {
        return s.cart().selectFirst(".cart-total strong").text();
    }

    /** The shopper's cart lines as "name xN" and, for child lines, " under PARENT at UNIT_PRICE". */
    private static List<String> lines(Shopper s) throws Exception {
        Element any = s.cart().selectFirst(".cart-line input[name=orderItemId]");
        if (any == null) {
            return List.of();
        }
        long orderId = Sql.ids("SELECT ORDER_ID FROM BLC_ORDER_ITEM WHERE ORDER_ITEM_ID = " + any.attr("value")).get(0);
        return orderLines(orderId);
    }

    private static List<String> orderLines(long orderId) throws Exception {
        return Sql.strings("SELECT CONCAT(i.NAME, ' x', i.QUANTITY, CASE WHEN i.PARENT_ORDER_ITEM_ID IS NULL THEN ''"
                + " ELSE CONCAT(' under ', p.NAME, ' at ', CAST(i.SALE_PRICE AS DECIMAL(19, 2))) END) FROM BLC_ORDER_ITEM i"
                + " LEFT JOIN BLC_ORDER_ITEM p ON p.ORDER_ITEM_ID = i.PARENT_ORDER_ITEM_ID WHERE i.ORDER_ID = " + orderId
                + " ORDER BY CASE WHEN i.PARENT_ORDER_ITEM_ID IS NULL THEN 0 ELSE 1 END, i.ORDER_ITEM_ID");
    }

    private static List<String> sorted(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        java.util.Collections.sort(out);
        return out;
    }
}
