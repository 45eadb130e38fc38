package io.uplift.engine.similar;

import io.uplift.engine.ProductFacts;
import org.junit.Test;

import java.util.Arrays;
import java.util.Collections;

import static io.uplift.engine.TestProducts.attributes;
import static io.uplift.engine.TestProducts.described;
import static org.junit.Assert.assertEquals;

/**
 * Fixture: phones in category 100 (1 is also in 300, a sale category); a case in 200 and 300; a cable in 200 only.
 */
public class SimilarityScoreTest {

    private static final double EPS = 1e-9;

    private final ProductFacts nova128 = described(1, "500.00", true, Arrays.asList(100L, 300L),
            attributes("brand", "Nova", "storage", "128 GB"));
    private final ProductFacts nova256 = described(2, "520.00", true, Arrays.asList(100L),
            attributes("brand", "nova", "storage", "256 GB"));
    private final ProductFacts orbit = described(3, "500.00", true, Arrays.asList(100L),
            attributes("brand", "Orbit", "colour", "black"));
    private final ProductFacts caseOnSale = described(4, "25.00", true, Arrays.asList(200L, 300L),
            attributes("colour", "black"));
    private final ProductFacts cable = described(5, "500.00", true, Arrays.asList(200L), null);
    private final ProductFacts uncategorised = described(6, "500.00", true, null, null);

    @Test
    public void categoryIsOneForTheSameMainCategoryAHalfForAnotherSharedOneAndZeroElse() {
        assertEquals(1, SimilarityScore.category(nova128, nova256), 0);
        assertEquals(0.5, SimilarityScore.category(nova128, caseOnSale), 0);
        assertEquals(0.5, SimilarityScore.category(caseOnSale, nova128), 0);
        assertEquals(0, SimilarityScore.category(nova128, cable), 0);
        assertEquals(0, SimilarityScore.category(nova128, uncategorised), 0);
        assertEquals(0, SimilarityScore.category(uncategorised, uncategorised), 0);
    }

    @Test
    public void attributesCountEqualValuesOneDifferentValuesAHalfOverAllNames() {
        // brand equal (case ignored) 1, storage different 0.5: 1.5 / 2
        assertEquals(0.75, SimilarityScore.attributes(nova128, nova256), EPS);
        // names brand, storage, colour: brand different 0.5, the others on one side only: 0.5 / 3
        assertEquals(0.5 / 3, SimilarityScore.attributes(nova128, orbit), EPS);
        assertEquals(1, SimilarityScore.attributes(nova128, nova128), 0);
        assertEquals(0, SimilarityScore.attributes(nova128, cable), 0);
        assertEquals(0, SimilarityScore.attributes(cable, uncategorised), 0);
    }

    @Test
    public void equalAttributesCountsNamesWithTheSameValueIgnoringCase() {
        assertEquals(1, SimilarityScore.equalAttributes(nova128, nova256));
        assertEquals(2, SimilarityScore.equalAttributes(nova128, nova128));
        assertEquals(1, SimilarityScore.equalAttributes(orbit, caseOnSale));
        assertEquals(0, SimilarityScore.equalAttributes(nova128, cable));
    }

    @Test
    public void priceIsOneWhenEqualFallingToZeroAtThreeTimesApartEitherWay() {
        assertEquals(1, SimilarityScore.price(nova128, orbit), EPS);
        assertEquals(0.5, SimilarityScore.price(p("100.00"), p(String.valueOf(100 * Math.sqrt(3)))), 1e-6);
        assertEquals(0.5, SimilarityScore.price(p(String.valueOf(100 * Math.sqrt(3))), p("100.00")), 1e-6);
        assertEquals(0, SimilarityScore.price(p("100.00"), p("300.00")), EPS);
        assertEquals(0, SimilarityScore.price(p("100.00"), p("1000.00")), 0);
        assertEquals(0, SimilarityScore.price(p("0"), p("100.00")), 0);
    }

    @Test
    public void theScoreWeighsCategoryAttributesPriceAndText() {
        double attributes = 0.75;
        double price = 1 - Math.log(520 / 500.0) / Math.log(3);
        assertEquals(2 * 1 + 1.5 * attributes + price + 0.25, SimilarityScore.score(nova128, nova256, 0.25), EPS);
    }

    @Test
    public void withoutASharedCategoryOrTextTheScoreIsZeroHoweverAlike() {
        ProductFacts twin = described(7, "500.00", true, Arrays.asList(900L),
                attributes("brand", "Nova", "storage", "128 GB"));
        assertEquals(0, SimilarityScore.score(nova128, twin, 0), 0);
        assertEquals(1.5 + 1 + 0.5, SimilarityScore.score(nova128, twin, 0.5), EPS);
    }

    @Test
    public void aSameMainCategoryOutranksASharedSecondaryCategoryAllElseEqual() {
        ProductFacts sameMain = described(8, "500.00", true, Arrays.asList(100L), null);
        ProductFacts sharedSale = described(9, "500.00", true, Arrays.asList(400L, 300L), null);
        assertEquals(2 + 1, SimilarityScore.score(nova128, sameMain, 0), EPS);
        assertEquals(1 + 1, SimilarityScore.score(nova128, sharedSale, 0), EPS);
    }

    @Test
    public void theReasonNamesCategoryAttributesAndPriceDifference() {
        assertEquals("similar to Product 1: same category, 1 of 2 attributes equal, price within 4 %",
                SimilarityScore.reason(nova128, nova256, false));
        assertEquals("similar to Product 1: a shared category, 0 of 2 attributes equal, price within 95 %",
                SimilarityScore.reason(nova128, caseOnSale, false));
        assertEquals("similar to Product 5: another category, price the same, search match",
                SimilarityScore.reason(cable, uncategorised, true));
    }

    private static ProductFacts p(String price) {
        return described(50, price, true, Collections.singletonList(100L), null);
    }
}
