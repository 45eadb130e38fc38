package io.uplift.web.order;

import org.junit.Test;

import java.util.Arrays;
import java.util.HashSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

/** An add-to-order is allowed only for a product a rendering of this session offered, under its token and order. */
public class OrderOfferTokensTest {

    private final OrderOfferTokens tokens = new OrderOfferTokens();

    @Test
    public void aProductOfTheRenderingPassesUnderItsTokenAndOrder() {
        tokens.put("tokenAAAAAAAAAAAAAAAAA", "1001", new HashSet<Long>(Arrays.asList(5L, 6L)));
        assertNull(tokens.refusal("tokenAAAAAAAAAAAAAAAAA", "1001", 5L));
        assertNull(tokens.refusal("tokenAAAAAAAAAAAAAAAAA", "1001", 6L));
    }

    @Test
    public void anythingElseIsRefused() {
        tokens.put("tokenAAAAAAAAAAAAAAAAA", "1001", new HashSet<Long>(Arrays.asList(5L, 6L)));
        assertEquals(OrderOfferTokens.Refusal.NOT_OFFERED, tokens.refusal("tokenAAAAAAAAAAAAAAAAA", "1001", 7L));
        assertEquals("another order under this token", OrderOfferTokens.Refusal.UNKNOWN_TOKEN,
                tokens.refusal("tokenAAAAAAAAAAAAAAAAA", "1002", 5L));
        assertEquals(OrderOfferTokens.Refusal.UNKNOWN_TOKEN, tokens.refusal("tokenBBBBBBBBBBBBBBBBB", "1001", 5L));
        assertEquals(OrderOfferTokens.Refusal.UNKNOWN_TOKEN, tokens.refusal(null, "1001", 5L));
        assertEquals("no session: nothing was offered", OrderOfferTokens.Refusal.UNKNOWN_TOKEN,
                OrderOfferTokens.check(null, "tokenAAAAAAAAAAAAAAAAA", "1001", 5L));
    }

    @Test
    public void onlyTheLatestRenderingsAreKept() {
        for (int i = 0; i < OrderOfferTokens.CAPACITY + 10; i++) {
            tokens.put("token" + i, "1001", new HashSet<Long>(Arrays.asList(5L)));
        }
        assertEquals(OrderOfferTokens.CAPACITY, tokens.size());
        assertEquals("the oldest is forgotten", OrderOfferTokens.Refusal.UNKNOWN_TOKEN, tokens.refusal("token0", "1001",
                5L));
        assertNull(tokens.refusal("token" + (OrderOfferTokens.CAPACITY + 9), "1001", 5L));
    }
}
