package io.uplift.engine.copurchase;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.copurchase.ease.EaseBlend;
import io.uplift.engine.copurchase.ease.EaseBlendModel;
import io.uplift.engine.copurchase.ease.EaseBlendSettings;
import io.uplift.engine.copurchase.score.PairScorers;
import io.uplift.engine.copurchase.store.CoPurchaseLearner;
import io.uplift.engine.copurchase.store.CoPurchaseSettings;
import io.uplift.engine.copurchase.store.CoPurchaseSnapshot;
import io.uplift.engine.copurchase.store.CompactCoPurchaseModel;
import io.uplift.engine.copurchase.store.RebuildProgress;
import io.uplift.engine.learn.Learner;
import io.uplift.engine.learn.ModelHolder;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The co-purchase statistics as one of the learning path's {@link Learner}s: orders go into a
 * {@link CoPurchaseLearner}, each publish swaps a new {@link CoPurchaseModel} into the holder the page-render path
 * reads, and snapshots use the statistics' own versioned format.
 *
 * <p>With the scorer {@code default} (the storefront's default, {@link EaseBlend}) the learner ranks rows by the
 * blend's pairwise tail score and every publish wraps them with the EASE head ({@link EaseBlendModel}); the head is
 * refitted at every publish while it has at most {@link #ALWAYS_REFIT_HEAD} products (milliseconds) and otherwise
 * at most every {@code headRefitMillis} (a fit of 1,000 products takes about half a second). Any other name is a
 * pairwise scorer of {@link PairScorers}.</p>
 */
public class CoPurchaseModelLearner implements Learner {

    public static final String NAME = "copurchase";
    /** Catalogs up to this size re-rank every row on every publish (milliseconds for thousands of products). */
    public static final int DEFAULT_EXACT_ROWS_UP_TO = 20_000;
    /** Heads up to this size are refitted at every publish. */
    public static final int ALWAYS_REFIT_HEAD = 300;

    private final ModelHolder<CoPurchaseModel> holder;
    private final PairScorer scorer;
    private final EaseBlendSettings blend;
    private final CoPurchaseSettings settings;
    private final int exactRowsUpTo;
    private final long headRefitMillis;
    private CoPurchaseLearner learner;
    private EaseBlendModel.Head head;

    /**
     * @param scorerName {@code default} (the EASE blend) or a name known to {@link PairScorers}
     * @param rowLength  neighbours kept per product, 1..10000
     */
    public CoPurchaseModelLearner(ModelHolder<CoPurchaseModel> holder, String scorerName, int rowLength) {
        this(holder, scorerName, rowLength, DEFAULT_EXACT_ROWS_UP_TO, 60_000);
    }

    /**
     * @param exactRowsUpTo   up to this many products every publish re-ranks every row, so the leader serves
     *                        exactly what a node loading the same generation serves; above it only the rows of new
     *                        orders' products are re-ranked at once and the others within the store's staleness bound
     * @param headRefitMillis how often a large EASE head is refitted
     */
    public CoPurchaseModelLearner(ModelHolder<CoPurchaseModel> holder, String scorerName, int rowLength,
            int exactRowsUpTo, long headRefitMillis) {
        if (exactRowsUpTo < 0) {
            throw new IllegalArgumentException("uplift.copurchase.exactRowsUpTo cannot be negative: " + exactRowsUpTo);
        }
        if (headRefitMillis < 0) {
            throw new IllegalArgumentException("uplift.copurchase.headRefitMillis cannot be negative: " + headRefitMillis);
        }
        this.holder = holder;
        this.exactRowsUpTo = exactRowsUpTo;
        this.headRefitMillis = headRefitMillis;
        if (isBlend(scorerName)) {
            this.blend = EaseBlendSettings.defaults().withRowLength(rowLength);
            this.scorer = blend.rowScorer();
        } else {
            this.blend = null;
            this.scorer = PairScorers.byName(scorerName);
        }
        this.settings = CoPurchaseSettings.defaults().withRowLength(rowLength);
        this.learner = CoPurchaseLearner.empty(scorer, settings);
    }

    static boolean isBlend(String scorerName) {
        return scorerName != null && (PairScorers.DEFAULT.equals(scorerName.trim())
                || EaseBlend.NAME.equals(scorerName.trim()));
    }

    /** The empty model a holder starts with, for the given scorer name. */
    public static CoPurchaseModel empty(String scorerName, int rowLength) {
        CompactCoPurchaseModel empty = CompactCoPurchaseModel.empty(isBlend(scorerName) ? EaseBlend.NAME
                : PairScorers.byName(scorerName).name(), rowLength);
        return isBlend(scorerName) ? EaseBlendModel.of(empty, null) : empty;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void clear() {
        learner = CoPurchaseLearner.empty(scorer, settings);
        head = null;
    }

    @Override
    public void add(Basket basket) {
        learner.apply(basket);
    }

    @Override
    public void publish(long generation) {
        CompactCoPurchaseModel rows = learner.current().products() <= exactRowsUpTo ? learner.refreshAll()
                : learner.publish();
        if (blend == null) {
            holder.set(rows);
            return;
        }
        if (head == null || head.size() <= ALWAYS_REFIT_HEAD
                || System.currentTimeMillis() - head.getFittedAtMillis() >= headRefitMillis) {
            head = EaseBlendModel.fitHead(learner, blend);
        }
        holder.set(EaseBlendModel.of(rows, head));
    }

    @Override
    public void write(DataOutputStream out) throws IOException {
        learner.writeSnapshot(out);
    }

    @Override
    public void read(DataInputStream in) throws IOException {
        learner = CoPurchaseSnapshot.read(in).learner(scorer, settings, RebuildProgress.NONE);
        head = null;
    }
}
