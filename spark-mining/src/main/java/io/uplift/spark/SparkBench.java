package io.uplift.spark;

import io.uplift.engine.FailureSink;
import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.copurchase.CoPurchaseModelLearner;
import io.uplift.engine.learn.LearningService;
import io.uplift.engine.learn.ModelHolder;
import io.uplift.engine.rank.Rescorers;
import io.uplift.engine.trending.TrendingLearner;
import io.uplift.engine.trending.TrendingModel;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bin/uplift spark-bench}: the single-machine rebuild against the Spark rebuild on the same export files,
 * wall time from reading the file to the saved generation, median of {@code --reps} runs after {@code --warmups} (default 1) Spark runs,
 * and the ratio Spark / single machine. Both must produce the same generation bytes (checked every run).
 *
 * <pre>
 * SparkBench [--master local[*]] [--reps N] [--warmups N] [--partitions N] FILE:FORMAT ...
 * </pre>
 * The single-machine side is the engine's learning service with the storefront's learners, as
 * {@code bin/uplift rebuild} runs it, except that the co-purchase learner does not rank the served rows after the
 * save (a node that rebuilds also serves; the Spark job does not serve, every node ranks on load): both sides stop
 * at the saved generation. A second single-machine figure includes that ranking, for reference.
 */
public final class SparkBench {

    private SparkBench() {
    }

    /** The storefront's co-purchase learner without the serving step after the save. */
    static final class SaveOnly extends CoPurchaseModelLearner {
        SaveOnly() {
            super(new ModelHolder<CoPurchaseModel>(CoPurchaseModelLearner.empty("default", 50)), "default", 50);
        }

        @Override
        public void publish(long generation) {
            // only the saved generation is compared
        }
    }

    static byte[] single(Path file, ExportFormat format, boolean serve) {
        MemorySnapshotStore store = new MemorySnapshotStore();
        StringBuilder failures = new StringBuilder();
        FailureSink sink = (kind, context, cause) -> failures.append(context).append(": ").append(cause);
        CoPurchaseModelLearner copurchase = serve
                ? new CoPurchaseModelLearner(new ModelHolder<>(CoPurchaseModelLearner.empty("default", 50)), "default", 50)
                : new SaveOnly();
        new LearningService(new ExportHistory(file, format), store, null,
                Arrays.asList(copurchase, new TrendingLearner(new ModelHolder<>(TrendingModel.empty()), 7)),
                sink, Rescorers.Clock.SYSTEM, "bench", true, 1000, 2000).rebuildNow();
        if (failures.length() > 0) {
            throw new IllegalStateException(failures.toString());
        }
        return store.latest().getData();
    }

    static byte[] spark(SparkSession spark, Path file, ExportFormat format, int partitions, SparkRebuild.Result[] out) {
        MemorySnapshotStore store = new MemorySnapshotStore();
        out[0] = SparkRebuild.rebuild(spark, SparkRebuild.readExport(spark, file.toString(), format, partitions),
                store, 7, partitions, "bench");
        return store.latest().getData();
    }

    public static void main(String[] args) {
        String master = "local[*]";
        int reps = 3;
        int warmups = 1;
        int partitions = 0;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--master": master = args[++i]; break;
                case "--reps": reps = Integer.parseInt(args[++i]); break;
                case "--warmups": warmups = Integer.parseInt(args[++i]); break;
                case "--partitions": partitions = Integer.parseInt(args[++i]); break;
                default: inputs.add(args[i]);
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("usage: SparkBench [--master local[*]] [--reps N] [--warmups N] [--partitions N] FILE:ids|names ...");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        SparkSession spark = SparkSession.builder().master(master).appName("uplift-spark-bench")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer").config("spark.log.level", "WARN")
                .config("spark.ui.showConsoleProgress", "false")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        int parts = partitions > 0 ? partitions : Math.max(2, spark.sparkContext().defaultParallelism());
        System.out.printf("Spark %s, master %s, %d cores, %d partitions; session start %.1f s (not counted below)%n",
                spark.version(), master, Runtime.getRuntime().availableProcessors(), parts, (System.nanoTime() - t0) / 1e9);
        try {
            for (String input : inputs) {
                int colon = input.lastIndexOf(':');
                Path file = Paths.get(colon > 0 ? input.substring(0, colon) : input);
                ExportFormat format = ExportFormat.of(colon > 0 ? input.substring(colon + 1) : "ids");
                if (!Files.isReadable(file)) {
                    throw new IllegalArgumentException("cannot read " + file);
                }
                double[] singleMs = new double[reps];
                double[] servedMs = new double[reps];
                double[] sparkMs = new double[reps];
                SparkRebuild.Result[] result = new SparkRebuild.Result[1];
                byte[] expected = single(file, format, false);
                for (int w = 0; w < warmups; w++) {
                    if (!Arrays.equals(expected, spark(spark, file, format, parts, result))) {
                        throw new IllegalStateException(file + ": the Spark generation differs from the single-machine one");
                    }
                }
                for (int r = 0; r < reps; r++) {
                    System.gc();
                    long s = System.nanoTime();
                    single(file, format, false);
                    singleMs[r] = (System.nanoTime() - s) / 1e6;
                    System.gc();
                    s = System.nanoTime();
                    single(file, format, true);
                    servedMs[r] = (System.nanoTime() - s) / 1e6;
                    System.gc();
                    s = System.nanoTime();
                    if (!Arrays.equals(expected, spark(spark, file, format, parts, result))) {
                        throw new IllegalStateException(file + ": the Spark generation differs from the single-machine"
                                + " one (run " + (r + 1) + ")");
                    }
                    sparkMs[r] = (System.nanoTime() - s) / 1e6;
                }
                double single = median(singleMs);
                double sparkMedian = median(sparkMs);
                System.out.printf("%s: %,d orders, %,d products, %,d pairs, generation %,d bytes (identical)%n",
                        file.getFileName(), result[0].baskets, result[0].products, result[0].pairs, expected.length);
                System.out.printf("  single machine to the saved generation: median %.0f ms %s%n", single, Arrays.toString(round(singleMs)));
                System.out.printf("  single machine incl. ranking the served rows: median %.0f ms %s%n", median(servedMs), Arrays.toString(round(servedMs)));
                System.out.printf("  Spark %s to the saved generation: median %.0f ms %s%n", master, sparkMedian, Arrays.toString(round(sparkMs)));
                System.out.printf("  ratio Spark / single machine: %.2f%n", sparkMedian / single);
            }
        } finally {
            spark.stop();
        }
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static long[] round(double[] v) {
        long[] r = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = Math.round(v[i]);
        }
        return r;
    }
}
