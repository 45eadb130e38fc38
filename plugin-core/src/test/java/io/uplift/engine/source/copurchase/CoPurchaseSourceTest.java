package io.uplift.engine.source.copurchase;

import io.uplift.engine.MapCatalog;
import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.copurchase.store.CompactCoPurchaseModel;
import io.uplift.engine.learn.ModelHolder;
import io.uplift.engine.source.Readiness;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import static io.uplift.engine.TestLists.suggestionIds;
import static io.uplift.engine.TestProducts.buyable;
import static io.uplift.engine.copurchase.LearnedModels.basket;
import static io.uplift.engine.copurchase.LearnedModels.learnedFrom;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Eight orders: 1+2 three times (once with 3), 1+3, 2+4, 4+5, 5+6, 3+6. Product 1 is in 4 orders, 2 in 4, 3 in 3.
 * Scorer: cosine (the default).
 */
public class CoPurchaseSourceTest {

    private final ModelHolder<CoPurchaseModel> model = learnedFrom(basket(1, 2), basket(1, 2, 3), basket(1, 2),
            basket(1, 3), basket(2, 4), basket(4, 5), basket(5, 6), basket(3, 6));
    private final MapCatalog catalog = MapCatalog.of(buyable(1), buyable(2), buyable(3), buyable(4), buyable(5),
            buyable(6));
    private final CoPurchaseSource source = new CoPurchaseSource(model, catalog);

    @Test
    public void onAProductPageProposesWhatWasBoughtWithItBestFirst() {
        List<Suggestion> out = source.candidates(new SuggestionContext(1L, null), 10);
        assertEquals(Arrays.asList(2L, 3L), suggestionIds(out));
        assertEquals(3 / Math.sqrt(4 * 4), out.get(0).getScore(), 1e-9);
        assertEquals(CoPurchaseSource.NAME, out.get(0).getSource());
    }

    @Test
    public void theReasonQuotesTogetherOrdersShareLiftAndCosine() {
        List<Suggestion> out = source.candidates(new SuggestionContext(1L, null), 10);
        // lift 3 * 8 / (4 * 4) = 1.5
        assertEquals("bought with Product 1 in 3 of 8 orders (75 % of its buyers, lift 1.5, cosine 0.75)",
                out.get(0).getReason());
        assertEquals("bought with Product 1 in 2 of 8 orders (50 % of its buyers, lift 1.3, cosine 0.58)",
                out.get(1).getReason());
    }

    @Test
    public void onACartPageProposesWhatWasBoughtWithTheCartNeverACartProduct() {
        List<Suggestion> out = source.candidates(
                new SuggestionContext(null, new LinkedHashSet<Long>(Arrays.asList(1L, 4L))), 10);
        assertEquals(Arrays.asList(2L, 3L, 5L), sorted(suggestionIds(out)));
        for (Suggestion s : out) {
            assertTrue(s.getReason(), s.getReason().startsWith("bought with Product 1 ")
                    || s.getReason().startsWith("bought with Product 4 "));
        }
    }

    @Test
    public void aViewedProductWithACartCountsAsOneMoreCartProduct() {
        List<Suggestion> out = source.candidates(
                new SuggestionContext(4L, new LinkedHashSet<Long>(Arrays.asList(1L))), 10);
        assertEquals(Arrays.asList(2L, 3L, 5L), sorted(suggestionIds(out)));
    }

    @Test
    public void stopsAtMax() {
        assertEquals(Arrays.asList(2L), suggestionIds(source.candidates(new SuggestionContext(1L, null), 1)));
        assertEquals(1, source.candidates(new SuggestionContext(null, new LinkedHashSet<Long>(Arrays.asList(1L, 4L))),
                1).size());
    }

    @Test
    public void nothingForAPageWithoutProductOrCartOrForAProductNeverSold() {
        assertTrue(source.candidates(new SuggestionContext(null, null), 10).isEmpty());
        assertTrue(source.candidates(new SuggestionContext(99L, null), 10).isEmpty());
    }

    @Test
    public void aContextProductMissingFromTheCatalogIsNamedByItsId() {
        CoPurchaseSource withoutNames = new CoPurchaseSource(model, MapCatalog.of());
        assertTrue(withoutNames.candidates(new SuggestionContext(1L, null), 1).get(0).getReason()
                .startsWith("bought with product 1 in 3 of 8 orders"));
    }

    @Test
    public void readinessCountsProductsWithAtLeastThreePartners() {
        Readiness r = source.readiness();
        // 2 has partners 1, 3, 4 and 3 has 1, 2, 6: the others have two
        assertEquals(2, r.getReady());
        assertEquals(6, r.getTotal());
        assertEquals("8 orders, scorer cosine; a product is ready with 3 or more co-purchased products", r.getDetail());
    }

    @Test
    public void beforeAnyOrderNothingIsReady() {
        CoPurchaseSource empty = new CoPurchaseSource(
                new ModelHolder<CoPurchaseModel>(CompactCoPurchaseModel.empty("default", 10)), catalog);
        assertEquals(0, empty.readiness().getReady());
        assertTrue(empty.candidates(new SuggestionContext(1L, null), 5).isEmpty());
    }


    private static List<Long> sorted(List<Long> ids) {
        List<Long> copy = new ArrayList<Long>(ids);
        java.util.Collections.sort(copy);
        return copy;
    }
}
