package io.uplift.engine;

import org.junit.Test;

import java.math.BigDecimal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class ProductFactsTest {

    @Test
    public void negativePriceIsRejectedQuotingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ProductFacts(7, "Hat",
                "/hat", new BigDecimal("-0.01"), "USD", null, true, true, null));
        assertEquals("product 7: price cannot be negative: -0.01", e.getMessage());
    }

    @Test
    public void nameIsRequired() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ProductFacts(7, null, "/hat", BigDecimal.ONE, "USD", null, true, true, null));
        assertTrue(e.getMessage(), e.getMessage().startsWith("product 7:"));
    }

    @Test
    public void priceAndQuantityMayBeUnknown() {
        ProductFacts p = new ProductFacts(7, "Hat", "/hat", null, null, null, true, true, null);
        assertNull(p.getPrice());
        assertNull(p.getQuantityAvailable());
        assertEquals(BigDecimal.ZERO, new ProductFacts(8, "Free", "/free", BigDecimal.ZERO, "USD", null, true, true, 3)
                .getPrice());
    }
}
