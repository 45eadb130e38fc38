package io.uplift.web.slot;

import io.uplift.slot.PerRendering;
import io.uplift.slot.ProductCard;
import io.uplift.slot.SlotKey;
import io.uplift.slot.SlotView;
import io.uplift.slot.WidgetView;
import org.junit.Test;

import java.util.Collections;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class SlotRenderCacheTest {

    private static final String FACTS = SlotRenderCache.facts(1L, "/theme", null, "en_US", "", "/p/1", true, 0);

    /** A widget detail with a one-time token, like the bundle widget's offer. */
    static final class Offer {
        private final String name;
        @PerRendering
        private final String token;

        Offer(String name, String token) {
            this.name = name;
            this.token = token;
        }
    }

    private static SlotView view(String price, Object detail) {
        ProductCard card = new ProductCard(1, "Mug", "/p/1", null, price, null, "copurchase", null);
        return new SlotView(SlotKey.PRODUCT, Collections.singletonList(new WidgetView(7, "RELATED_PRODUCTS",
                "uplift/widgets/product-list", "You may also like", Collections.singletonList(card), detail)));
    }

    private static String html(String csrf, String pageView, String token, String price) {
        return "<section data-uplift-page-view=\"" + pageView + "\"><form><input name=\"token\" value=\"" + token
                + "\"/><span>" + price + "</span><input name=\"csrfToken\" value=\"" + csrf + "\"/></form>"
                + "<form><input name=\"csrfToken\" value=\"" + csrf + "\"/></form></section>";
    }

    @Test
    public void aHitGivesTheSameHtmlWithThisRenderingsOwnValues() {
        SlotRenderCache cache = new SlotRenderCache(1024);
        SlotRenderCache.Lookup first = cache.lookup(view("$9.99", new Offer("b", "tokenAAAAAAAA")), FACTS,
                "csrfAAAAAAAAAAAA", "p00000000000000a1");
        assertNull(cache.get(first));
        cache.put(first, html("csrfAAAAAAAAAAAA", "p00000000000000a1", "tokenAAAAAAAA", "$9.99"));

        // another visitor (own CSRF token, page view and one-time token), same widgets on the same page
        SlotRenderCache.Lookup second = cache.lookup(view("$9.99", new Offer("b", "tokenBBBBBBBB")), FACTS,
                "csrfBBBBBBBBBBBB", "p00000000000000b2");
        assertEquals(html("csrfBBBBBBBBBBBB", "p00000000000000b2", "tokenBBBBBBBB", "$9.99"), cache.get(second));
        assertEquals(1, cache.getHits());
        assertEquals(1, cache.getMisses());
    }

    @Test
    public void anythingShownOrAnyRequestFactDifferentIsAMiss() {
        SlotRenderCache cache = new SlotRenderCache(1024);
        SlotRenderCache.Lookup a = cache.lookup(view("$9.99", null), FACTS, "csrfAAAAAAAAAAAA", "p00000000000000a1");
        cache.put(a, html("csrfAAAAAAAAAAAA", "p00000000000000a1", "x", "$9.99"));
        assertNull(cache.get(cache.lookup(view("$9.98", null), FACTS, "csrfAAAAAAAAAAAA", "p00000000000000a1")));
        assertNull(cache.get(cache.lookup(view("$9.99", null),
                SlotRenderCache.facts(1L, "/theme", null, "fr_FR", "", "/p/1", true, 0), "csrfAAAAAAAAAAAA",
                "p00000000000000a1")));
        assertNull(cache.get(cache.lookup(view("$9.99", null),
                SlotRenderCache.facts(1L, "/theme", null, "en_US", "", "/p/1", false, 0), "csrfAAAAAAAAAAAA",
                "p00000000000000a1")));
        // a page without a page view id is another page
        assertNull(cache.get(cache.lookup(view("$9.99", null), FACTS, "csrfAAAAAAAAAAAA", null)));
        assertNotNull(cache.get(cache.lookup(view("$9.99", null), FACTS, "csrfCCCCCCCCCCCC", "p00000000000000c3")));
    }

    @Test
    public void factsCannotRunIntoEachOther() {
        assertNotEquals(SlotRenderCache.facts("ab", "c"), SlotRenderCache.facts("a", "bc"));
        assertNotEquals(SlotRenderCache.facts("a", null), SlotRenderCache.facts("a", "null", ""));
    }

    @Test
    public void valuesThatCouldBeConfusedWithContentAreNotStored() {
        SlotRenderCache cache = new SlotRenderCache(1024);
        SlotRenderCache.Lookup shortToken = cache.lookup(view("$9.99", null), FACTS, "short", "p00000000000000a1");
        cache.put(shortToken, html("short", "p00000000000000a1", "x", "$9.99"));
        assertNull(cache.get(shortToken));
        // a value escaping could change (here "&") might not be found in the HTML as it is: never stored
        SlotRenderCache.Lookup escapable = cache.lookup(view("$9.99", null), FACTS, "csrf&AAAAAAAAAAA", "p00000000000000a1");
        cache.put(escapable, html("csrf&amp;AAAAAAAAAAA", "p00000000000000a1", "x", "$9.99"));
        assertNull(cache.get(escapable));
        SlotRenderCache.Lookup nested = cache.lookup(view("$9.99", null), FACTS, "csrfAAAAAAAAAAAA", "AAAAAAAAAAAA");
        cache.put(nested, html("csrfAAAAAAAAAAAA", "AAAAAAAAAAAA", "x", "$9.99"));
        assertNull(cache.get(nested));
        assertEquals(0, cache.getEntries());
    }

    @Test
    public void aViewTheFingerprintCannotWalkIsRenderedAfresh() {
        SlotRenderCache cache = new SlotRenderCache(1024);
        assertNull(cache.lookup(view("$9.99", new StringBuilder("platform object")), FACTS, "csrfAAAAAAAAAAAA", null));
        assertEquals(1, cache.getUncacheable());
    }

    @Test
    public void zeroSwitchesTheCacheOffAndBadSizesAreRefused() {
        SlotRenderCache off = new SlotRenderCache(0);
        assertFalse(off.isEnabled());
        assertNull(off.lookup(view("$9.99", null), FACTS, "csrfAAAAAAAAAAAA", null));
        assertTrue(new SlotRenderCache(1).isEnabled());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SlotRenderCache(-1));
        assertTrue(e.getMessage(), e.getMessage().contains("'-1'"));
    }

    @Test
    public void clearDropsEveryEntry() {
        SlotRenderCache cache = new SlotRenderCache(1024);
        SlotRenderCache.Lookup a = cache.lookup(view("$9.99", null), FACTS, "csrfAAAAAAAAAAAA", null);
        cache.put(a, "<p>x</p>");
        assertNotNull(cache.get(a));
        cache.clear();
        assertNull(cache.get(a));
    }
}
