package io.uplift.engine.source.manual;

import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class ManualRelationSourceTest {

    /** Product 1's cross-sales as the merchandiser ordered them; deliberately not sorted by id. */
    private final MapRelations relations = new MapRelations().with(1L, 30L, 10L, 20L);
    private final ManualRelationSource source = new ManualRelationSource(relations);

    @Test
    public void keepsTheMerchandisersOrder() {
        List<Suggestion> out = source.candidates(new SuggestionContext(1L, null));
        List<Long> ids = new ArrayList<Long>();
        for (Suggestion s : out) {
            ids.add(s.getProductId());
        }
        assertEquals(Arrays.asList(30L, 10L, 20L), ids);
    }

    @Test
    public void scoresFallWithPositionSoTheOrderSurvivesAnyRanking() {
        List<Suggestion> out = source.candidates(new SuggestionContext(1L, null));
        assertTrue(out.get(0).getScore() > out.get(1).getScore());
        assertTrue(out.get(1).getScore() > out.get(2).getScore());
    }

    @Test
    public void everySuggestionNamesTheSourceAndThePosition() {
        Suggestion second = source.candidates(new SuggestionContext(1L, null)).get(1);
        assertEquals(ManualRelationSource.NAME, second.getSource());
        assertEquals("cross-sale set by the merchandiser on product 1, position 2", second.getReason());
    }

    @Test
    public void emptyWithoutAViewedProductOrCartAndTheLookupIsNotAsked() {
        assertTrue(source.candidates(new SuggestionContext(null, null)).isEmpty());
        assertTrue(relations.asked().isEmpty());
    }

    @Test
    public void forACartTakesTheCartProductsListsInTurns() {
        MapRelations two = new MapRelations().with(1L, 30L, 10L).with(2L, 40L, 30L, 50L);
        List<Suggestion> out = new ManualRelationSource(two).candidates(
                new SuggestionContext(null, new java.util.LinkedHashSet<Long>(Arrays.asList(1L, 2L))));
        List<Long> ids = new ArrayList<Long>();
        for (Suggestion s : out) {
            ids.add(s.getProductId());
        }
        assertEquals("first of each list, then second of each, duplicates once", Arrays.asList(30L, 40L, 10L, 50L), ids);
        assertEquals("cross-sale set by the merchandiser on product 2, position 3", out.get(3).getReason());
    }

    @Test
    public void stopsAtMax() {
        assertEquals(2, source.candidates(new SuggestionContext(1L, null), 2).size());
    }

    @Test
    public void onAProductPageOnlyTheViewedProductsListCountsNotTheCarts() {
        MapRelations two = new MapRelations().with(1L, 30L).with(2L, 40L);
        List<Suggestion> out = new ManualRelationSource(two).candidates(
                new SuggestionContext(1L, new java.util.LinkedHashSet<Long>(Arrays.asList(2L))));
        assertEquals(1, out.size());
        assertEquals(30L, out.get(0).getProductId());
        assertEquals(Arrays.asList(1L), two.asked());
    }

    @Test
    public void readinessCountsProductsWithRelationsAndSaysWhenUnknown() {
        io.uplift.engine.source.Readiness known = source.readiness();
        assertEquals(1, known.getReady());
        assertEquals(-1, known.getTotal());
        assertEquals("1 products have relations set by hand", known.getDetail());

        io.uplift.engine.source.Readiness unknown = new ManualRelationSource(new RelationLookup() {
            @Override
            public List<Long> crossSales(long productId) {
                return Collections.emptyList();
            }

            @Override
            public int productsWithRelations() {
                return -1;
            }
        }).readiness();
        assertEquals(0, unknown.getReady());
        assertEquals("unknown", unknown.getDetail());
    }

    @Test
    public void emptyForAProductWithoutCrossSales() {
        assertTrue(source.candidates(new SuggestionContext(2L, null)).isEmpty());
        assertEquals(Arrays.asList(2L), relations.asked());
    }
}
