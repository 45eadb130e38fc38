package io.uplift.engine.event;

import org.junit.Test;

import java.time.Instant;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class AttributionTest {

    static final Attribution ALSO_BOUGHT = new Attribution(7, "ALSO_BOUGHT", "product", "copurchase", "exp-1",
            "five");

    @Test
    public void theOneLineFormReadsBackEqual() {
        assertEquals("7|ALSO_BOUGHT|product|copurchase|exp-1|five", ALSO_BOUGHT.toText());
        assertEquals(ALSO_BOUGHT, Attribution.parse(ALSO_BOUGHT.toText()));
        assertEquals(SuggestionType.CROSS_SELL, ALSO_BOUGHT.getSuggestionType());

        Attribution plain = new Attribution(3, "WARRANTY", "cart", null, null, null);
        assertEquals("3|WARRANTY|cart|||", plain.toText());
        Attribution back = Attribution.parse(plain.toText());
        assertEquals(plain, back);
        assertNull(back.getStrategy());
        assertNull(back.getExperimentId());
    }

    @Test
    public void badPartsAreRefusedQuotingTheValue() {
        refused("widget id must be positive: 0", 0, "BUNDLE", "product", null, null, null);
        refused("unknown widget type: 'SPAM'", 1, "SPAM", "product", null, null, null);
        refused("slot must be", 1, "BUNDLE", "pro duct", null, null, null);
        refused("strategy must be", 1, "BUNDLE", "product", "<script>", null, null);
        refused("experiment id and variant go together: 'exp-1' / 'null'", 1, "BUNDLE", "product", null, "exp-1",
                null);
        for (String text : new String[] {null, "", "1|BUNDLE|product", "x|BUNDLE|product|||", "1|BUNDLE|product||||"}) {
            try {
                Attribution.parse(text);
                fail("parsed " + text);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("'" + text + "'"));
            }
        }
    }

    private static void refused(String message, long id, String type, String slot, String strategy, String exp,
            String variant) {
        try {
            new Attribution(id, type, slot, strategy, exp, variant);
            fail("accepted");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith(message));
        }
    }

    @Test
    public void aRepeatedReportOfOnePageViewHasOneKeyAndAnotherPageViewAnother() {
        Instant t = Instant.parse("2026-11-30T10:00:00Z");
        Event click = new Event(EventType.CLICK, "v1", "pv-1", ALSO_BOUGHT, 42L, t);
        Event doubleClick = new Event(EventType.CLICK, "v1", "pv-1", ALSO_BOUGHT, 42L, t.plusMillis(300));
        Event reload = new Event(EventType.CLICK, "v1", "pv-2", ALSO_BOUGHT, 42L, t.plusSeconds(5));
        assertEquals("CLICK|pv-1|7|42", click.idempotencyKey());
        assertEquals(click.idempotencyKey(), doubleClick.idempotencyKey());
        assertNotEquals(click.idempotencyKey(), reload.idempotencyKey());
        assertEquals("IMPRESSION_SEEN|pv-1|7|-",
                new Event(EventType.IMPRESSION_SEEN, "v1", "pv-1", ALSO_BOUGHT, null, t).idempotencyKey());
        assertNotEquals(click.idempotencyKey(),
                new Event(EventType.ADD_TO_CART, "v1", "pv-1", ALSO_BOUGHT, 42L, t).idempotencyKey());
    }

    @Test
    public void productIsRequiredForClicksAndForbiddenForImpressions() {
        Instant t = Instant.parse("2026-11-30T10:00:00Z");
        try {
            new Event(EventType.CLICK, "v1", "pv-1", ALSO_BOUGHT, null, t);
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("CLICK event needs a positive product id: null", e.getMessage());
        }
        try {
            new Event(EventType.IMPRESSION_RENDERED, "v1", "pv-1", ALSO_BOUGHT, 42L, t);
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("IMPRESSION_RENDERED is an event of the whole widget, without product: 42", e.getMessage());
        }
    }
}
