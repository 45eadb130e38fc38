package io.uplift.spark;

import io.uplift.engine.copurchase.CoPurchaseModelLearner;
import io.uplift.engine.copurchase.store.CoPurchaseSnapshot;
import io.uplift.engine.learn.SnapshotCodec;
import io.uplift.engine.learn.SnapshotStore;

import java.io.ByteArrayInputStream;

/** The product ids of a stored generation, for comparing every product's list. */
final class CoPurchaseModelLearnerIds {

    private CoPurchaseModelLearnerIds() {
    }

    static long[] of(SnapshotStore store) throws Exception {
        byte[] section = SnapshotCodec.decode(store.latest().getData()).getSections().get(CoPurchaseModelLearner.NAME);
        return CoPurchaseSnapshot.read(new ByteArrayInputStream(section))
                .learner(io.uplift.engine.copurchase.score.PairScorers.byName("cosine"),
                        io.uplift.engine.copurchase.store.CoPurchaseSettings.defaults(),
                        io.uplift.engine.copurchase.store.RebuildProgress.NONE)
                .productIds();
    }
}
