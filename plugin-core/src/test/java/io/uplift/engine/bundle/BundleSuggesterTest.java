package io.uplift.engine.bundle;

import io.uplift.engine.MapCatalog;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.TestProducts;
import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.copurchase.LearnedModels;
import io.uplift.engine.copurchase.Neighbor;
import org.junit.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;

import static io.uplift.engine.copurchase.LearnedModels.basket;
import static io.uplift.engine.TestProducts.priced;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Bundle suggestions from literal baskets, whose figures can be worked out by hand: 14 orders; product 1 (the $500
 * anchor) in 6, product 2 ($20) in 7, 3 ($10) in 4, 4 ($600) in 4; 1 and 2 together in 5 (lift 5*14/(6*7) = 1.67),
 * 1 and 3 in 4 (lift 2.33), 1 and 4 in 4 (lift 2.33, but dearer than the anchor), 2 and 3 in 4 (lift 2.0).
 */
public class BundleSuggesterTest {

    private static final List<Long> ALL = Arrays.asList(1L, 2L, 3L, 4L, 5L, 9L);

    private final CoPurchaseModel model = LearnedModels.learnedFrom(
            basket(1, 2, 3, 4), basket(1, 2, 3, 4), basket(1, 2, 3, 4), basket(1, 2, 3, 4), basket(1, 2), basket(1, 5),
            basket(2), basket(2), basket(9), basket(9), basket(9), basket(9), basket(9), basket(9)).get();
    private final MapCatalog catalog = MapCatalog.of(priced(1, "500"), priced(2, "20"), priced(3, "10"),
            priced(4, "600"), TestProducts.inactive(5), priced(9, "5"));

    @Test
    public void companionsAreRankedByLiftAndNeverDearerThanTheAnchor() {
        List<BundleSuggestion> s = new BundleSuggester(catalog).suggest(model, ALL, Collections.<Long>emptySet(), 5, 3,
                2, 10);
        assertEquals("the weakest pair decides the order: 2 (lift 2.0) before 1 (1.67)", Arrays.asList(2L, 1L),
                anchors(s));
        BundleSuggestion one = s.get(1);
        assertEquals("3 (lift 2.33) before 2 (1.67); 4 costs more than the anchor; 5 is inactive",
                Arrays.asList(3L, 2L), one.getCompanionIds());
        Neighbor three = one.getCompanions().get(0);
        assertEquals(4, three.getTogether());
        assertEquals(4.0 / 6, three.getConfidence(), 1e-9);
        assertEquals(4.0 * 14 / (6 * 4), three.getLift(), 1e-9);
        assertEquals(6, one.getAnchorOrders());
        assertEquals(14, one.getOrders());
        assertEquals("the case-with-two-phones rule: product 2's dearer partners 1 and 4 are left out",
                Arrays.asList(3L), s.get(0).getCompanionIds());
    }

