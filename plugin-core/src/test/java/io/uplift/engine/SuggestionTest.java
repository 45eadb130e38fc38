package io.uplift.engine;

import org.junit.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class SuggestionTest {

    @Test
    public void nanScoreIsRejectedNamingTheProduct() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Suggestion(42, Double.NaN, "s", "r"));
        assertEquals("score of product 42 is NaN", e.getMessage());
    }

    @Test
    public void contextWithoutCartHasAnEmptyCartNeverNull() {
        SuggestionContext ctx = new SuggestionContext(null, null);
        assertNull(ctx.getProductId());
        assertTrue(ctx.getCartProductIds().isEmpty());
    }

    @Test
    public void contextCopiesTheCartSoLaterChangesDoNotLeakIn() {
        Set<Long> cart = new LinkedHashSet<Long>(Arrays.asList(3L, 4L));
        SuggestionContext ctx = new SuggestionContext(1L, cart);
        cart.add(5L);
        assertEquals(new HashSet<Long>(Arrays.asList(3L, 4L)), ctx.getCartProductIds());
        assertThrows(UnsupportedOperationException.class, () -> ctx.getCartProductIds().add(6L));
    }
}
