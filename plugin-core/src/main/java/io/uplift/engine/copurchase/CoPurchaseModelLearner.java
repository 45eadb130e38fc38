package io.uplift.engine.copurchase;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.copurchase.score.PairScorers;
import io.uplift.engine.copurchase.store.CoPurchaseLearner;
import io.uplift.engine.copurchase.store.CoPurchaseSettings;
import io.uplift.engine.copurchase.store.CoPurchaseSnapshot;
import io.uplift.engine.copurchase.store.RebuildProgress;
import io.uplift.engine.learn.Learner;
import io.uplift.engine.learn.ModelHolder;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The co-purchase statistics as one of the learning path's {@link Learner}s: orders go into a
 * {@link CoPurchaseLearner}, each publish swaps its new {@link CoPurchaseModel} into the holder the page-render path
 * reads, and snapshots use the statistics' own versioned format.
 */
public class CoPurchaseModelLearner implements Learner {

    public static final String NAME = "copurchase";
    /** Catalogs up to this size re-rank every row on every publish (milliseconds for thousands of products). */
    public static final int DEFAULT_EXACT_ROWS_UP_TO = 20_000;

    private final ModelHolder<CoPurchaseModel> holder;
    private final PairScorer scorer;
    private final CoPurchaseSettings settings;
    private final int exactRowsUpTo;
    private CoPurchaseLearner learner;

    /**
     * @param scorerName a name known to {@link PairScorers}, e.g. {@code default}
     * @param rowLength  neighbours kept per product, 1..10000
     */
    public CoPurchaseModelLearner(ModelHolder<CoPurchaseModel> holder, String scorerName, int rowLength) {
        this(holder, scorerName, rowLength, DEFAULT_EXACT_ROWS_UP_TO);
    }

    /**
     * @param exactRowsUpTo up to this many products every publish re-ranks every row, so the leader serves exactly
     *                      what a node loading the same generation serves; above it only the rows of new orders'
     *                      products are re-ranked at once and the others within the store's staleness bound
     */
    public CoPurchaseModelLearner(ModelHolder<CoPurchaseModel> holder, String scorerName, int rowLength,
            int exactRowsUpTo) {
        if (exactRowsUpTo < 0) {
            throw new IllegalArgumentException("uplift.copurchase.exactRowsUpTo cannot be negative: " + exactRowsUpTo);
        }
        this.exactRowsUpTo = exactRowsUpTo;
        this.holder = holder;
        this.scorer = PairScorers.byName(scorerName);
        this.settings = CoPurchaseSettings.defaults().withRowLength(rowLength);
        this.learner = CoPurchaseLearner.empty(scorer, settings);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void clear() {
        learner = CoPurchaseLearner.empty(scorer, settings);
    }

    @Override
    public void add(Basket basket) {
        learner.apply(basket);
    }

    @Override
    public void publish(long generation) {
        holder.set(learner.current().products() <= exactRowsUpTo ? learner.refreshAll() : learner.publish());
    }

    @Override
    public void write(DataOutputStream out) throws IOException {
        learner.writeSnapshot(out);
    }

    @Override
    public void read(DataInputStream in) throws IOException {
        learner = CoPurchaseSnapshot.read(in).learner(scorer, settings, RebuildProgress.NONE);
    }
}
