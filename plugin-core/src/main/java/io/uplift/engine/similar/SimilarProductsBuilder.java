package io.uplift.engine.similar;

import io.uplift.engine.FailureSink;
import io.uplift.engine.ProductFacts;
import it.unimi.dsi.fastutil.longs.Long2DoubleOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Precomputes similar products off the page-render path: candidates are the products sharing a category (the
 * nearest in price, at most {@link #CANDIDATES_PER_CATEGORY}) plus the search engine's hits for the product's text;
 * each candidate is scored by {@link SimilarityScore}. Only active products are candidates. Cost: products x
 * candidates, so a large category does not make the build quadratic.
 */
public class SimilarProductsBuilder {

    /** Candidates taken from one category per product: the nearest in price. */
    static final int CANDIDATES_PER_CATEGORY = 400;
    /** Search hits asked per product. */
    static final int TEXT_HITS = 20;

    private final int perProduct;
    private final TextNeighbors text;
    private final FailureSink failures;

    /**
     * @param perProduct similar products kept per product, 1..100
     * @param text       the search engine, or {@code null} for none
     */
    public SimilarProductsBuilder(int perProduct, TextNeighbors text, FailureSink failures) {
        if (perProduct < 1 || perProduct > 100) {
            throw new IllegalArgumentException("similar products per product must be between 1 and 100: " + perProduct);
        }
        this.perProduct = perProduct;
        this.text = text;
        this.failures = failures;
    }

    public SimilarProducts build(List<ProductFacts> products, long nowMillis) {
        Map<Long, ProductFacts> byId = new HashMap<Long, ProductFacts>();
        Map<Long, List<ProductFacts>> byCategory = new HashMap<Long, List<ProductFacts>>();
        for (ProductFacts p : products) {
            byId.put(p.getId(), p);
            if (!p.isActive()) {
                continue;
            }
            for (Long c : p.getCategoryIds()) {
                List<ProductFacts> list = byCategory.get(c);
                if (list == null) {
                    list = new ArrayList<ProductFacts>();
                    byCategory.put(c, list);
                }
                list.add(p);
            }
        }
        for (List<ProductFacts> list : byCategory.values()) {
            Collections.sort(list, BY_PRICE);
        }
        boolean textUsed = text != null;
        Long2ObjectOpenHashMap<SimilarProducts.Row> rows = new Long2ObjectOpenHashMap<SimilarProducts.Row>();
        for (ProductFacts p : products) {
            Long2DoubleOpenHashMap textScore = new Long2DoubleOpenHashMap();
            if (textUsed) {
                try {
                    List<Long> hits = text.similarTo(p, TEXT_HITS);
                    for (int i = 0; i < hits.size(); i++) {
                        textScore.put(hits.get(i).longValue(), 1.0 / (1 + i));
                    }
                } catch (RuntimeException e) {
                    failures.record("similar:text", "search for products like " + p.getId()
                            + " (similar products are built without the search engine)", e);
                    textUsed = false;
                }
            }
            Map<Long, ProductFacts> candidates = new HashMap<Long, ProductFacts>();
            for (Long c : p.getCategoryIds()) {
                List<ProductFacts> list = byCategory.get(c);
                if (list != null) {
                    for (ProductFacts q : nearestInPrice(list, p)) {
                        candidates.put(q.getId(), q);
                    }
                }
            }
            for (long id : textScore.keySet()) {
                ProductFacts q = byId.get(id);
                if (q != null && q.isActive()) {
                    candidates.put(id, q);
                }
            }
            candidates.remove(p.getId());
            List<Scored> scored = new ArrayList<Scored>(candidates.size());
            for (ProductFacts q : candidates.values()) {
                double t = textScore.get(q.getId());
                double s = SimilarityScore.score(p, q, t);
                if (s > 0) {
                    scored.add(new Scored(q.getId(), s, t > 0));
                }
            }
            if (scored.isEmpty()) {
                continue;
            }
            Collections.sort(scored, BY_SCORE);
            int n = Math.min(perProduct, scored.size());
            long[] ids = new long[n];
            float[] scores = new float[n];
            boolean[] hit = new boolean[n];
            for (int i = 0; i < n; i++) {
                ids[i] = scored.get(i).id;
                scores[i] = (float) scored.get(i).score;
                hit[i] = scored.get(i).text;
            }
            rows.put(p.getId(), new SimilarProducts.Row(ids, scores, hit));
        }
        rows.trim();
        return new SimilarProducts(rows, products.size(), nowMillis, textUsed);
    }

    /** Up to {@link #CANDIDATES_PER_CATEGORY} products of a price-sorted list, centred on p's price. */
    static List<ProductFacts> nearestInPrice(List<ProductFacts> sorted, ProductFacts p) {
        if (sorted.size() <= CANDIDATES_PER_CATEGORY) {
            return sorted;
        }
        int at = Collections.binarySearch(sorted, p, BY_PRICE);
        int centre = at >= 0 ? at : -at - 1;
        int from = Math.max(0, Math.min(centre - CANDIDATES_PER_CATEGORY / 2, sorted.size() - CANDIDATES_PER_CATEGORY));
        return sorted.subList(from, from + CANDIDATES_PER_CATEGORY);
    }

    private static final Comparator<ProductFacts> BY_PRICE = new Comparator<ProductFacts>() {
        @Override
        public int compare(ProductFacts a, ProductFacts b) {
            double pa = a.getPrice() == null ? 0 : a.getPrice().doubleValue();
            double pb = b.getPrice() == null ? 0 : b.getPrice().doubleValue();
            int c = Double.compare(pa, pb);
            return c != 0 ? c : Long.compare(a.getId(), b.getId());
        }
    };

    private static final Comparator<Scored> BY_SCORE = new Comparator<Scored>() {
        @Override
        public int compare(Scored a, Scored b) {
            int c = Double.compare(b.score, a.score);
            return c != 0 ? c : Long.compare(a.id, b.id);
        }
    };

    private static final class Scored {
        final long id;
        final double score;
        final boolean text;

        Scored(long id, double score, boolean text) {
            this.id = id;
            this.score = score;
            this.text = text;
        }
    }
}
