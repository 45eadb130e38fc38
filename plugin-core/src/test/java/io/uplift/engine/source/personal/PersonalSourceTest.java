package io.uplift.engine.source.personal;

import io.uplift.engine.MapCatalog;
import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.learn.ModelHolder;
import io.uplift.engine.source.Readiness;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

import static io.uplift.engine.TestLists.suggestionIds;
import static io.uplift.engine.TestProducts.buyable;
import static io.uplift.engine.copurchase.LearnedModels.basket;
import static io.uplift.engine.copurchase.LearnedModels.learnedFrom;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Orders: 3 was bought with 30 three times and with 31 once; 4 with 40 twice. 10..14 and 20..29 were each bought
 * alone (known to the model, no partner).
 */
public class PersonalSourceTest {

    private final ModelHolder<CoPurchaseModel> model = learnedFrom(basket(3, 30), basket(3, 30), basket(3, 30),
            basket(3, 31), basket(4, 40), basket(4, 40), basket(10), basket(11), basket(12), basket(13), basket(14));
    private final MapCatalog catalog = MapCatalog.of(buyable(3), buyable(4), buyable(30), buyable(31), buyable(40));
    private final PersonalSource source = new PersonalSource(model, catalog, () -> 12);

    @Test
    public void proposesWhatIsBoughtWithRecentlyViewedProductsSayingSo() {
        List<Suggestion> out = source.candidates(viewed(3L), 10);
        assertEquals(Arrays.asList(30L, 31L), suggestionIds(out));
        assertEquals(PersonalSource.NAME, out.get(0).getSource());
        // lift 3 * 11 / (4 * 3) = 2.75
        assertEquals("because you viewed Product 3: bought together in 3 orders (lift 2.8)", out.get(0).getReason());
    }

    @Test
    public void proposesWhatIsBoughtWithPastPurchasesSayingSo() {
        List<Suggestion> out = source.candidates(bought(4L), 10);
        assertEquals(Arrays.asList(40L), suggestionIds(out));
        assertEquals("because you bought Product 4: bought together in 2 orders (lift 5.5)", out.get(0).getReason());
    }

    @Test
    public void viewedAndBoughtTogetherEachSuggestionNamesItsOwnReason() {
        SuggestionContext both = SuggestionContext.builder().recentlyViewed(Arrays.asList(3L))
                .purchased(Collections.singleton(4L)).customer(7L).build();
        List<String> reasons = new ArrayList<String>();
        for (Suggestion s : source.candidates(both, 10)) {
            reasons.add(s.getProductId() + ": " + s.getReason().substring(0, s.getReason().indexOf(':')));
        }
        // ranked by the model over both (cosine: 4 and 40 always together, 1.0; 3 and 30 0.87), not viewed first
        assertEquals(Arrays.asList("40: because you bought Product 4", "30: because you viewed Product 3",
                "31: because you viewed Product 3"), reasons);
    }

    @Test
    public void aProductViewedAndBoughtIsSaidToBeViewed() {
        SuggestionContext both = SuggestionContext.builder().recentlyViewed(Arrays.asList(4L))
                .purchased(Collections.singleton(4L)).build();
        assertTrue(source.candidates(both, 10).get(0).getReason().startsWith("because you viewed Product 4"));
    }

    @Test
    public void onlyTheFiveMostRecentlyViewedProductsCount() {
        assertTrue("3 is the sixth most recent", source.candidates(viewed(10L, 11L, 12L, 13L, 14L, 3L), 10).isEmpty());
        assertEquals(Arrays.asList(30L, 31L), suggestionIds(source.candidates(viewed(10L, 11L, 12L, 13L, 3L, 14L), 10)));
    }

    @Test
    public void aProductViewedTwiceTakesOnePlace() {
        assertEquals(Arrays.asList(30L, 31L), suggestionIds(source.candidates(viewed(10L, 10L, 11L, 11L, 12L, 3L), 10)));
    }

    @Test
    public void onlyTenPastPurchasesCount() {
        LinkedHashSet<Long> eleven = new LinkedHashSet<Long>();
        for (long id = 20; id < 30; id++) {
            eleven.add(id);
        }
        eleven.add(4L);
        assertTrue(source.candidates(SuggestionContext.builder().purchased(eleven).build(), 10).isEmpty());
    }

    @Test
    public void neverProposesWhatTheShopperViewedOrBought() {
        SuggestionContext ctx = SuggestionContext.builder().recentlyViewed(Arrays.asList(3L, 30L))
                .purchased(Collections.singleton(31L)).build();
        for (Suggestion s : source.candidates(ctx, 10)) {
            assertTrue(String.valueOf(s.getProductId()), !Arrays.asList(3L, 30L, 31L).contains(s.getProductId()));
        }
    }

    @Test
    public void aNewAnonymousVisitorGetsNothingSoTheChainFallsBack() {
        assertTrue(source.candidates(new SuggestionContext(3L, Collections.singleton(4L)), 10).isEmpty());
    }

    @Test
    public void stopsAtMax() {
        assertEquals(Arrays.asList(30L), suggestionIds(source.candidates(viewed(3L), 1)));
    }

    @Test
    public void readinessCountsCustomersWithOrders() {
        Readiness r = source.readiness();
        assertEquals(12, r.getReady());
        assertEquals(-1, r.getTotal());
        assertEquals("12 customers have orders; recently viewed products count for every visitor", r.getDetail());
        Readiness unknown = new PersonalSource(model, catalog, null).readiness();
        assertEquals(0, unknown.getReady());
        assertEquals("recently viewed products count for every visitor", unknown.getDetail());
    }

    private static SuggestionContext viewed(Long... ids) {
        return SuggestionContext.builder().recentlyViewed(Arrays.asList(ids)).build();
    }

    private static SuggestionContext bought(Long... ids) {
        return SuggestionContext.builder().customer(7L).purchased(new LinkedHashSet<Long>(Arrays.asList(ids))).build();
    }

}
