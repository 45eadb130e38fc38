package io.uplift.engine.copurchase;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.copurchase.store.CompactCoPurchaseModel;
import io.uplift.engine.learn.ModelHolder;

/** Co-purchase models learned by the real learner (cosine scorer, whose order the tests can work out by hand) from literal baskets, for source tests. */
public final class LearnedModels {

    private LearnedModels() {
    }

    /** A holder serving the model of these baskets (order ids 1, 2, ...). */
    public static ModelHolder<CoPurchaseModel> learnedFrom(long[]... baskets) {
        ModelHolder<CoPurchaseModel> holder =
                new ModelHolder<CoPurchaseModel>(CompactCoPurchaseModel.empty("cosine", 10));
        CoPurchaseModelLearner learner = new CoPurchaseModelLearner(holder, "cosine", 10);
        for (int i = 0; i < baskets.length; i++) {
            learner.add(new Basket(i + 1, Basket.ANONYMOUS, 0, baskets[i]));
        }
        learner.publish(1);
        return holder;
    }

    public static long[] basket(long... productIds) {
        return productIds;
    }
}
