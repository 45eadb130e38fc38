package io.uplift.engine.bundle;

import org.junit.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * A desk set (mouse 1 at 29.00, pad 2 at 15.00; 10 %) and a typing set (mouse 1, keyboard 3 at 79.00; 10.00 off), as
 * the pricing step sees a cart.
 */
public class CartBundleSavingsTest {

    private static final Bundle DESK = new Bundle(7, "Desk set", 1, Collections.singletonList(2L),
            Bundle.DiscountType.PERCENT, new BigDecimal("10"), null, null);
    private static final Bundle TYPING = new Bundle(8, "Typing set", 1, Collections.singletonList(3L),
            Bundle.DiscountType.AMOUNT, new BigDecimal("10"), null, null);

    private static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

    private static String summary(List<BundlePricing.Applied> savings) {
        StringBuilder sb = new StringBuilder();
        for (BundlePricing.Applied s : savings) {
            sb.append(sb.length() == 0 ? "" : "; ").append(CartBundleSavings.reason(s.getBundle().getName(), s.getSets()))
                    .append(" -").append(s.getAmount());
        }
        return sb.toString();
    }

    @Test
    public void completeSetIsDiscountedOnce() {
        List<BundlePricing.Applied> s = new CartBundleSavings().line(1, 1, money("29.00")).line(2, 1, money("15.00"))
                .savings(Collections.singletonList(DESK), null);
        assertEquals("Bundle: Desk set (1 set) -4.40", summary(s));
        assertEquals(1, s.get(0).getSets());
        assertEquals(money("4.40"), s.get(0).getAmount());
    }

    @Test
    public void partialSetIsNeverDiscounted() {
        assertTrue(new CartBundleSavings().line(1, 3, money("29.00")).savings(Arrays.asList(DESK, TYPING), null)
                .isEmpty());
    }

    @Test
    public void eachCompleteSetCountsAndLeftoverUnitsDoNot() {
        List<BundlePricing.Applied> s = new CartBundleSavings().line(1, 3, money("29.00")).line(2, 2, money("15.00"))
                .savings(Collections.singletonList(DESK), null);
        assertEquals("Bundle: Desk set (2 sets) -8.80", summary(s));
    }

    @Test
    public void linesOfOneProductAddUpAtTheLowerUnitPrice() {
        CartBundleSavings cart = new CartBundleSavings().line(1, 1, money("29.00")).line(2, 1, money("15.00"))
                .line(1, 1, money("25.00")).line(2, 1, money("15.00"));
        assertEquals(Integer.valueOf(2), cart.quantities().get(1L));
        // (25.00 + 15.00) * 10 % = 4.00 per set, two sets
        assertEquals("Bundle: Desk set (2 sets) -8.00", summary(cart.savings(Collections.singletonList(DESK), null)));
    }

    @Test
    public void aUnitCountsTowardsOneSetOnlyTheLargerSavingFirst() {
        CartBundleSavings cart = new CartBundleSavings().line(1, 1, money("29.00")).line(2, 1, money("15.00"))
                .line(3, 1, money("79.00"));
        assertEquals("Bundle: Typing set (1 set) -10.00", summary(cart.savings(Arrays.asList(DESK, TYPING), null)));
        cart.line(1, 1, money("29.00"));
        assertEquals("Bundle: Typing set (1 set) -10.00; Bundle: Desk set (1 set) -4.40",
                summary(cart.savings(Arrays.asList(DESK, TYPING), null)));
    }

    @Test
    public void aLineWithoutPriceIsNeverPartOfASet() {
        assertTrue(new CartBundleSavings().line(1, 1, money("29.00")).line(2, 1, null).line(2, 1, money("15.00"))
                .savings(Collections.singletonList(DESK), null).isEmpty());
    }

    @Test
    public void savingsTogetherNeverExceedTheCap() {
        CartBundleSavings cart = new CartBundleSavings().line(1, 2, money("29.00")).line(2, 1, money("15.00"))
                .line(3, 1, money("79.00"));
        assertEquals("Bundle: Typing set (1 set) -10.00; Bundle: Desk set (1 set) -1.50",
                summary(cart.savings(Arrays.asList(DESK, TYPING), money("11.50"))));
        assertEquals("Bundle: Typing set (1 set) -3.00", summary(cart.savings(Arrays.asList(DESK, TYPING), money("3"))));
        assertTrue(cart.savings(Arrays.asList(DESK, TYPING), money("-5.00")).isEmpty());
    }

    @Test
    public void noActiveBundleNoSaving() {
        Bundle ended = new Bundle(9, "Old set", 1, Collections.singletonList(2L), Bundle.DiscountType.PERCENT,
                new BigDecimal("10"), null, new Date(System.currentTimeMillis() - 1000));
        CartBundleSavings cart = new CartBundleSavings().line(1, 1, money("29.00")).line(2, 1, money("15.00"));
        assertTrue(cart.savings(new Bundles(Collections.singletonList(ended)).active(new Date()), null).isEmpty());
        assertTrue(cart.savings(Collections.<Bundle>emptyList(), null).isEmpty());
    }

    @Test
    public void reasonNamesTheBundleAndItsSets() {
        assertEquals("Bundle: Desk set (1 set)", CartBundleSavings.reason("Desk set", 1));
        assertEquals("Bundle: Desk set (3 sets)", CartBundleSavings.reason("Desk set", 3));
    }

    @Test
    public void badLinesAreRefusedQuotingTheValue() {
        try {
            new CartBundleSavings().line(1, 0, money("1.00"));
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("cart line of product 1: quantity must be at least 1: 0", e.getMessage());
        }
        try {
            new CartBundleSavings().line(1, 1, money("-1.00"));
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("cart line of product 1: unit price must not be negative: -1.00", e.getMessage());
        }
    }
}
