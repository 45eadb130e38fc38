package io.uplift.demo.it;

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
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * Checkout add-ons in the real Broadleaf admin (a separate JVM on the shared database): Uplift &gt; Checkout add-ons is
 * Broadleaf's entity screen, validated on save with messages that quote the refused value (nothing saved); an add-on
 * saved there is offered at checkout once the storefront's background read has it.
 */
public class AdminCheckoutAddOnsIT {

    private static final String SECTION = "/uplift-checkout-add-ons";
    private static final long GIFT_WRAP = 1;

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
    }

    @After
    public void cleanUp() throws Exception {
        WidgetRows.update("DELETE FROM UPLIFT_ADD_ON WHERE ADD_ON_ID > 2");
        WidgetRows.update("UPDATE UPLIFT_ADD_ON SET AMOUNT = 4.99, FLOOR_PRICE = NULL, ENABLED = TRUE WHERE ADD_ON_ID = "
                + GIFT_WRAP);
        CheckoutAddOnsIT.addOns().refresh();
    }

    @Test
    public void theSectionListsTheSeededAddOns() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        HttpResponse<String> list = admin.http.get(DemoStoreHarness.admin(SECTION));
        assertEquals(200, list.statusCode());
        Document page = Http.parse(list);
        assertNotNull("menu link", page.selectFirst("a[href$=" + SECTION + "]"));
        assertEquals(Arrays.asList("Gift wrap", "Shipping insurance"),
                page.select("#listGrid-main td[data-fieldname=name]").eachAttr("data-fieldvalue"));
        Element form = admin.editForm(SECTION, 2);
        assertEquals("2.00", new BigDecimal(form.selectFirst("input[name=fields['percent'].value]").attr("value"))
                .setScale(2).toPlainString());
        assertEquals("Covers loss and damage in transit: we replace or refund at once.",
                form.selectFirst("textarea[name=fields['description'].value]").text());
    }

    @Test
    public void badValuesAreRefusedWithMessagesQuotingThemAndNothingIsSaved() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        long before = Sql.count("SELECT COUNT(*) FROM UPLIFT_ADD_ON");
        assertRefused(admin, values("Card", "", "120", "", "", "10"), "The percentage must be blank or above 0 and at"
                + " most 100, with at most two decimals. You entered '120'.");
        assertRefused(admin, values("Card", "4.99", "2", "", "", "10"), "Give either a fixed price or a percentage,"
                + " not both; a floor or ceiling only with a percentage, the ceiling not below the floor. You entered:"
                + " fixed price '4.99', percentage '2', floor nothing, ceiling nothing.");
        assertRefused(admin, values("Card", "4.999", "", "", "", "10"), "The fixed price must be blank or a positive"
                + " amount with at most two decimals. You entered '4.999'.");
        assertRefused(admin, values("Card", "", "3", "5", "4", "10"), "You entered: fixed price nothing, percentage"
                + " '3', floor '5', ceiling '4'.");
        assertRefused(admin, values("Card", "2.50", "", "", "", "-1"), "The display order must be a whole number from"
                + " 0 to 9999. You entered '-1'.");
        assertEquals("nothing saved", before, Sql.count("SELECT COUNT(*) FROM UPLIFT_ADD_ON"));

        // editing: a floor with a fixed price is refused, the row keeps its values
        HttpResponse<String> r = admin.save(SECTION, GIFT_WRAP, Collections.singletonMap("fields['floor'].value", "1"));
        assertEquals(200, r.statusCode());
        assertTrue(Http.parse(r).text(), Http.parse(r).text().contains("You entered: fixed price '4.99', percentage"
                + " nothing, floor '1', ceiling nothing."));
        assertEquals(null, Sql.row("SELECT FLOOR_PRICE FROM UPLIFT_ADD_ON WHERE ADD_ON_ID = " + GIFT_WRAP)[0]);
    }

    @Test
    public void anAddOnSavedInTheAdminIsOfferedAtCheckoutAtItsPlace() throws Exception {
        AdminSession admin = AdminSession.login("admin", "admin");
        HttpResponse<String> created = create(admin, values("Greeting card", "2.50", "", "", "", "15"));
        assertEquals(created.body(), 302, created.statusCode());
        long id = Long.parseLong(created.headers().firstValue("Location").orElse("").replaceAll(".*/", ""));
        assertEquals("Greeting card", Sql.row("SELECT NAME FROM UPLIFT_ADD_ON WHERE ADD_ON_ID = " + id)[0]);

        CheckoutAddOnsIT.addOns().refresh();
        assertTrue("nothing left out: " + CheckoutAddOnsIT.addOns().getRejected(),
                CheckoutAddOnsIT.addOns().getRejected().isEmpty());
        Shopper s = new Shopper();
        s.add("Mouse Pad XL", 1);
        Element widget = Http.parse(s.http.get(DemoStoreHarness.site("/checkout"))).selectFirst(".uplift-add-ons");
        assertNotNull(widget);
        assertEquals("between gift wrap (10) and insurance (20)", Arrays.asList("Gift wrap", "Greeting card",
                "Shipping insurance"), widget.select(".uplift-add-ons__name").eachText());
        assertEquals("A card with your message.", widget.selectFirst(".uplift-add-ons__item[data-add-on-id=" + id
                + "] .uplift-add-ons__description").text());
        assertEquals("Your order now includes: Greeting card.", s.chooseAddOns("Greeting card"));

        // switched off in the admin: no longer offered
        assertEquals(302, admin.save(SECTION, id, Collections.singletonMap("fields['enabled'].value", "false"))
                .statusCode());
        CheckoutAddOnsIT.addOns().refresh();
        assertEquals(Arrays.asList("Gift wrap", "Shipping insurance"), Http.parse(s.http.get(DemoStoreHarness.site(
                "/checkout"))).select(".uplift-add-ons__name").eachText());
    }

    @Test
    public void broadleafsOrderScreenShowsTheAddOnFeesOfASubmittedOrder() throws Exception {
        Shopper s = new Shopper();
        s.add("Mouse Pad XL", 1);
        s.chooseAddOns("Gift wrap", "Shipping insurance");
        String number = s.checkout();
        long order = ((Number) Sql.row("SELECT ORDER_ID FROM BLC_ORDER WHERE ORDER_NUMBER = '" + number + "'")[0])
                .longValue();
        long group = ((Number) Sql.row("SELECT FULFILLMENT_GROUP_ID FROM BLC_FULFILLMENT_GROUP WHERE ORDER_ID = "
                + order)[0]).longValue();
        AdminSession admin = AdminSession.login("admin", "admin");
        HttpResponse<String> page = admin.http.get(DemoStoreHarness.admin("/order/" + order));
        assertEquals(200, page.statusCode());
        HttpResponse<String> modal = admin.http.get(DemoStoreHarness.admin("/order/" + order + "/fulfillmentGroups/"
                + group));
        assertEquals(modal.body(), 200, modal.statusCode());
        String text = Http.parse(modal).text();
        assertTrue("the fulfillment group's fees in the admin: " + text, text.contains("Gift wrap")
                && text.contains("Shipping insurance"));
    }

    private static Map<String, String> values(String name, String amount, String percent, String floor, String ceiling,
            String order) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("fields['name'].value", name);
        v.put("fields['description'].value", "A card with your message.");
        v.put("fields['kind'].value", "OTHER");
        v.put("fields['amount'].value", amount);
        v.put("fields['percent'].value", percent);
        v.put("fields['floor'].value", floor);
        v.put("fields['ceiling'].value", ceiling);
        v.put("fields['enabled'].value", "true");
        v.put("fields['displayOrder'].value", order);
        return v;
    }

    private static HttpResponse<String> create(AdminSession admin, Map<String, String> values) throws Exception {
        return admin.create(SECTION, values);
    }

    private static void assertRefused(AdminSession admin, Map<String, String> values, String message) throws Exception {
        admin.assertRefused(SECTION, values, message);
    }
}
