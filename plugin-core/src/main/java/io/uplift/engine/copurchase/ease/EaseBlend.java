package io.uplift.engine.copurchase.ease;

import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.PairScorer;

/**
 * The default co-purchase scorer: EASE weights among the best sellers, noisy-OR evidence everywhere else.
 *
 * <p>The score of candidate b in the row of product a is
 * <ul>
 * <li>{@code ease.weight(a, b)} when both are in the head (the {@code headSize} products with the most baskets,
 * ties by product id ascending): the joint regression discounts best sellers that go with everything and
 * correlated cart products, which a pairwise score cannot;</li>
 * <li>{@code tailWeight * noisyOr.score(figures(a, b))} otherwise: pairwise-local, so the long tail (most of a
 * large catalogue) keeps exact incremental updates, and products too rare for the head are still suggested.</li>
 * </ul>
 * The head part is not pairwise-local: it is refitted as a whole from the head's pair counts at every rebuild
 * (0.3 s for 1000 products). Immutable and thread-safe.
 */
public final class EaseBlend {

    public static final String NAME = "ease+noisy-or";

    private final EaseHead ease;
    private final PairScorer tail;
    private final double tailWeight;

    private EaseBlend(EaseHead ease, PairScorer tail, double tailWeight) {
        this.ease = ease;
        this.tail = tail;
        this.tailWeight = tailWeight;
    }

    /**
     * @param headGram        the head's Gram matrix ({@link EaseHead#fit}), head index = rank by basket count
     * @param head            the head size actually used: {@code min(settings.headSize(), products)}
     * @param itemOccurrences all (basket, product) pairs: the sum of every product's basket count
     * @param products        distinct products bought at least once
     */
    public static EaseBlend fit(EaseBlendSettings settings, double[] headGram, int head, long itemOccurrences,
            int products) {
        if (head != Math.min(settings.headSize(), products)) {
            throw new IllegalArgumentException("head must be min(" + settings.headSize() + ", " + products
                    + "): " + head);
        }
        double lambda = lambda(settings, itemOccurrences, products);
        return new EaseBlend(EaseHead.fit(headGram, head, lambda), settings.tailScorer(),
                settings.tailWeight());
    }

    /** EASE's ridge penalty: {@code lambdaPerItemCount * itemOccurrences / products}; 1 for an empty history. */
    public static double lambda(EaseBlendSettings settings, long itemOccurrences, int products) {
        if (itemOccurrences < 0 || products < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + itemOccurrences + " occurrences, "
                    + products + " products");
        }
        double meanCount = products == 0 ? 0 : (double) itemOccurrences / products;
        return meanCount > 0 ? settings.lambdaPerItemCount() * meanCount : 1;
    }

    /**
     * The score of candidate b in product a's row.
     *
     * @param headA a's head index, or -1 outside the head
     * @param headB b's head index, or -1 outside the head
     * @param f     the pair's figures (used outside head x head only)
     * @return never NaN; may be negative for a head pair
     */
    public double score(int headA, int headB, PairFigures f) {
        return headA >= 0 && headB >= 0 ? ease.weight(headA, headB) : tailWeight * tail.score(f);
    }

    /** The fitted head: its size and lambda. */
    public EaseHead head() {
        return ease;
    }
}
