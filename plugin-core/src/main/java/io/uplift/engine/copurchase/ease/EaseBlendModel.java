package io.uplift.engine.copurchase.ease;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.copurchase.Neighbor;
import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.store.CoPurchaseLearner;
import io.uplift.engine.copurchase.store.CompactCoPurchaseModel;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

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
    /** The head products' rows for product pages, by head index: the first L of every head entry and the tail's others. */
    private final Row[] headRows;
    /** Per head product: its basket count in this generation. */
    private final int[] headCounts;
    /** Per head product: the entries of its row outside the head, best first (for carts). */
    private final Row[] headTails;

    private EaseBlendModel(CompactCoPurchaseModel tail, Head head) {
        this.tail = tail;
        this.head = head;
        int n = head.ids.length;
        this.headRows = new Row[n];
        this.headTails = new Row[n];
        this.headCounts = new int[n];
        int keep = Math.max(1, tail.rowLength());
        for (int i = 0; i < n; i++) {
            headCounts[i] = tail.count(head.ids[i]);
        }
        for (int i = 0; i < n; i++) {
            List<Neighbor> tailRow = tail.forProduct(head.ids[i], keep);
            headTails[i] = outsideHead(tailRow);
            headRows[i] = firstOfRow(i, headTails[i], keep);
        }
    }

    /**
     * The model of a tail generation with the given head (which may come from an earlier fit). Builds the head
     * products' rows once here, off the page-render path, so that look-ups only read arrays.
     */
    public static EaseBlendModel of(CompactCoPurchaseModel tail, Head head) {
        return new EaseBlendModel(tail, head == null ? Head.EMPTY : head);
    }

    /** A row in arrays: ids, their head index (-1 outside the head), scores, together counts, basket counts. */
    private static final class Row {
        final long[] ids;
        final int[] headIndex;
        final double[] scores;
        final int[] together;
        final int[] counts;

        Row(long[] ids, int[] headIndex, double[] scores, int[] together, int[] counts) {
            this.ids = ids;
            this.headIndex = headIndex;
            this.scores = scores;
            this.together = together;
            this.counts = counts;
        }
    }

    /** The tail row's entries outside the head, in its order (score, count, id: the row order). */
    private Row outsideHead(List<Neighbor> tailRow) {
        int k = 0;
        for (Neighbor nb : tailRow) {
            if (head.index(nb.getProductId()) < 0) {
                k++;
            }
        }
        long[] ids = new long[k];
        int[] index = new int[k];
        double[] scores = new double[k];
        int[] together = new int[k];
        int[] counts = new int[k];
        k = 0;
        for (Neighbor nb : tailRow) {
            if (head.index(nb.getProductId()) < 0) {
                ids[k] = nb.getProductId();
                index[k] = -1;
                scores[k] = nb.getScore();
                together[k] = nb.getTogether();
                counts[k] = nb.getCount();
                k++;
            }
        }
        return new Row(ids, index, scores, together, counts);
    }

    /**
     * The first {@code keep} entries of head product ia's row: the best head partners (EASE weights) merged with the
     * tail's other entries, without sorting the whole row.
     */
    private Row firstOfRow(int ia, Row others, int keep) {
        int n = head.ids.length;
        Top best = new Top(keep);
        for (int j = 0; j < n; j++) {
            if (j != ia && head.together[ia * n + j] > 0) {
                best.offer(head.ids[j], head.dense[ia * n + j], headCounts[j], j);
            }
        }
        for (int i = 0; i < others.ids.length; i++) {
            best.offer(others.ids[i], others.scores[i], others.counts[i], -1 - i);
        }
        int k = best.size;
        long[] ids = new long[k];
        int[] index = new int[k];
        double[] scores = new double[k];
        int[] together = new int[k];
        int[] counts = new int[k];
        for (int i = 0; i < k; i++) {
            ids[i] = best.ids[i];
            scores[i] = best.scores[i];
            counts[i] = best.counts[i];
            int tag = best.tags[i];
            index[i] = tag >= 0 ? tag : -1;
            together[i] = tag >= 0 ? head.together[ia * n + tag] : others.together[-1 - tag];
        }
        return new Row(ids, index, scores, together, counts);
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

    /** The whole row of a product, best first (computed: for tests and the admin, not the page path). */
    List<Neighbor> row(long a) {
        int ia = head.index(a);
        return ia < 0 ? tail.forProduct(a, Math.max(1, tail.rowLength())) : rowOf(a, ia);
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
        int n = head.ids.length;
        Scratch sc = SCRATCH.get();
        sc.reset(n, head.words);
        long[] cart = Basket.distinct(productIds);
        int[] cartHead = new int[cart.length];
        @SuppressWarnings("unchecked")
        List<Neighbor>[] cartRows = new List[cart.length];
        for (int p = 0; p < cart.length; p++) {
            cartHead[p] = head.index(cart[p]);
            if (cartHead[p] >= 0) {
                sc.exclude(cartHead[p]);
            }
        }
        for (int p = 0; p < cart.length; p++) {
            long a = cart[p];
            int ia = cartHead[p];
            if (ia >= 0) {
                // head x head: add the dense row of weights (0 where never bought together) and its presence bits
                sc.addDense(head.dense, ia * n, head.pairBits, ia * head.words, n, head.words);
                Row r = headTails[ia];
                for (int i = 0; i < r.ids.length; i++) {
                    sc.addOther(a, r.ids[i], r.scores[i], r.together[i], r.counts[i], cart);
                }
            } else {
                cartRows[p] = tail.forProduct(a, Math.max(1, tail.rowLength()));
                for (Neighbor nb : cartRows[p]) {
                    int ib = head.index(nb.getProductId());
                    if (ib >= 0) {
                        sc.addHead(ib, nb.getScore());
                    } else {
                        sc.addOther(a, nb.getProductId(), nb.getScore(), nb.getTogether(), nb.getCount(), cart);
                    }
                }
            }
        }
        // the best max candidates by score, then basket count, then id: insertion into a short sorted list
        Top top = new Top(max);
        for (int w = 0; w < head.words; w++) {
            long bits = sc.present(w);
            while (bits != 0) {
                int j = (w << 6) + Long.numberOfTrailingZeros(bits);
                top.offer(head.ids[j], sc.headSum(j), headCounts[j], -1 - j);
                bits &= bits - 1;
            }
        }
        for (int slot = 0; slot < sc.others(); slot++) {
            top.offer(sc.otherId(slot), sc.otherSum(slot), sc.otherCount(slot), slot);
        }
        List<Neighbor> out = new ArrayList<Neighbor>(top.size);
        int baskets = tail.baskets();
        for (int i = 0; i < top.size; i++) {
            long b = top.ids[i];
            long via;
            int together;
            if (top.tags[i] >= 0) {
                via = sc.otherVia(top.tags[i]);
                together = sc.otherTogether(top.tags[i]);
            } else {
                // a head candidate: its strongest pair among the cart's products
                int j = -1 - top.tags[i];
                via = -1;
                together = 0;
                double best = Double.NEGATIVE_INFINITY;
                for (int p = 0; p < cart.length; p++) {
                    int ia = cartHead[p];
                    double score;
                    int pairTogether;
                    if (ia >= 0) {
                        if ((head.pairBits[ia * head.words + (j >>> 6)] & (1L << j)) == 0) {
                            continue;
                        }
                        score = head.dense[ia * n + j];
                        pairTogether = head.together[ia * n + j];
                    } else {
                        Neighbor found = null;
                        for (Neighbor nb : cartRows[p]) {
                            if (nb.getProductId() == b) {
                                found = nb;
                                break;
                            }
                        }
                        if (found == null) {
                            continue;
                        }
                        score = found.getScore();
                        pairTogether = found.getTogether();
                    }
                    if (score > best || (score == best && cart[p] < via)) {
                        best = score;
                        via = cart[p];
                        together = pairTogether;
                    }
                }
            }
            out.add(new Neighbor(b, via, top.scores[i], together, tail.count(via), top.counts[i], baskets));
        }
        return out;
    }

    /** The best candidates so far, best first. */
    private static final class Top {
        final long[] ids;
        final double[] scores;
        final int[] counts;
        final int[] tags;
        int size;

        Top(int max) {
            ids = new long[max];
            scores = new double[max];
            counts = new int[max];
            tags = new int[max];
        }

        void offer(long id, double score, int count, int tag) {
            int max = ids.length;
            if (size == max && !better(score, count, id, scores[max - 1], counts[max - 1], ids[max - 1])) {
                return;
            }
            int pos = size == max ? max - 1 : size;
            while (pos > 0 && better(score, count, id, scores[pos - 1], counts[pos - 1], ids[pos - 1])) {
                ids[pos] = ids[pos - 1];
                scores[pos] = scores[pos - 1];
                counts[pos] = counts[pos - 1];
                tags[pos] = tags[pos - 1];
                pos--;
            }
            ids[pos] = id;
            scores[pos] = score;
            counts[pos] = count;
            tags[pos] = tag;
            if (size < max) {
                size++;
            }
        }
    }

    private static boolean better(double score, int count, long id, double otherScore, int otherCount, long otherId) {
        if (score != otherScore) {
            return score > otherScore;
        }
        if (count != otherCount) {
            return count > otherCount;
        }
        return id < otherId;
    }


    private static final ThreadLocal<Scratch> SCRATCH = new ThreadLocal<Scratch>() {
        @Override
        protected Scratch initialValue() {
            return new Scratch();
        }
    };

    /**
     * Per-thread accumulation for a cart, reused from call to call (no garbage): head candidates in a dense array
     * by head position with presence bits, the others (few: rows of L) in slots found through a small map, each
     * with the cart product of its strongest pair.
     */
    private static final class Scratch {
        private double[] headSum = new double[0];
        private long[] present = new long[0];
        private long[] excluded = new long[0];
        private int words;
        private long[] ids = new long[64];
        private double[] sums = new double[64];
        private double[] best = new double[64];
        private long[] via = new long[64];
        private int[] together = new int[64];
        private int[] counts = new int[64];
        private int size;
        private final Long2IntOpenHashMap slotOf = new Long2IntOpenHashMap();

        Scratch() {
            slotOf.defaultReturnValue(-1);
        }

        void reset(int headSize, int headWords) {
            if (headSum.length < headSize) {
                headSum = new double[headSize];
            } else {
                Arrays.fill(headSum, 0, headSize, 0);
            }
            if (present.length < headWords) {
                present = new long[headWords];
                excluded = new long[headWords];
            } else {
                Arrays.fill(present, 0, headWords, 0);
                Arrays.fill(excluded, 0, headWords, 0);
            }
            words = headWords;
            slotOf.clear();
            size = 0;
        }

        void exclude(int j) {
            excluded[j >>> 6] |= 1L << j;
        }

        void addDense(double[] dense, int offset, long[] bits, int bitOffset, int n, int rowWords) {
            for (int j = 0; j < n; j++) {
                headSum[j] += dense[offset + j];
            }
            for (int w = 0; w < rowWords; w++) {
                present[w] |= bits[bitOffset + w];
            }
        }

        void addHead(int j, double score) {
            headSum[j] += score;
            present[j >>> 6] |= 1L << j;
        }

        long present(int w) {
            return present[w] & ~excluded[w];
        }

        double headSum(int j) {
            return headSum[j];
        }

        void addOther(long a, long b, double score, int pairTogether, int count, long[] cart) {
            for (long c : cart) {
                if (c == b) {
                    return;
                }
            }
            int slot = slotOf.get(b);
            if (slot < 0) {
                slot = size++;
                if (slot == ids.length) {
                    grow();
                }
                slotOf.put(b, slot);
                ids[slot] = b;
                sums[slot] = 0;
                best[slot] = Double.NEGATIVE_INFINITY;
                counts[slot] = count;
            }
            sums[slot] += score;
            if (score > best[slot] || (score == best[slot] && a < via[slot])) {
                best[slot] = score;
                via[slot] = a;
                together[slot] = pairTogether;
            }
        }

        private void grow() {
            int n = ids.length * 2;
            ids = Arrays.copyOf(ids, n);
            sums = Arrays.copyOf(sums, n);
            best = Arrays.copyOf(best, n);
            via = Arrays.copyOf(via, n);
            together = Arrays.copyOf(together, n);
            counts = Arrays.copyOf(counts, n);
        }

        int others() {
            return size;
        }

        long otherId(int slot) {
            return ids[slot];
        }

        double otherSum(int slot) {
            return sums[slot];
        }

        int otherCount(int slot) {
            return counts[slot];
        }

        long otherVia(int slot) {
            return via[slot];
        }

        int otherTogether(int slot) {
            return together[slot];
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
        /** Row-major head x head: the EASE weight where the pair was bought together, else 0. */
        private final double[] dense;
        /** Row-major head x words: bit j of row i set when head products i and j were bought together. */
        private final long[] pairBits;
        private final int words;

        Head(long[] ids, int[] together, EaseHead ease, long fittedAtMillis) {
            this.ids = ids;
            this.together = together;
            this.ease = ease;
            this.fittedAtMillis = fittedAtMillis;
            int n = ids.length;
            this.words = (n + 63) >>> 6;
            this.dense = new double[n * n];
            this.pairBits = new long[n * words];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j && together[i * n + j] > 0) {
                        dense[i * n + j] = ease.weight(i, j);
                        pairBits[i * words + (j >>> 6)] |= 1L << j;
                    }
                }
            }
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
