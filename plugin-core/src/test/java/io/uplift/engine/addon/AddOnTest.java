package io.uplift.engine.addon;

import org.junit.Test;

import java.math.BigDecimal;
import java.util.Arrays;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** Add-on prices against figures computed by hand, and the save rules with their messages. */
public class AddOnTest {

    private static BigDecimal d(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    private static final AddOn INSURANCE = AddOn.percent(2, "Shipping insurance", "Covers loss", AddOn.Kind.SHIPPING_INSURANCE,
            d("2"), d("1.99"), d("24.99"), true, 20);

    @Test
    public void aFixedPriceIgnoresTheSubtotal() {
        AddOn wrap = AddOn.fixed(1, "Gift wrap", "Recycled paper", AddOn.Kind.GIFT_WRAP, d("4.99"), true, 10);
        assertEquals(d("4.99"), wrap.price(d("0.00")));
        assertEquals(d("4.99"), wrap.price(d("1234.56")));
        assertEquals("", wrap.pricingText(null));
    }

    @Test
    public void aPercentageIsRoundedHalfUpToTheCentBetweenFloorAndCeiling() {
        // 2 % of 648.00 = 12.96
        assertEquals(d("12.96"), INSURANCE.price(d("648.00")));
        // 2 % of 123.25 = 2.465 -> 2.47 (half up)
        assertEquals(d("2.47"), INSURANCE.price(d("123.25")));
        // 2 % of 123.24 = 2.4648 -> 2.46
        assertEquals(d("2.46"), INSURANCE.price(d("123.24")));
        // 2 % of 50.00 = 1.00 -> floor 1.99
        assertEquals(d("1.99"), INSURANCE.price(d("50.00")));
        // 2 % of 1,299.00 = 25.98 -> ceiling 24.99
        assertEquals(d("24.99"), INSURANCE.price(d("1299.00")));
        // exactly at the ceiling: 2 % of 1,249.50 = 24.99
        assertEquals(d("24.99"), INSURANCE.price(d("1249.50")));
        assertEquals("2% of your items (at least $1.99, at most $24.99)", INSURANCE.pricingText(null));
    }

    @Test
    public void aPercentageWithoutLimitsFollowsTheSubtotal() {
        AddOn p = AddOn.percent(3, "Care", "", AddOn.Kind.OTHER, d("1.5"), null, null, true, 0);
        // 1.5 % of 10.10 = 0.1515 -> 0.15; of 10.30 = 0.1545 -> 0.15; of 10.35 = 0.15525 -> 0.16
        assertEquals(d("0.15"), p.price(d("10.10")));
        assertEquals(d("0.16"), p.price(d("10.35")));
        assertEquals(d("0.00"), p.price(d("0")));
        assertEquals("1.5% of your items", p.pricingText(null));
    }

    @Test
    public void aNegativeSubtotalIsRefused() {
        try {
            INSURANCE.price(d("-1"));
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().endsWith("the merchandise subtotal must be zero or positive: -1"));
        }
    }

    @Test
    public void badValuesAreRefusedWithMessagesQuotingThem() {
        assertRefused("add-on 7: the name must be 1 to 80 characters, not blank: '  '",
                () -> AddOn.fixed(7, "  ", "", AddOn.Kind.GIFT_WRAP, d("1"), true, 0));
        assertRefused("add-on 'X': needs either a fixed amount or a percentage, not both (4.99 and 2 %)",
                () -> AddOn.of(7, "X", "", AddOn.Kind.GIFT_WRAP, d("4.99"), d("2"), null, null, true, 0));
        assertRefused("add-on 'X': needs either a fixed amount or a percentage, not neither",
                () -> AddOn.of(7, "X", "", AddOn.Kind.GIFT_WRAP, null, null, null, null, true, 0));
        assertRefused("add-on 'X': the amount must be positive with at most two decimals: 4.999",
                () -> AddOn.fixed(7, "X", "", AddOn.Kind.GIFT_WRAP, d("4.999"), true, 0));
        assertRefused("add-on 'X': the amount must be positive with at most two decimals: 0",
                () -> AddOn.fixed(7, "X", "", AddOn.Kind.GIFT_WRAP, d("0"), true, 0));
        assertRefused("add-on 'X': the percentage must be above 0 and at most 100 with at most two decimals: 100.5",
                () -> AddOn.percent(7, "X", "", AddOn.Kind.OTHER, d("100.5"), null, null, true, 0));
        assertRefused("add-on 'X': a floor or ceiling only applies to a percentage, not to the fixed amount 3.00"
                + " (floor 1, ceiling null)",
                () -> AddOn.of(7, "X", "", AddOn.Kind.OTHER, d("3.00"), null, d("1"), null, true, 0));
        assertRefused("add-on 'X': the ceiling 1.00 is below the floor 2.00",
                () -> AddOn.percent(7, "X", "", AddOn.Kind.OTHER, d("2"), d("2.00"), d("1.00"), true, 0));
        assertRefused("add-on 'X': the floor must be zero or positive with at most two decimals: -1",
                () -> AddOn.percent(7, "X", "", AddOn.Kind.OTHER, d("2"), d("-1"), null, true, 0));
        assertRefused("add-on 'X': needs a kind ([GIFT_WRAP, SHIPPING_INSURANCE, OTHER])",
                () -> AddOn.fixed(7, "X", "", null, d("1"), true, 0));
        char[] long501 = new char[501];
        Arrays.fill(long501, 'a');
        assertRefused("add-on 'X': the description must be at most 500 characters, it has 501",
                () -> AddOn.fixed(7, "X", new String(long501), AddOn.Kind.OTHER, d("1"), true, 0));
    }

    @Test
    public void theKindOfAStoredValue() {
        assertEquals(AddOn.Kind.GIFT_WRAP, AddOn.Kind.of("GIFT_WRAP"));
        assertNull(AddOn.Kind.of("gift_wrap"));
        assertNull(AddOn.Kind.of(null));
        assertEquals("shipping-insurance", AddOn.Kind.SHIPPING_INSURANCE.css());
    }

    @Test
    public void theListIsInDisplayOrderThenIdAndKnowsWhichAreOn() {
        AddOn a = AddOn.fixed(5, "A", "", AddOn.Kind.OTHER, d("1"), true, 20);
        AddOn b = AddOn.fixed(3, "B", "", AddOn.Kind.OTHER, d("1"), false, 10);
        AddOn c = AddOn.fixed(4, "C", "", AddOn.Kind.OTHER, d("1"), true, 20);
        AddOns list = new AddOns(Arrays.asList(a, b, c));
        assertEquals(Arrays.asList(b, c, a), list.all());
        assertEquals(Arrays.asList(c, a), list.active());
        assertEquals(b, list.byId(3));
        assertNull(list.activeById(3));
        assertNull(list.byId(99));
    }

    static void assertRefused(String message, Runnable r) {
        try {
            r.run();
            fail("expected: " + message);
        } catch (IllegalArgumentException e) {
            assertEquals(message, e.getMessage());
        }
    }
}
