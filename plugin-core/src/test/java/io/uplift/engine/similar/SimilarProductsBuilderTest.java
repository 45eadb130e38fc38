package io.uplift.engine.similar;

import io.uplift.engine.ProductFacts;
import io.uplift.slot.WidgetFailures;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static io.uplift.engine.TestProducts.attributes;
import static io.uplift.engine.TestProducts.described;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * Fixture, category 100 = phones, 200 = accessories, 300 = sale:
 * <pre>
 *   1  phone  500  [100, 300]  Nova, 128 GB
 *   2  phone  520  [100]       Nova, 256 GB   closest: same brand, near price
 *   3  phone  400  [100]       Orbit, 128 GB  same storage, further in price
 *   4  phone 1500  [100]       Nova, 128 GB   identical attributes, three times the price
 *   5  case   500  [200, 300]  -              shares only the sale category with 1
 *   6  phone  500  [100]       Nova, 128 GB   inactive: the perfect twin, never a candidate
 *   7  cable   20  [200]       -              nothing in common with 1
 * </pre>
 */
public class SimilarProductsBuilderTest {

    private static final long NOW = 1710072000000L;

    private final List<ProductFacts> catalog = Arrays.asList(
            described(1, "500.00", true, Arrays.asList(100L, 300L), attributes("brand", "Nova", "storage", "128 GB")),
            described(2, "520.00", true, Arrays.asList(100L), attributes("brand", "Nova", "storage", "256 GB")),
            described(3, "400.00", true, Arrays.asList(100L), attributes("brand", "Orbit", "storage", "128 GB")),
            described(4, "1500.00", true, Arrays.asList(100L), attributes("brand", "Nova", "storage", "128 GB")),
            described(5, "500.00", true, Arrays.asList(200L, 300L), null),
            described(6, "500.00", false, Arrays.asList(100L), attributes("brand", "Nova", "storage", "128 GB")),
            described(7, "20.00", true, Arrays.asList(200L), null));

    private final WidgetFailures failures = new WidgetFailures();

    @Test
    public void sameCategoryRanksAboveASharedSecondaryCategoryThenByAttributesAndPrice() {
        SimilarProducts built = new SimilarProductsBuilder(10, null, failures).build(catalog, NOW);
        assertEquals(Arrays.asList(2L, 3L, 4L, 5L), ids(built.forProduct(1, 10)));
    }

    @Test
    public void scoresAreThoseOfSimilarityScoreBestFirst() {
        SimilarProducts built = new SimilarProductsBuilder(10, null, failures).build(catalog, NOW);
        List<SimilarProducts.Entry> row = built.forProduct(1, 10);
        assertEquals(SimilarityScore.score(catalog.get(0), catalog.get(1), 0), row.get(0).getScore(), 1e-6);
        for (int i = 1; i < row.size(); i++) {
            assertTrue(row.get(i - 1).getScore() >= row.get(i).getScore());
        }
    }

    @Test
    public void inactiveProductsAreNeverCandidates() {
        SimilarProducts built = new SimilarProductsBuilder(10, new FixedText(6L), failures).build(catalog, NOW);
        for (ProductFacts p : catalog) {
            assertFalse("row of " + p.getId(), ids(built.forProduct(p.getId(), 10)).contains(6L));
        }
    }

    @Test
    public void aProductIsNeverSimilarToItself() {
        SimilarProducts built = new SimilarProductsBuilder(10, new FixedText(1L, 2L), failures).build(catalog, NOW);
        assertFalse(ids(built.forProduct(1, 10)).contains(1L));
    }

    @Test
    public void productsSharingNoCategoryAndNoTextHaveNoRow() {
        SimilarProducts built = new SimilarProductsBuilder(10, null, failures).build(catalog, NOW);
        assertEquals(Arrays.asList(5L), ids(built.forProduct(7, 10)));
        assertTrue(built.forProduct(99, 10).isEmpty());
    }

    @Test
    public void searchHitsAddCandidatesOutsideTheCategoryMarkedAsTextMatches() {
        SimilarProducts built = new SimilarProductsBuilder(10, new FixedText(7L), failures).build(catalog, NOW);
        List<SimilarProducts.Entry> row = built.forProduct(1, 10);
        assertEquals(Arrays.asList(2L, 3L, 4L, 5L, 7L), ids(row));
        assertTrue(row.get(4).isTextMatch());
        assertFalse(row.get(0).isTextMatch());
        assertTrue(built.isTextUsed());
    }

    @Test
    public void aSearchHitRaisesACandidateInTheCategory() {
        SimilarProducts built = new SimilarProductsBuilder(10, new FixedText(4L), failures).build(catalog, NOW);
        assertEquals(Arrays.asList(4L, 2L, 3L, 5L), ids(built.forProduct(1, 10)));
    }

