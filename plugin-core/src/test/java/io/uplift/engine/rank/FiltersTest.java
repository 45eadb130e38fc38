package io.uplift.engine.rank;

import io.uplift.engine.ProductFacts;
import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;
import org.junit.Test;

import java.util.Arrays;
import java.util.HashSet;

import static io.uplift.engine.TestProducts.buyable;
import static io.uplift.engine.TestProducts.inactive;
import static io.uplift.engine.TestProducts.outOfStock;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

public class FiltersTest {

    private static final SuggestionContext NOTHING = new SuggestionContext(null, null);

    @Test
    public void activeNamesInactiveAsTheReason() {
        assertEquals("inactive", reject(Filters.active(), inactive(5), NOTHING));
        assertNull(reject(Filters.active(), buyable(5), NOTHING));
    }

    @Test
    public void inStockNamesOutOfStockAsTheReason() {
        assertEquals("out of stock", reject(Filters.inStock(), outOfStock(5), NOTHING));
        assertNull(reject(Filters.inStock(), buyable(5), NOTHING));
    }

    /** Ids above 127 are outside the Long cache: comparing boxed ids by reference would keep the viewed product. */
    @Test
    public void notSelfDropsTheViewedProductEvenWithALargeId() {
        SuggestionContext viewing = new SuggestionContext(Long.valueOf(100000L), null);
        assertEquals("the viewed product", reject(Filters.notSelf(), buyable(100000L), viewing));
        assertNull(reject(Filters.notSelf(), buyable(100001L), viewing));
    }

    @Test
    public void notSelfKeepsEverythingWithoutAViewedProduct() {
        assertNull(reject(Filters.notSelf(), buyable(5), NOTHING));
    }

    @Test
    public void notInCartDropsCartedProducts() {
        SuggestionContext cart = new SuggestionContext(null, new HashSet<Long>(Arrays.asList(100000L, 3L)));
        assertEquals("already in the cart", reject(Filters.notInCart(), buyable(100000L), cart));
        assertNull(reject(Filters.notInCart(), buyable(5), cart));
    }

    private static String reject(SuggestionFilter f, ProductFacts p, SuggestionContext ctx) {
        return f.reject(new Suggestion(p.getId(), 1, "test", "test"), p, ctx);
    }
}
