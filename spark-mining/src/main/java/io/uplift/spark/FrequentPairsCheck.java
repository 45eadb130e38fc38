package io.uplift.spark;

import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.store.CoPurchaseSnapshot;
import io.uplift.engine.copurchase.store.CoPurchaseSettings;
import io.uplift.engine.copurchase.store.CoPurchaseLearner;
import io.uplift.engine.copurchase.store.RebuildProgress;
import io.uplift.engine.copurchase.score.PairScorers;
import io.uplift.engine.learn.SnapshotCodec;
import io.uplift.engine.copurchase.CoPurchaseModelLearner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.fpm.FPGrowth;
import org.apache.spark.ml.fpm.FPGrowthModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent check of a generation's counts with Spark MLlib's FP-growth ({@link FPGrowth}): every product
 * and every pair bought together in at least {@code minCount} orders, as FP-growth finds them, must have exactly
 * that count in the generation, and the generation must hold no other pair reaching {@code minCount}.
 *
 * <p>Why FP-growth checks the counts rather than making them: the generation needs every pair bought together at
 * least once (a support of one order), with the weighted sum of 1 / basket size, and only pairs. FP-growth at a
 * support of one order enumerates every subset of every basket (2^n itemsets for a basket of n products; a
 * retail.dat basket has up to 76) and knows no weights, so plain pair counting ({@code reduceByKey}) makes the
 * counts and FP-growth, well above the noise floor, verifies them.
 */
public final class FrequentPairsCheck {

    private FrequentPairsCheck() {
    }

    /** What the check compared. */
    public static final class Outcome {
        public final long products;
        public final long pairs;
        public final List<String> mismatches;

        Outcome(long products, long pairs, List<String> mismatches) {
            this.products = products;
            this.pairs = pairs;
            this.mismatches = mismatches;
        }
    }

    /**
     * @param generation the saved generation's bytes (the envelope)
     * @param minCount   at least 2 orders, so FP-growth stays small
     */
    public static Outcome check(SparkSession spark, JavaRDD<Order> orders, byte[] generation, int minCount)
            throws IOException {
        if (minCount < 2) {
            throw new IllegalArgumentException("the FP-growth check needs a minimum of at least 2 orders: " + minCount);
        }
        StructType schema = new StructType().add("items", DataTypes.createArrayType(DataTypes.LongType), false);
        JavaRDD<Row> rows = orders.map(o -> {
            Long[] items = new Long[o.products.length];
            for (int i = 0; i < items.length; i++) {
                items[i] = o.products[i];
            }
            return RowFactory.create((Object) items);
        });
        Dataset<Row> baskets = spark.createDataFrame(rows, schema).cache();
        long n = baskets.count();
        // FP-growth keeps itemsets of at least ceil(minSupport * n) baskets
        double minSupport = (minCount - 0.5) / n;
        FPGrowthModel model = new FPGrowth().setItemsCol("items").setMinSupport(minSupport).setMinConfidence(1.0)
                .fit(baskets);
        List<Row> itemsets = model.freqItemsets().filter("size(items) <= 2").collectAsList();
        baskets.unpersist();

        byte[] section = SnapshotCodec.decode(generation).getSections().get(CoPurchaseModelLearner.NAME);
        CoPurchaseSnapshot snapshot = CoPurchaseSnapshot.read(new ByteArrayInputStream(section));
        CoPurchaseLearner stats = snapshot.learner(PairScorers.byName("cosine"), CoPurchaseSettings.defaults(),
                RebuildProgress.NONE);
        List<String> mismatches = new ArrayList<>();
        long products = 0;
        long pairs = 0;
        PairFigures f = new PairFigures();
        for (Row r : itemsets) {
            List<Long> items = r.getList(0);
            long freq = r.getLong(1);
            if (items.size() == 1) {
                products++;
                int count = stats.count(items.get(0));
                if (count != freq) {
                    mismatches.add("product " + items.get(0) + ": FP-growth " + freq + ", generation " + count);
                }
            } else {
                pairs++;
                int together = stats.figures(items.get(0), items.get(1), f) ? f.together : 0;
                if (together != freq) {
                    mismatches.add("pair " + items + ": FP-growth " + freq + ", generation " + together);
                }
            }
        }
        long expectedProducts = 0;
        long expectedPairs = 0;
        long[] ids = stats.productIds();
        for (long a : ids) {
            if (stats.count(a) >= minCount) {
                expectedProducts++;
            }
        }
        for (int i = 0; i < ids.length; i++) {
            if (stats.count(ids[i]) < minCount) {
                continue;
            }
            for (int j = i + 1; j < ids.length; j++) {
                if (stats.figures(ids[i], ids[j], f) && f.together >= minCount) {
                    expectedPairs++;
                }
            }
        }
        if (expectedProducts != products || expectedPairs != pairs) {
            mismatches.add("the generation has " + expectedProducts + " products and " + expectedPairs
                    + " pairs in at least " + minCount + " orders, FP-growth found " + products + " and " + pairs);
        }
        return new Outcome(products, pairs, mismatches);
    }
}
