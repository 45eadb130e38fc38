package io.uplift.spark;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.copurchase.CoPurchaseModelLearner;
import io.uplift.engine.learn.Learner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The co-purchase section of a generation whose statistics Spark counted: in the engine's {@code LearningService}
 * it stands where the single-machine {@link CoPurchaseModelLearner} stands and writes the snapshot the job
 * encoded. The service still streams every order through it (for the trending counts and the recent order ids
 * of the envelope); it only counts them, and refuses to write when they are not the orders Spark counted (the
 * cached orders were recomputed from a source that changed meanwhile).
 */
final class SparkCoPurchaseSection implements Learner {

    private final byte[] snapshot;
    private final long expectedBaskets;
    private final long expectedWatermark;
    private long baskets;
    private long watermark = Long.MIN_VALUE;

    SparkCoPurchaseSection(byte[] snapshot, long expectedBaskets, long expectedWatermark) {
        this.snapshot = snapshot;
        this.expectedBaskets = expectedBaskets;
        this.expectedWatermark = expectedWatermark;
    }

    @Override
    public String name() {
        return CoPurchaseModelLearner.NAME;
    }

    @Override
    public void clear() {
        baskets = 0;
        watermark = Long.MIN_VALUE;
    }

    @Override
    public void add(Basket basket) {
        baskets++;
        watermark = Math.max(watermark, basket.getOrderId());
    }

    @Override
    public void publish(long generation) {
        // this process does not serve: the storefront nodes load the saved generation
    }

    @Override
    public void write(DataOutputStream out) throws IOException {
        if (baskets != expectedBaskets || watermark != expectedWatermark) {
            throw new IOException("the orders streamed to the driver (" + baskets + ", highest id " + watermark
                    + ") are not those Spark counted (" + expectedBaskets + ", highest id " + expectedWatermark
                    + "): the source changed while the job ran; run it again");
        }
        out.write(snapshot);
    }

    @Override
    public void read(DataInputStream in) throws IOException {
        throw new IOException("the Spark rebuild only writes generations");
    }
}
