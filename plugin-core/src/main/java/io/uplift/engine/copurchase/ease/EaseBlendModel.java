package io.uplift.engine.copurchase.ease;

import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.copurchase.Neighbor;
import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.store.CoPurchaseLearner;
import io.uplift.engine.copurchase.store.CompactCoPurchaseModel;
import it.unimi.dsi.fastutil.longs.Long2DoubleOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The default scorer served: {@link EaseBlend} rows built from a tail model and a fitted EASE head. One immutable
 * generation, read on the page-render path (memory only).
 *
 * <p>The row of product a: when a is in the head, every head product b bought with a (EASE weight, negative ones
 * included) and the tail model's entries for products outside the head; otherwise the tail model's row, whose
 * scores are {@code tailWeight * noisyOr}. Rows sort by score descending, then the candidate's basket count
 * descending, then id ascending. A cart sums the row scores of its products. The tail model ranks every partner
 * (head ones too) by the tail score, so a head product's row keeps the best non-head partners among its top L by
 * that score: a catalogue within the head (up to {@code headSize} products bought, the demo's case) is served
 * exactly as {@code bin/uplift eval} measures the default; beyond it, a head product's row can hold fewer than L
 * tail partners.</p>
 */
public final class EaseBlendModel implements CoPurchaseModel {

    private final CompactCoPurchaseModel tail;
    private final Head head;
    /** The merged rows of the head products, by head index: best first, every head entry and the tail's others. */
    private final Row[] headRows;

    private EaseBlendModel(CompactCoPurchaseModel tail, Head head) {
        this.tail = tail;
        this.head = head;
        this.headRows = new Row[head.ids.length];
        for (int i = 0; i < headRows.length; i++) {
            headRows[i] = mergedRow(i);
        }
    }

    /**
     * The model of a tail generation with the given head (which may come from an earlier fit). Merges the head
     * products' rows once here, off the page-render path (head x (head + L) entries), so that look-ups only read
     * arrays.
     */
    public static EaseBlendModel of(CompactCoPurchaseModel tail, Head head) {
        return new EaseBlendModel(tail, head == null ? Head.EMPTY : head);
    }

    /** A merged row in arrays: ids, scores, together counts, best first. */
    private static final class Row {
        final long[] ids;
        final double[] scores;
        final int[] together;

        Row(long[] ids, double[] scores, int[] together) {
            this.ids = ids;
            this.scores = scores;
            this.together = together;
        }
    }

    private Row mergedRow(int ia) {
        long a = head.ids[ia];
        List<Neighbor> row = rowOf(a, ia);
        long[] ids = new long[row.size()];
        double[] scores = new double[row.size()];
        int[] together = new int[row.size()];
        for (int i = 0; i < ids.length; i++) {
            Neighbor n = row.get(i);
            ids[i] = n.getProductId();
            scores[i] = n.getScore();
            together[i] = n.getTogether();
        }
        return new Row(ids, scores, together);
    }

    /**
     * Fits the head from the learner's statistics: the {@code headSize} products with the most baskets (ties by id
     * ascending), their Gram matrix of together counts and counts, EASE with the settings' lambda.
     */
    public static Head fitHead(CoPurchaseLearner learner, EaseBlendSettings settings) {
        long[] ids = learner.productIds();
        final Long2IntOpenHashMap counts = new Long2IntOpenHashMap(ids.length);
        long occurrences = 0;
        Long[] boxed = new Long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            int c = learner.count(ids[i]);
            counts.put(ids[i], c);
            occurrences += c;
            boxed[i] = ids[i];
        }
        Arrays.sort(boxed, new Comparator<Long>() {
            @Override
            public int compare(Long a, Long b) {
                int c = Integer.compare(counts.get(b.longValue()), counts.get(a.longValue()));
                return c != 0 ? c : Long.compare(a, b);
            }
        });
        int h = Math.min(settings.headSize(), ids.length);
        if (h == 0) {
            return Head.EMPTY;
        }
        long[] headIds = new long[h];
        for (int i = 0; i < h; i++) {
            headIds[i] = boxed[i];
        }
        double[] gram = new double[h * h];
        int[] together = new int[h * h];
        PairFigures f = new PairFigures();
        for (int i = 0; i < h; i++) {
            gram[i * h + i] = counts.get(headIds[i]);
            for (int j = i + 1; j < h; j++) {
                if (learner.figures(headIds[i], headIds[j], f) && f.together > 0) {
                    gram[i * h + j] = f.together;
                    gram[j * h + i] = f.together;
                    together[i * h + j] = f.together;
                    together[j * h + i] = f.together;
                }
            }
        }
        EaseBlend blend = EaseBlend.fit(settings, gram, h, occurrences, ids.length);
        return new Head(headIds, together, blend.head(), System.currentTimeMillis());
    }

    @Override
    public long generation() {
        return tail.generation();
    }

    @Override
    public int baskets() {
        return tail.baskets();
    }

    @Override
    public int count(long productId) {
        return tail.count(productId);
    }

    @Override
    public List<Neighbor> forProduct(long productId, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1: " + max);
        }
        int ia = head.index(productId);
        if (ia < 0) {
            return tail.forProduct(productId, max);
        }
        Row r = headRows[ia];
        int n = Math.min(max, r.ids.length);
        int countA = tail.count(productId);
        int baskets = tail.baskets();
        List<Neighbor> out = new ArrayList<Neighbor>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Neighbor(r.ids[i], productId, r.scores[i], r.together[i], countA, tail.count(r.ids[i]), baskets));
        }
        return out;
    }

    /** The whole row of a product, best first. */
    List<Neighbor> row(long a) {
        int ia = head.index(a);
        if (ia < 0) {
            return tail.forProduct(a, Math.max(1, tail.rowLength()));
        }
        Row r = headRows[ia];
        int countA = tail.count(a);
        int baskets = tail.baskets();
        List<Neighbor> out = new ArrayList<Neighbor>(r.ids.length);
        for (int i = 0; i < r.ids.length; i++) {
            out.add(new Neighbor(r.ids[i], a, r.scores[i], r.together[i], countA, tail.count(r.ids[i]), baskets));
        }
        return out;
    }

    /** Builds a head product's row from the fitted weights and the tail model (construction only). */
    private List<Neighbor> rowOf(long a, int ia) {
        List<Neighbor> tailRow = tail.forProduct(a, Math.max(1, tail.rowLength()));
        int n = head.ids.length;
        List<Neighbor> row = new ArrayList<Neighbor>(n + tailRow.size());
        int countA = tail.count(a);
        int baskets = tail.baskets();
        for (int ib = 0; ib < n; ib++) {
            int together = head.together[ia * n + ib];
            if (ib != ia && together > 0) {
                long b = head.ids[ib];
                row.add(new Neighbor(b, a, head.ease.weight(ia, ib), together, countA, tail.count(b), baskets));
            }
        }
        for (Neighbor nb : tailRow) {
            if (head.index(nb.getProductId()) < 0) {
                row.add(nb);
            }
        }
        Collections.sort(row, BEST_FIRST);
        return row;
    }

    @Override
    public List<Neighbor> forCart(long[] productIds, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1: " + max);
        }
        Long2DoubleOpenHashMap sums = new Long2DoubleOpenHashMap();
        // per candidate the cart product of its strongest pair, and that pair's score and together count
        Long2LongOpenHashMap via = new Long2LongOpenHashMap();
        Long2DoubleOpenHashMap best = new Long2DoubleOpenHashMap();
        Long2IntOpenHashMap bestTogether = new Long2IntOpenHashMap();
        java.util.LinkedHashSet<Long> cart = new java.util.LinkedHashSet<Long>();
        for (long id : productIds) {
            cart.add(id);
        }
        for (long a : cart) {
            int ia = head.index(a);
            if (ia >= 0) {
                Row r = headRows[ia];
                for (int i = 0; i < r.ids.length; i++) {
                    accumulate(a, r.ids[i], r.scores[i], r.together[i], cart, sums, via, best, bestTogether);
                }
            } else {
                for (Neighbor nb : tail.forProduct(a, Math.max(1, tail.rowLength()))) {
                    accumulate(a, nb.getProductId(), nb.getScore(), nb.getTogether(), cart, sums, via, best,
                            bestTogether);
                }
            }
        }
        long[] candidates = sums.keySet().toLongArray();
        final Long2DoubleOpenHashMap total = sums;
        Long[] order = new Long[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            order[i] = candidates[i];
        }
        Arrays.sort(order, new Comparator<Long>() {
            @Override
            public int compare(Long x, Long y) {
                int c = Double.compare(total.get(y.longValue()), total.get(x.longValue()));
                if (c != 0) {
                    return c;
                }
                c = Integer.compare(tail.count(y), tail.count(x));
                return c != 0 ? c : Long.compare(x, y);
            }
        });
        int n = Math.min(max, order.length);
        List<Neighbor> out = new ArrayList<Neighbor>(n);
        int baskets = tail.baskets();
        for (int i = 0; i < n; i++) {
            long b = order[i];
            long a = via.get(b);
            out.add(new Neighbor(b, a, total.get(b), bestTogether.get(b), tail.count(a), tail.count(b), baskets));
        }
        return out;
    }

    private static void accumulate(long a, long b, double score, int together, java.util.Set<Long> cart,
            Long2DoubleOpenHashMap sums, Long2LongOpenHashMap via, Long2DoubleOpenHashMap best,
            Long2IntOpenHashMap bestTogether) {
        if (cart.contains(b)) {
            return;
        }
        sums.addTo(b, score);
        if (!via.containsKey(b) || score > best.get(b) || (score == best.get(b) && a < via.get(b))) {
            via.put(b, a);
            best.put(b, score);
            bestTogether.put(b, together);
        }
    }

    private static final Comparator<Neighbor> BEST_FIRST = new Comparator<Neighbor>() {
        @Override
        public int compare(Neighbor x, Neighbor y) {
            int c = Double.compare(y.getScore(), x.getScore());
            if (c != 0) {
                return c;
            }
            c = Integer.compare(y.getCount(), x.getCount());
            return c != 0 ? c : Long.compare(x.getProductId(), y.getProductId());
        }
    };

    @Override
    public int productsWithNeighbors(int minNeighbors) {
        return tail.productsWithNeighbors(minNeighbors);
    }

    @Override
    public int products() {
        return tail.products();
    }

    @Override
    public String scorerName() {
        return EaseBlend.NAME;
    }

    public Head getHead() {
        return head;
    }

    /** A fitted EASE head: its products (by rank), their together counts and weights. Immutable. */
    public static final class Head {
        static final Head EMPTY = new Head(new long[0], new int[0], null, 0);

        private final long[] ids;
        private final int[] together;
        private final EaseHead ease;
        private final long fittedAtMillis;
        private final Long2IntOpenHashMap index;

        Head(long[] ids, int[] together, EaseHead ease, long fittedAtMillis) {
            this.ids = ids;
            this.together = together;
            this.ease = ease;
            this.fittedAtMillis = fittedAtMillis;
            this.index = new Long2IntOpenHashMap(ids.length);
            this.index.defaultReturnValue(-1);
            for (int i = 0; i < ids.length; i++) {
                index.put(ids[i], i);
            }
        }

        int index(long productId) {
            return index.get(productId);
        }

        public int size() {
            return ids.length;
        }

        public long getFittedAtMillis() {
            return fittedAtMillis;
        }
    }
}
