package io.uplift.engine.similar;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Precomputed similar products (category, attributes, price band, search text), one immutable generation read on
 * the page-render path.
 */
public final class SimilarProducts {

    private static final SimilarProducts EMPTY = new SimilarProducts(new Long2ObjectOpenHashMap<Row>(), 0, 0, false);

    private final Long2ObjectOpenHashMap<Row> rows;
    private final int products;
    private final long builtAtMillis;
    private final boolean textUsed;

    SimilarProducts(Long2ObjectOpenHashMap<Row> rows, int products, long builtAtMillis, boolean textUsed) {
        this.rows = rows;
        this.products = products;
        this.builtAtMillis = builtAtMillis;
        this.textUsed = textUsed;
    }

    public static SimilarProducts empty() {
        return EMPTY;
    }

    /** Similar products, best first; never null. */
    public List<Entry> forProduct(long productId, int max) {
        Row row = rows.get(productId);
        if (row == null || max < 1) {
            return Collections.emptyList();
        }
        int n = Math.min(max, row.ids.length);
        List<Entry> out = new ArrayList<Entry>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Entry(row.ids[i], row.scores[i], row.textHit[i]));
        }
        return out;
    }

    /** Products that have at least one similar product. */
    public int productsWithNeighbors() {
        return rows.size();
    }

    /** Products the build looked at. */
    public int products() {
        return products;
    }

    public long getBuiltAtMillis() {
        return builtAtMillis;
    }

    /** Whether the search engine contributed (false when it was unavailable during the build). */
    public boolean isTextUsed() {
        return textUsed;
    }

    static final class Row {
        final long[] ids;
        final float[] scores;
        final boolean[] textHit;

        Row(long[] ids, float[] scores, boolean[] textHit) {
            this.ids = ids;
            this.scores = scores;
            this.textHit = textHit;
        }
    }

    /** One similar product. */
    public static final class Entry {
        private final long productId;
        private final double score;
        private final boolean textMatch;

        Entry(long productId, double score, boolean textMatch) {
            this.productId = productId;
            this.score = score;
            this.textMatch = textMatch;
        }

        public long getProductId() {
            return productId;
        }

        public double getScore() {
            return score;
        }

        /** Whether the search engine found it for the product's text. */
        public boolean isTextMatch() {
            return textMatch;
        }
    }
}