    @Test
    public void anchoredProductsTooRarePairsAndTheLimitsAreRespected() {
        BundleSuggester suggester = new BundleSuggester(catalog);
        assertEquals(Arrays.asList(1L), anchors(suggester.suggest(model, ALL, new HashSet<Long>(Arrays.asList(2L)), 5, 3,
                2, 10)));
        assertEquals("at most one companion", Arrays.asList(3L),
                suggester.suggest(model, ALL, Collections.<Long>emptySet(), 5, 3, 1, 10).get(1).getCompanionIds());
        assertEquals("pairs need 5 orders together: only 1 with 2", Arrays.asList(2L),
                suggester.suggest(model, ALL, Collections.<Long>emptySet(), 5, 5, 2, 10).get(0).getCompanionIds());
        assertEquals("anchors need 7 orders", Arrays.asList(2L),
                anchors(suggester.suggest(model, ALL, Collections.<Long>emptySet(), 7, 3, 2, 10)));
        assertEquals("at most one suggestion", 1, suggester.suggest(model, ALL, Collections.<Long>emptySet(), 5, 3, 2, 1)
                .size());
        try {
            suggester.suggest(model, ALL, Collections.<Long>emptySet(), 5, 3, 5, 10);
            fail("five companions");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().endsWith(": 5"));
        }
    }

    @Test
    public void excludedProductsAreNeitherAnchorsNorCompanions() {
        List<BundleSuggestion> s = new BundleSuggester(catalog).suggest(model, ALL, Collections.<Long>emptySet(),
                new HashSet<Long>(Arrays.asList(3L)), 5, 3, 2, 10);
        for (BundleSuggestion one : s) {
            assertEquals("product 3 excluded", false, one.getAnchorProductId() == 3L || one.getCompanionIds().contains(3L));
        }
        assertEquals("without the exclusion product 3 is a companion", true, new BundleSuggester(catalog).suggest(model,
                ALL, Collections.<Long>emptySet(), 5, 3, 2, 10).get(1).getCompanionIds().contains(3L));
    }

    @Test
    public void acceptingMakesANamedPercentBundleWithTheFiguresInItsOrigin() {
        BundleSuggestion one = new BundleSuggester(catalog).suggest(model, Arrays.asList(1L),
                Collections.<Long>emptySet(), 5, 3, 2, 10).get(0);
        SuggestedBundle b = SuggestedBundle.of(one, catalog, BigDecimal.TEN, new Date(0));
        assertEquals("Product 1 set", b.getName());
        assertEquals(1L, b.getAnchorProductId());
        assertEquals(Arrays.asList(3L, 2L), b.getCompanions());
        assertEquals(Bundle.DiscountType.PERCENT, b.getDiscountType());
        assertEquals(0, BigDecimal.TEN.compareTo(b.getDiscountValue()));
        assertEquals("accepted from suggestion: Product 1 in 6 of 14 orders; + Product 3 (together in 4, confidence"
                + " 67 %, lift 2.33); + Product 2 (together in 5, confidence 83 %, lift 1.67); 1970-01-01", b.getOrigin());
    }

    @Test
    public void aLongOriginIsCutBeforeTheDateAndFitsTheColumn() {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            name.append("Long name ");
        }
        MapCatalog longNames = MapCatalog.of(named(1, name + "anchor", "500"), named(2, name + "two", "20"),
                named(3, name + "three", "10"), priced(4, "600"), TestProducts.inactive(5), priced(9, "5"));
        BundleSuggestion one = new BundleSuggester(longNames).suggest(model, Arrays.asList(1L),
                Collections.<Long>emptySet(), 5, 3, 2, 10).get(0);
        SuggestedBundle b = SuggestedBundle.of(one, longNames, BigDecimal.TEN, new Date(0));
        assertEquals(SuggestedBundle.MAX_ORIGIN, b.getOrigin().length());
        assertTrue(b.getOrigin(), b.getOrigin().startsWith(SuggestedBundle.ORIGIN_PREFIX + "Long name"));
        assertTrue(b.getOrigin(), b.getOrigin().endsWith("...; 1970-01-01"));
        assertEquals(SuggestedBundle.MAX_NAME, b.getName().length());
    }

    @Test
    public void settingsRefuseBadValuesQuotingThem() {
        BundleSuggestionSettings d = BundleSuggestionSettings.defaults();
        assertEquals(Arrays.asList(30, 15, 2, 20), Arrays.asList(d.getMinOrders(), d.getMinTogether(), d.getCompanions(),
                d.getMax()));
        assertEquals(0, BigDecimal.TEN.compareTo(d.getDiscountPercent()));
        assertEquals(Arrays.asList(2L, 1L), anchors(new BundleSuggestionSettings(5, 3, 2, 10, BigDecimal.TEN)
                .suggest(catalog, model, ALL, Collections.<Long>emptySet())));
        Object[][] bad = {{0, 15, 2, 20, "10", "minOrders must be at least 1: 0"},
            {30, 0, 2, 20, "10", "minTogether must be at least 1: 0"}, {30, 15, 0, 20, "10", "companions must be 1 to 4: 0"},
            {30, 15, 2, 0, "10", "max must be 1 to 1000: 0"}, {30, 15, 2, 20, "90.5", "with at most two decimals: 90.5"},
            {30, 15, 2, 20, "0", ": 0"}, {30, 15, 2, 20, "1.234", ": 1.234"}};
        for (Object[] b : bad) {
            try {
                new BundleSuggestionSettings((Integer) b[0], (Integer) b[1], (Integer) b[2], (Integer) b[3],
                        new BigDecimal((String) b[4]));
                fail(Arrays.toString(b));
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().endsWith((String) b[5]));
            }
        }
    }

    private static ProductFacts named(long id, String name, String price) {
        return new ProductFacts(id, name, "/p" + id, new BigDecimal(price), "USD", null, true, true, null);
    }

    private static List<Long> anchors(List<BundleSuggestion> suggestions) {
        Long[] ids = new Long[suggestions.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = suggestions.get(i).getAnchorProductId();
        }
        return Arrays.asList(ids);
    }
}
