package io.uplift.demo.it;

import io.uplift.web.bundle.BundleAddController;
import io.uplift.web.slot.SlotRenderCache;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The storefront's render cache on the real site: a second visitor of a product page gets the first visitor's
 * rendered widgets from the cache with its own CSRF token, page view id and bundle token filled in (the same HTML
 * otherwise, and its forms work for its own session); a change of what a widget shows (an admin's title) is
 * rendered afresh; cart widgets are shared only between carts that show the same.
 */
public class RenderCacheIT {

    private static final String PHONE = "Nova X 128 GB";

    @Before
    public void setUp() throws Exception {
        DemoStoreHarness.store();
        WidgetRows.restoreDefaults();
        cache().clear();
    }

    @After
    public void tearDown() throws Exception {
        if (relatedTitle != null) {
            WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET TITLE='" + relatedTitle.replace("'", "''")
                    + "' WHERE WIDGET_ID=" + WidgetRows.relatedWidgetId());
        }
        WidgetRows.restoreDefaults();
    }

    /** The related-products widget's title before a test changed it, or null. */
    private String relatedTitle;

    private static SlotRenderCache cache() {
        return DemoStoreHarness.siteContext().getBean("blUpliftSlotRenderCache", SlotRenderCache.class);
    }

    private static Document page(Shopper s, String path) throws Exception {
        HttpResponse<String> r = s.http.get(DemoStoreHarness.site(path));
        assertEquals(path, 200, r.statusCode());
        return Http.parse(r);
    }

    private static Element slot(Document page, String name) {
        Element slot = page.selectFirst("section.uplift-slot--" + name);
        assertNotNull(name + " slot on the page", slot);
        return slot;
    }

    /** The one value all of these inputs carry (each form of the slot has one). */
    private static String single(Element slot, String inputName) {
        Set<String> values = new LinkedHashSet<>();
        for (Element input : slot.select("input[name=" + inputName + "]")) {
            values.add(input.val());
        }
        assertEquals(inputName + " values in the slot: " + values, 1, values.size());
        return values.iterator().next();
    }

    /** The slot's HTML with this rendering's own values replaced by names. */
    private static String normalised(Element slot) {
        String html = slot.outerHtml();
        html = html.replace(single(slot, "csrfToken"), "CSRF");
        html = html.replace(slot.attr("data-uplift-page-view"), "PAGE-VIEW");
        Element bundleToken = slot.selectFirst("form.uplift-bundle__form input[name=token]");
        return bundleToken == null ? html : html.replace(bundleToken.val(), "BUNDLE-TOKEN");
    }

    @Test
    public void anotherVisitorGetsTheCachedWidgetsWithItsOwnTokensAndTheyWork() throws Exception {
        String path = Shopper.productUrl(Shopper.productId(PHONE));
        Shopper first = new Shopper();
        Shopper second = new Shopper();

        long hits = cache().getHits();
        long misses = cache().getMisses();
        long uncacheable = cache().getUncacheable();
        Element rendered = slot(page(first, path), "product");
        assertTrue("the first visit renders the slot", cache().getMisses() > misses);
        assertEquals("nothing cached yet", hits, cache().getHits());
        misses = cache().getMisses();
        Element cached = slot(page(second, path), "product");
        assertTrue("the second visit is served from the cache", cache().getHits() > hits);
        assertEquals("one entry per page and slot, not per visitor", misses, cache().getMisses());
        assertEquals("every widget's view can be fingerprinted", uncacheable, cache().getUncacheable());

        // the same widgets, byte for byte, apart from the rendering's own values
        assertEquals(normalised(rendered), normalised(cached));
        assertTrue("every widget of the device page is there: " + cached.select(".uplift-widget").size(),
                cached.select(".uplift-widget").size() >= 5);

        // ... which are the second visitor's own
        String secondCsrf = single(cached, "csrfToken");
        assertNotEquals(single(rendered, "csrfToken"), secondCsrf);
        assertEquals("the session's own CSRF token", second.csrf(), secondCsrf);
        assertNotEquals(rendered.attr("data-uplift-page-view"), cached.attr("data-uplift-page-view"));
        assertTrue(cached.attr("data-uplift-page-view").matches("p[0-9a-f]{16}"));
        Element bundle = cached.selectFirst(".uplift-widget--bundle");
        assertNotNull("the demo's bundle on the phone's page", bundle);
        String token = bundle.selectFirst("input[name=token]").val();
        assertNotEquals(rendered.selectFirst(".uplift-widget--bundle input[name=token]").val(), token);
        assertTrue(token.matches("[A-Za-z0-9_-]{22}"));

        // the cached forms work for the second visitor: add the bundle as its script would
        List<Map.Entry<String, String>> form = new ArrayList<>();
        for (Element hidden : bundle.select("form input[type=hidden]")) {
            form.add(new AbstractMap.SimpleEntry<>(hidden.attr("name"), hidden.attr("value")));
        }
        List<String> items = new ArrayList<>();
        for (Element check : bundle.select("input[name=item][checked]")) {
            form.add(new AbstractMap.SimpleEntry<>("item", check.val()));
            items.add(check.val());
        }
        assertTrue("bundle items: " + items, items.size() >= 2);
        HttpResponse<String> r = second.http.postPairs(DemoStoreHarness.site(BundleAddController.PATH), form,
                "application/json");
        assertEquals(r.body(), 200, r.statusCode());
        assertTrue(r.body(), r.body().contains("\"cartQuantity\":" + items.size()));
        // the same token again adds nothing (it is the second visitor's one-time token, remembered by its session)
        r = second.http.postPairs(DemoStoreHarness.site(BundleAddController.PATH), form, "application/json");
        assertTrue(r.body(), r.body().contains("\"cartQuantity\":" + items.size()));
        assertTrue("the first visitor's cart is untouched", first.cart().select(".cart-line").isEmpty());
        assertEquals(items.size(), second.cart().select(".cart-line").size());
    }

    @Test
    public void whatAWidgetShowsChangingIsRenderedAfresh() throws Exception {
        String path = Shopper.productUrl(Shopper.productId(PHONE));
        slot(page(new Shopper(), path), "product");
        Element before = slot(page(new Shopper(), path), "product");
        long related = WidgetRows.relatedWidgetId();
        String title = before.selectFirst(".uplift-widget[data-uplift-widget=" + related + "] .uplift-widget__title").text();
        relatedTitle = (String) WidgetRows.value(related, "TITLE");
        assertEquals(title, relatedTitle);

        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET TITLE='Cache check <b>title</b>' WHERE WIDGET_ID=" + related);
        WidgetRows.refreshSite();
        long misses = cache().getMisses();
        Element after = slot(page(new Shopper(), path), "product");
        assertEquals("Cache check <b>title</b>",
                after.selectFirst(".uplift-widget[data-uplift-widget=" + related + "] .uplift-widget__title").text());
        assertTrue("a new view is a new entry", cache().getMisses() > misses);

        WidgetRows.update("UPDATE UPLIFT_WIDGET_CONFIG SET TITLE='" + relatedTitle.replace("'", "''")
                + "' WHERE WIDGET_ID=" + related);
        WidgetRows.refreshSite();
        Element back = slot(page(new Shopper(), path), "product");
        assertEquals(title, back.selectFirst(".uplift-widget[data-uplift-widget=" + related + "] .uplift-widget__title")
                .text());
    }

    @Test
    public void aCartsWidgetsAreCachedForThatCartOnlyAndCarryItsOwnLines() throws Exception {
        Shopper a = new Shopper();
        Shopper b = new Shopper();
        a.add(PHONE, 1);
        b.add(PHONE, 1);
        Element first = slot(page(a, "/cart"), "cart");
        long hits = cache().getHits();
        Element again = slot(page(a, "/cart"), "cart");
        assertTrue("the same cart's widgets come from the cache", cache().getHits() > hits);
        assertEquals(normalised(first), normalised(again));

        // the cart widgets name the cart's own lines (warranty, upgrade): another cart with the same product never
        // gets them
        Set<String> linesOfA = lineIds(again);
        assertFalse("the cart widgets act on lines: " + again.outerHtml(), linesOfA.isEmpty());
        Element other = slot(page(b, "/cart"), "cart");
        Set<String> linesOfB = lineIds(other);
        assertFalse(linesOfB.isEmpty());
        for (String line : linesOfB) {
            assertFalse("another cart's line " + line + " in b's widgets", linesOfA.contains(line));
        }
        assertEquals(b.csrf(), single(other, "csrfToken"));

        // a changed cart shows its new state, not the cached one
        b.add("Nova X Case", 1);
        Element changed = slot(page(b, "/cart"), "cart");
        assertNotEquals(normalised(other), normalised(changed));
    }

    private static Set<String> lineIds(Element slot) {
        Set<String> ids = new LinkedHashSet<>();
        for (Element input : slot.select("input[name=lineId]")) {
            ids.add(input.val());
        }
        return ids;
    }
}
