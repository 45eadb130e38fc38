package io.uplift.engine.nudge;

import io.uplift.engine.ProductFacts;
import org.junit.Test;

import java.math.BigDecimal;
import java.util.Arrays;

import static io.uplift.engine.TestProducts.inactive;
import static io.uplift.engine.TestProducts.priced;
import static org.junit.Assert.assertEquals;

public class PriceIndexTest {

    private final PriceIndex index = PriceIndex.of(Arrays.asList(priced(1, "3.00"), priced(2, "12.40"),
            priced(3, "9.99"), priced(4, "12.40"), priced(5, "23.60"), priced(6, "23.61"), inactive(7),
            new ProductFacts(8, "No price", "/8", null, "USD", null, true, true, null)));

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    public void findsProductsInTheRangeCheapestFirstBoundsIncluded() {
        assertEquals(Arrays.asList(2L, 4L, 5L), index.between(d("12.40"), d("23.60"), 10));
    }

    @Test
    public void leavesOutInactiveProductsAndProductsWithoutPrice() {
        assertEquals(6, index.size());
        assertEquals(Arrays.asList(1L, 3L, 2L, 4L, 5L, 6L), index.between(d("0"), d("1000"), 10));
    }

    @Test
    public void stopsAtTheLimit() {
        assertEquals(Arrays.asList(1L, 3L), index.between(d("0"), d("1000"), 2));
    }

    @Test
    public void anEmptyRange() {
        assertEquals(Arrays.asList(), index.between(d("24"), d("1000"), 10));
        assertEquals(Arrays.asList(), PriceIndex.EMPTY.between(d("0"), d("1000"), 10));
    }
}
