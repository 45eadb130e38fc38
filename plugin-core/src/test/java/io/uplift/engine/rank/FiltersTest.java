package io.uplift.engine.rank;

import io.uplift.engine.MapCatalog;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;
import org.junit.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;

import static io.uplift.engine.TestProducts.buyable;
import static io.uplift.engine.TestProducts.inactive;
import static io.uplift.engine.TestProducts.outOfStock;
import static io.uplift.engine.TestProducts.priced;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

public class FiltersTest {

    private static final SuggestionContext NOTHING = new SuggestionContext(null, null);

    @Test
    public void activeNamesInactiveAsTheReason() {
        assertEquals("inactive", reject(Filters.active(), inactive(5), NOTHING));
        assertNull(reject(Filters.active(), buyable(5), NOTHING));
    }

    @Test
    public void notSoldAloneDropsWarrantyPlanProducts() {
        final io.uplift.engine.warranty.WarrantyPlans plans = new io.uplift.engine.warranty.WarrantyPlans(
                java.util.Collections.<io.uplift.engine.warranty.WarrantyPlan>emptyList(), Arrays.asList(902L));
        SuggestionFilter f = Filters.notSoldAlone(() -> plans);
        assertEquals("a protection plan, sold only with the item it covers", reject(f, buyable(902), NOTHING));
        assertNull(reject(f, buyable(5), NOTHING));
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

    @Test
    public void notPurchasedDropsWhatTheCustomerBoughtBefore() {
        SuggestionContext customer = SuggestionContext.builder().customer(7L)
                .purchased(new HashSet<Long>(Arrays.asList(100000L, 3L))).build();
        assertEquals("already bought by this customer", reject(Filters.notPurchased(), buyable(100000L), customer));
        assertNull(reject(Filters.notPurchased(), buyable(5), customer));
        assertNull(reject(Filters.notPurchased(), buyable(3), NOTHING));
    }

    @Test
    public void notShownOnPageDropsWhatAnotherSlotOfThePageShows() {
        SuggestionContext.PageState page = new SuggestionContext.PageState();
        SuggestionContext ctx = SuggestionContext.builder().page(page).build();
        assertNull(reject(Filters.notShownOnPage(), buyable(100000L), ctx));
        page.markShown(100000L);
        assertEquals("already shown on this page", reject(Filters.notShownOnPage(), buyable(100000L), ctx));
        assertNull(reject(Filters.notShownOnPage(), buyable(5), ctx));
    }

    @Test
    public void notPushedTooOftenDropsAProductSuggestedInTheAllowedNumberOfOtherPages() {
        io.uplift.engine.journey.Journey journey = new io.uplift.engine.journey.Journey();
        io.uplift.engine.journey.OfferLimits two = new io.uplift.engine.journey.OfferLimits(null, 2);
        for (String place : new String[] {"/a", "/b"}) {
            SuggestionContext.PageState page = new SuggestionContext.PageState(journey, place, two);
            SuggestionContext ctx = SuggestionContext.builder().page(page).build();
            assertNull(place, reject(Filters.notPushedTooOften(), buyable(9), ctx));
            page.markShown(9);
        }
        SuggestionContext third = SuggestionContext.builder()
                .page(new SuggestionContext.PageState(journey, "/c", two)).build();
        assertEquals("already suggested in 2 other places this visit (limit 2)",
                reject(Filters.notPushedTooOften(), buyable(9), third));
        assertNull(reject(Filters.notPushedTooOften(), buyable(10), third));
        SuggestionContext reload = SuggestionContext.builder()
                .page(new SuggestionContext.PageState(journey, "/a", two)).build();
        assertNull("the page that showed it may show it again", reject(Filters.notPushedTooOften(), buyable(9), reload));
        SuggestionContext.PageState nudgePage = new SuggestionContext.PageState(journey, "/d", two);
        nudgePage.markShownOnPageOnly(11);
        assertEquals("a gap filler is shown on the page", "already shown on this page",
                reject(Filters.notShownOnPage(), buyable(11), SuggestionContext.builder().page(nudgePage).build()));
        assertEquals("but uses up none of its places", 0, journey.placesOf(11));
        SuggestionContext outside = SuggestionContext.builder().page(new SuggestionContext.PageState()).build();
        assertNull("no visit (admin preview): no cap", reject(Filters.notPushedTooOften(), buyable(9), outside));
    }

    /** Band prices: the viewed product 1 costs 100.00; cart products 2 and 3 cost 20.00 and 80.00. */
    private final MapCatalog anchors = MapCatalog.of(priced(1, "100.00"), priced(2, "20.00"), priced(3, "80.00"));

    @Test
    public void priceBandIsRelativeToTheViewedProductsPriceBoundsIncluded() {
        SuggestionFilter band = Filters.priceBand(50, 150, anchors);
        SuggestionContext viewing1 = new SuggestionContext(1L, new HashSet<Long>(Arrays.asList(2L, 3L)));
        assertEquals("price 49.99 % of the anchor, below the band's 50 %",
                reject(band, priced(10, "49.99"), viewing1));
        assertNull(reject(band, priced(10, "50.00"), viewing1));
        assertNull(reject(band, priced(10, "150.00"), viewing1));
        assertEquals("price 150.01 % of the anchor, above the band's 150 %",
                reject(band, priced(10, "150.01"), viewing1));
    }

    @Test
    public void withoutAViewedProductTheDearestCartProductIsTheAnchor() {
        SuggestionFilter band = Filters.priceBand(null, 100, anchors);
        SuggestionContext cart = new SuggestionContext(null, new LinkedHashSet<Long>(Arrays.asList(2L, 3L)));
        assertNull(reject(band, priced(10, "80.00"), cart));
        assertEquals("price 100.01 % of the anchor, above the band's 100 %", reject(band, priced(10, "80.01"), cart));
    }

    @Test
    public void aViewedProductUnknownToTheCatalogFallsBackToTheCart() {
        SuggestionContext ghost = new SuggestionContext(99L, new HashSet<Long>(Arrays.asList(2L)));
        assertEquals("price 200.00 % of the anchor, above the band's 150 %",
                reject(Filters.priceBand(null, 150, anchors), priced(10, "40.00"), ghost));
    }

    @Test
    public void withoutAnAnchorPriceTheBandDoesNotApply() {
        SuggestionFilter band = Filters.priceBand(90, 110, MapCatalog.of(priced(1, "0"), priced(2, null)));
        assertNull("no viewed product, empty cart", reject(band, priced(10, "1000.00"), NOTHING));
        assertNull("anchor is free", reject(band, priced(10, "1000.00"), new SuggestionContext(1L, null)));
        assertNull("anchor has no price", reject(band, priced(10, "1000.00"), new SuggestionContext(2L, null)));
        assertNull("unknown anchor", reject(band, priced(10, "1000.00"), new SuggestionContext(99L, null)));
    }

    @Test
    public void aCandidateWithoutAPriceIsKept() {
        assertNull(reject(Filters.priceBand(90, 110, anchors), priced(10, null), new SuggestionContext(1L, null)));
    }

    @Test
    public void priceBandGuardsQuoteTheBadValue() {
        assertEquals("price band minimum cannot be negative: -1", assertThrows(IllegalArgumentException.class,
                () -> Filters.priceBand(-1, null, anchors)).getMessage());
        assertEquals("price band maximum must be at least 1 %: 0", assertThrows(IllegalArgumentException.class,
                () -> Filters.priceBand(null, 0, anchors)).getMessage());
        assertEquals("price band minimum 120 % is above its maximum 110 %", assertThrows(
                IllegalArgumentException.class, () -> Filters.priceBand(120, 110, anchors)).getMessage());
    }

    private static String reject(SuggestionFilter f, ProductFacts p, SuggestionContext ctx) {
        return f.reject(new Suggestion(p.getId(), 1, "test", "test"), p, ctx);
    }
}
