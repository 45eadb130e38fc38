package io.uplift.engine.upsell;

import org.junit.Test;

import static io.uplift.engine.upsell.UpsellFixtures.money;
import static org.junit.Assert.assertEquals;

public class PriceTextTest {

    @Test
    public void formatShowsCurrencySymbolGroupingAndCents() {
        assertEquals("$1,049.00", PriceText.format(money("1049"), "USD"));
        assertEquals("$8.34", PriceText.format(money("8.34"), "USD"));
        assertEquals("$0.50", PriceText.format(money("0.5"), "USD"));
        assertEquals("€12.00", PriceText.format(money("12"), "EUR"));
    }

    @Test
    public void formatOfNothingIsEmptyAndAnUnknownCurrencyIsSpelledOut() {
        assertEquals("", PriceText.format(null, "USD"));
        assertEquals("1049.50 XYZ", PriceText.format(money("1049.5"), "XYZ"));
        assertEquals("$5.00", PriceText.format(money("5"), null));
    }

    @Test
    public void formatShortDropsZeroCentsOnly() {
        assertEquals("$50", PriceText.formatShort(money("50.00"), "USD"));
        assertEquals("$100", PriceText.formatShort(money("100"), "USD"));
        assertEquals("$1,049", PriceText.formatShort(money("1049.00"), "USD"));
        assertEquals("$8.34", PriceText.formatShort(money("8.34"), "USD"));
        assertEquals("$8.30", PriceText.formatShort(money("8.3"), "USD"));
        assertEquals("", PriceText.formatShort(null, "USD"));
    }

    @Test
    public void signedShowsTheDirection() {
        assertEquals("+$50", PriceText.signed(money("50.00"), "USD"));
        assertEquals("-$20", PriceText.signed(money("-20"), "USD"));
        assertEquals("+$0", PriceText.signed(money("0.00"), "USD"));
        assertEquals("+$8.34", PriceText.signed(money("8.34"), "USD"));
        assertEquals("-$1,049.99", PriceText.signed(money("-1049.99"), "USD"));
    }

    @Test
    public void formatsAreKeptApartPerCurrencyOnOneThread() {
        assertEquals("€1.00", PriceText.format(money("1"), "EUR"));
        assertEquals("$1.00", PriceText.format(money("1"), "USD"));
        assertEquals("€1.00", PriceText.format(money("1"), "EUR"));
    }

    /** The memo answers what formatting answers, for the same amount asked again, at another scale, past its bound. */
    @Test
    public void rememberedTextsAreTheFormattedOnesEvenPastTheMemosBound() {
        java.text.NumberFormat usd = java.text.NumberFormat.getCurrencyInstance(java.util.Locale.US);
        for (int round = 0; round < 2; round++) {
            for (int cents = 0; cents < PriceText.MEMO_SIZE + 500; cents += 7) {
                java.math.BigDecimal amount = java.math.BigDecimal.valueOf(cents * 1013L, 2);
                assertEquals(usd.format(amount), PriceText.format(amount, "USD"));
            }
        }
        assertEquals("$2.50", PriceText.format(new java.math.BigDecimal("2.5"), "USD"));
        assertEquals("$2.50", PriceText.format(new java.math.BigDecimal("2.500"), "USD"));
        assertEquals(usd.format(new java.math.BigDecimal("2.505")), PriceText.format(new java.math.BigDecimal("2.505"), "USD"));
        assertEquals("€2.50", PriceText.format(new java.math.BigDecimal("2.5"), "EUR"));
        assertEquals("2.50 XYZ", PriceText.format(new java.math.BigDecimal("2.5"), "XYZ"));
        assertEquals("2.50 XYZ", PriceText.format(new java.math.BigDecimal("2.5"), "XYZ"));
    }
}
