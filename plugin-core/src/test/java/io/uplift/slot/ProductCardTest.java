package io.uplift.slot;

import io.uplift.engine.ProductFacts;
import org.junit.Test;

import java.math.BigDecimal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

public class ProductCardTest {

    @Test
    public void formatsDollarsWithGroupingAndCents() {
        assertEquals("$1,299.00", ProductCard.formatPrice(new BigDecimal("1299"), "USD"));
        assertEquals("$0.99", ProductCard.formatPrice(new BigDecimal("0.99"), "USD"));
    }

    @Test
    public void formatsOtherCurrenciesWithTheirSymbol() {
        assertEquals("\u20ac1,299.00", ProductCard.formatPrice(new BigDecimal("1299"), "EUR"));
    }

    @Test
    public void withoutACurrencyFormatsAsDollars() {
        assertEquals("$5.00", ProductCard.formatPrice(new BigDecimal("5"), null));
    }

    @Test
    public void anUnknownCurrencyCodeIsShownAfterTheAmountInsteadOfFailing() {
        assertEquals("12.50 ABC", ProductCard.formatPrice(new BigDecimal("12.5"), "ABC"));
    }

    @Test
    public void anUnknownPriceIsBlank() {
        assertEquals("", ProductCard.formatPrice(null, "USD"));
    }

    @Test
    public void stockNoteOnlyFromOneToFiveUnits() {
        assertEquals("Only 1 left", ProductCard.stockNote(1));
        assertEquals("Only 5 left", ProductCard.stockNote(ProductCard.LOW_STOCK_THRESHOLD));
        assertNull(ProductCard.stockNote(6));
        assertNull(ProductCard.stockNote(0));
        assertNull(ProductCard.stockNote(-2));
    }

    @Test
    public void noStockNoteWhenInventoryIsNotTracked() {
        assertNull(ProductCard.stockNote(null));
    }

    @Test
    public void cardTakesEverythingFromTheProductFacts() {
        ProductFacts p = new ProductFacts(42, "Hot Sauce", "/hot-sauce", new BigDecimal("1299.00"), "USD",
                "/img/hot.png", true, true, 3);
        ProductCard card = ProductCard.of(p, "manual-cross-sale", "because");
        assertEquals(42, card.getProductId());
        assertEquals("Hot Sauce", card.getName());
        assertEquals("/hot-sauce", card.getUrl());
        assertEquals("/img/hot.png", card.getImageUrl());
        assertEquals("$1,299.00", card.getPriceText());
        assertEquals("Only 3 left", card.getStockNote());
        assertEquals("manual-cross-sale", card.getSource());
        assertEquals("because", card.getReason());
    }
}
