package io.uplift.engine.eval;

/**
 * A trained recommender under evaluation, working on the item ids of its {@link TrainingSet}. Not required to be
 * thread-safe: the evaluation calls it from one thread.
 */
public interface Recommender {

    /**
     * The best items for a context, best first, ties broken by smaller id (the protocol's tie order).
     *
     * @param context item ids in the cart (one for a product page, none when no context item is known to training);
     *                never modified
     * @param n       how many, at least 1
     * @return at most {@code n} distinct ids, none of them in {@code context}; fewer when the recommender has
     *         nothing more to say about this context (e.g. no co-purchase evidence), never null
     */
    int[] recommend(int[] context, int n);
}
