package io.uplift.engine.source.similar;

import io.uplift.engine.MapCatalog;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.learn.ModelHolder;
import io.uplift.engine.similar.SimilarProducts;
import io.uplift.engine.similar.SimilarProductsBuilder;
import io.uplift.engine.similar.TextNeighbors;
import io.uplift.engine.source.Readiness;
import io.uplift.slot.WidgetFailures;
import org.junit.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

import static io.uplift.engine.TestLists.suggestionIds;
import static io.uplift.engine.TestProducts.attributes;
import static io.uplift.engine.TestProducts.described;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Fixture: phones 1 (500), 2 (510) and 3 (900) in category 100; cases 10 (20) and 11 (22) in category 200, with
 * the same colour.
 */
public class SimilarSourceTest {

    private final ProductFacts[] products = {
        described(1, "500.00", true, Arrays.asList(100L), attributes("colour", "black")),
        described(2, "510.00", true, Arrays.asList(100L), attributes("colour", "black")),
        described(3, "900.00", true, Arrays.asList(100L), attributes("colour", "white")),
        described(10, "20.00", true, Arrays.asList(200L), attributes("colour", "red")),
        described(11, "22.00", true, Arrays.asList(200L), attributes("colour", "red")),
    };
    private final MapCatalog catalog = MapCatalog.of(products);
    private final ModelHolder<SimilarProducts> holder = new ModelHolder<SimilarProducts>(SimilarProducts.empty());
    private final SimilarSource source = new SimilarSource(holder, catalog);

    private void build(TextNeighbors text) {
        holder.set(new SimilarProductsBuilder(10, text, new WidgetFailures()).build(Arrays.asList(products), 1L));
    }

    @Test
    public void forTheViewedProductProposesItsSimilarProductsBestFirst() {
        build(null);
        List<Suggestion> out = source.candidates(new SuggestionContext(1L, null), 10);
        assertEquals(Arrays.asList(2L, 3L), suggestionIds(out));
        assertEquals(SimilarSource.NAME, out.get(0).getSource());
        assertTrue(out.get(0).getScore() > out.get(1).getScore());
    }

    @Test
    public void theReasonComparesTheCandidateWithTheProductItIsLike() {
        build(null);
        List<Suggestion> out = source.candidates(new SuggestionContext(1L, null), 10);
        assertEquals("similar to Product 1: same category, 1 of 1 attributes equal, price within 2 %",
                out.get(0).getReason());
    }

    @Test
    public void forACartMergesTheCartProductsRowsBestScoreFirstNamingTheirAnchor() {
        build(null);
        List<Suggestion> out = source.candidates(
                new SuggestionContext(null, new LinkedHashSet<Long>(Arrays.asList(1L, 10L))), 10);
        // 2 is 2 % dearer than 1, 11 is 10 % dearer than 10: otherwise both pairs are equally alike
        assertEquals(Arrays.asList(2L, 11L, 3L), suggestionIds(out));
        assertTrue(out.get(0).getReason().startsWith("similar to Product 1: "));
        assertTrue(out.get(1).getReason().startsWith("similar to Product 10: "));
    }

    @Test
    public void aCandidateSimilarToTwoAnchorsComesOnceWithItsBestScore() {
        build(null);
        List<Suggestion> out = source.candidates(
                new SuggestionContext(null, new LinkedHashSet<Long>(Arrays.asList(3L, 1L))), 10);
        assertEquals(1, Collections.frequency(suggestionIds(out), 2L));
        Suggestion two = out.get(suggestionIds(out).indexOf(2L));
        assertTrue(two.getReason(), two.getReason().startsWith("similar to Product 1: "));
    }

    @Test
    public void stopsAtMax() {
        build(null);
        assertEquals(Arrays.asList(2L),
                suggestionIds(source.candidates(new SuggestionContext(null, new LinkedHashSet<Long>(Arrays.asList(1L, 10L))), 1)));
    }

    @Test
    public void emptyWithoutAViewedProductOrCartAndBeforeTheFirstBuild() {
        build(null);
        assertTrue(source.candidates(new SuggestionContext(null, null), 10).isEmpty());
        holder.set(SimilarProducts.empty());
        assertTrue(source.candidates(new SuggestionContext(1L, null), 10).isEmpty());
    }

    @Test
    public void aProductMissingFromTheCatalogNowGetsAPlainReason() {
        build(null);
        SimilarSource withoutOne = new SimilarSource(holder, MapCatalog.of(products[0]));
        assertEquals("similar product", withoutOne.candidates(new SuggestionContext(1L, null), 1).get(0).getReason());
    }

    @Test
    public void readinessCountsProductsWithSimilarOnesAndSaysWhetherSearchHelped() {
        Readiness none = source.readiness();
        assertEquals("not built yet", none.getDetail());
        assertEquals(0, none.getShare(), 0);

        build(null);
        Readiness withoutText = source.readiness();
        assertEquals(5, withoutText.getReady());
        assertEquals(5, withoutText.getTotal());
        assertEquals("built from the catalog (search engine unavailable)", withoutText.getDetail());

        build((product, max) -> Collections.<Long>emptyList());
        assertEquals("built from the catalog and the search engine", source.readiness().getDetail());
    }

}