    @Test
    public void aFailingSearchEngineIsRecordedOnceAndTheBuildGoesOnWithoutText() {
        FixedText broken = FixedText.failing(new IllegalStateException("Solr is down"));
        SimilarProducts built = new SimilarProductsBuilder(10, broken, failures).build(catalog, NOW);

        assertEquals(1, failures.count("similar:text"));
        assertEquals("not asked again after the failure", 1, broken.calls);
        assertFalse(built.isTextUsed());
        assertEquals(Arrays.asList(2L, 3L, 4L, 5L), ids(built.forProduct(1, 10)));
        assertEquals(Arrays.asList(1L, 3L, 4L), ids(built.forProduct(2, 10)));
    }

    @Test
    public void withoutASearchEngineTextIsNotUsed() {
        assertFalse(new SimilarProductsBuilder(10, null, failures).build(catalog, NOW).isTextUsed());
    }

    @Test
    public void eachRowIsCutToThePerProductCap() {
        SimilarProducts built = new SimilarProductsBuilder(2, null, failures).build(catalog, NOW);
        assertEquals(Arrays.asList(2L, 3L), ids(built.forProduct(1, 10)));
        assertEquals(Arrays.asList(2L), ids(built.forProduct(1, 1)));
        assertTrue(built.forProduct(1, 0).isEmpty());
    }

    @Test
    public void theBuildCountsProductsAndRowsAndKeepsItsTime() {
        SimilarProducts built = new SimilarProductsBuilder(10, null, failures).build(catalog, NOW);
        assertEquals(7, built.products());
        assertEquals("every product has a row; 6 is inactive but still gets one as an anchor", 7,
                built.productsWithNeighbors());
        assertEquals(NOW, built.getBuiltAtMillis());
    }

    @Test
    public void anEmptyCatalogBuildsAnEmptyTable() {
        SimilarProducts built = new SimilarProductsBuilder(10, null, failures)
                .build(Collections.<ProductFacts>emptyList(), NOW);
        assertEquals(0, built.products());
        assertEquals(0, built.productsWithNeighbors());
        assertEquals(0, SimilarProducts.empty().products());
    }

    @Test
    public void perProductOutsideOneToAHundredIsRefusedQuotingIt() {
        assertEquals("similar products per product must be between 1 and 100: 0", assertThrows(
                IllegalArgumentException.class, () -> new SimilarProductsBuilder(0, null, failures)).getMessage());
        assertEquals("similar products per product must be between 1 and 100: 101", assertThrows(
                IllegalArgumentException.class, () -> new SimilarProductsBuilder(101, null, failures)).getMessage());
    }

    @Test
    public void aLargeCategoryOffersTheProductsNearestInPrice() {
        int n = 3 * SimilarProductsBuilder.CANDIDATES_PER_CATEGORY;
        List<ProductFacts> sorted = new ArrayList<ProductFacts>();
        for (int i = 0; i < n; i++) {
            sorted.add(described(1000 + i, (100 + i) + ".00", true, Arrays.asList(100L), null));
        }
        int window = SimilarProductsBuilder.CANDIDATES_PER_CATEGORY;
        assertEquals(1000L, first(SimilarProductsBuilder.nearestInPrice(sorted, sorted.get(10)), window));
        assertEquals(1000L + n / 2 - window / 2,
                first(SimilarProductsBuilder.nearestInPrice(sorted, sorted.get(n / 2)), window));
        assertEquals(1000L + n - window, first(SimilarProductsBuilder.nearestInPrice(sorted, sorted.get(n - 1)), window));
        assertEquals(sorted.subList(0, 5), SimilarProductsBuilder.nearestInPrice(sorted.subList(0, 5), sorted.get(2)));
    }

    private static long first(List<ProductFacts> window, int size) {
        assertEquals(size, window.size());
        return window.get(0).getId();
    }

    static List<Long> ids(List<SimilarProducts.Entry> entries) {
        List<Long> out = new ArrayList<Long>();
        for (SimilarProducts.Entry e : entries) {
            out.add(e.getProductId());
        }
        return out;
    }

    /** A search engine that finds the same products for every product (but never the product itself), or fails. */
    static final class FixedText implements TextNeighbors {
        private final List<Long> hits;
        private final RuntimeException failure;
        int calls;

        FixedText(Long... hits) {
            this(Arrays.asList(hits), null);
        }

        private FixedText(List<Long> hits, RuntimeException failure) {
            this.hits = hits;
            this.failure = failure;
        }

        static FixedText failing(RuntimeException failure) {
            return new FixedText(Collections.<Long>emptyList(), failure);
        }

        @Override
        public List<Long> similarTo(ProductFacts product, int max) {
            calls++;
            if (failure != null) {
                throw failure;
            }
            List<Long> out = new ArrayList<Long>(hits);
            out.remove(product.getId());
            return out;
        }
    }
}
