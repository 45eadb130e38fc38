package io.uplift.spark;

import io.uplift.broadleaf.learn.JdbcOrderHistory;
import io.uplift.engine.FailureSink;
import io.uplift.engine.basket.OrderHistory;
import io.uplift.engine.copurchase.store.CoPurchaseSnapshot;
import io.uplift.engine.learn.LearningService;
import io.uplift.engine.learn.LearningStatus;
import io.uplift.engine.learn.ModelHolder;
import io.uplift.engine.learn.SnapshotStore;
import io.uplift.engine.rank.Rescorers;
import io.uplift.engine.trending.TrendingLearner;
import io.uplift.engine.trending.TrendingModel;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2LongMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.objects.ObjectIterator;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The full rebuild of the learned models as a Spark job, writing the generation the storefront loads: the same
 * bytes as the single-machine rebuild ({@code bin/uplift rebuild}, the admin's button) over the same orders.
 *
 * <h2>What is distributed and what is not</h2>
 * A generation holds the co-purchase statistics (per product: baskets containing it and partners; per pair
 * bought together: baskets with both and the sum of 1 / basket size), the trending counts and the envelope
 * (generation, watermark, recent order ids). Served rows (scores, top-N per product) are not persisted: every
 * storefront node ranks them from the statistics when it loads a generation. So the job counts in Spark:
 * <ol>
 *   <li>the orders in history order (submit time, order id), cached;</li>
 *   <li>per product its first appearance (which fixes its dense index, as in the engine) and basket count
 *       ({@code reduceByKey});</li>
 *   <li>per pair of a basket its figures (summed per partition in primitive maps, then {@code reduceByKey},
 *       range-partitioned by the lower dense index and sorted within each partition), and per product its
 *       partners;</li>
 * </ol>
 * and the driver streams the sorted pairs into the engine's own encoder ({@link CoPurchaseSnapshot.Encoder}),
 * holding about 7 bytes per pair, never the statistics (about 54 bytes per pair plus the baskets on a single
 * machine). Then the engine's {@link LearningService} does the rest exactly as on a single machine: it streams the
 * cached orders once through the trending learner, numbers the generation after the store's newest, encodes the
 * envelope, saves it and prunes old generations.
 */
public final class SparkRebuild {

    private SparkRebuild() {
    }

    /** What a rebuild produced. */
    public static final class Result {
        public final long generation;
        public final long baskets;
        public final int products;
        public final long pairs;
        public final int bytes;
        public final long countMillis;
        public final long totalMillis;

        Result(long generation, long baskets, int products, long pairs, int bytes, long countMillis, long totalMillis) {
            this.generation = generation;
            this.baskets = baskets;
            this.products = products;
            this.pairs = pairs;
            this.bytes = bytes;
            this.countMillis = countMillis;
            this.totalMillis = totalMillis;
        }

        @Override
        public String toString() {
            return String.format("generation %d: %,d orders, %,d products, %,d pairs, %,d bytes; counted in %d ms,"
                    + " %d ms in all", generation, baskets, products, pairs, bytes, countMillis, totalMillis);
        }
    }

    // ------------------------------------------------------------------------------------------- sources

    /**
     * The orders of an export file ({@link ExportFormat}), in history order (file order, sequence = line number);
     * a bad line fails the job, quoting it.
     */
    public static JavaRDD<Order> readExport(SparkSession spark, String path, ExportFormat format, int partitions) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaPairRDD<String, Long> lines = sc.textFile(path, partitions).zipWithIndex();
        if (format == ExportFormat.IDS) {
            return lines.flatMap(t -> {
                long n = t._2 + 1;
                long[] ids = ExportFormat.ids(t._1, path, n);
                return ids.length == 0 ? Collections.emptyIterator()
                        : Collections.singletonList(new Order(n, n, 0, 0, ids)).iterator();
            });
        }
        List<Tuple2<String, Integer>> counts = lines
                .flatMapToPair(t -> {
                    List<Tuple2<String, Integer>> out = new ArrayList<>();
                    for (String token : ExportFormat.tokens(t._1, path, t._2 + 1)) {
                        out.add(new Tuple2<>(token, 1));
                    }
                    return out.iterator();
                })
                .reduceByKey(Integer::sum).collect();
        List<Tuple2<String, Integer>> order = new ArrayList<>(counts);
        order.sort((x, y) -> {
            int c = Integer.compare(y._2, x._2);
            return c != 0 ? c : x._1.compareTo(y._1);
        });
        it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap<String> ids =
                new it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            ids.put(order.get(i)._1, i + 1L);
        }
        Broadcast<it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap<String>> names = sc.broadcast(ids);
        return lines.flatMap(t -> {
            long n = t._2 + 1;
            List<String> tokens = ExportFormat.tokens(t._1, path, n);
            if (tokens.isEmpty()) {
                return Collections.emptyIterator();
            }
            long[] products = new long[tokens.size()];
            for (int i = 0; i < products.length; i++) {
                products[i] = names.value().getLong(tokens.get(i));
            }
            return Collections.singletonList(new Order(n, n, 0, 0, products)).iterator();
        });
    }

    /**
     * The submitted orders of a shop's database: the rows of {@link JdbcOrderHistory#SUBMITTED_LINES} read in
     * {@code partitions} ranges of order ids, grouped per order, an order's products by order item (the
     * single-machine rebuild's query and order), sorted into history order (submit time, order id).
     */
    public static JavaRDD<Order> readJdbc(SparkSession spark, String url, String user, String password,
            int partitions) {
        long[] bounds = orderIdBounds(url, user, password);
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("fetchsize", "2000");
        Dataset<Row> rows = spark.read().jdbc(url, "(" + JdbcOrderHistory.SUBMITTED_LINES + ") uplift_lines",
                "ORDER_ID", bounds[0], bounds[1] + 1, Math.max(1, partitions), props);
        return rows.javaRDD()
                .filter(r -> !r.isNullAt(2)) // the single-machine query asks SUBMIT_DATE >= year 1: never null
                .mapToPair(r -> new Tuple2<>(((Number) r.get(0)).longValue(), new long[] {
                        r.isNullAt(1) ? 0 : ((Number) r.get(1)).longValue(), ((Timestamp) r.get(2)).getTime(),
                        ((Number) r.get(4)).longValue(), ((Number) r.get(3)).longValue()}))
                .groupByKey(Math.max(1, partitions))
                .map(t -> {
                    List<long[]> lines = new ArrayList<>();
                    t._2.forEach(lines::add);
                    lines.sort(Comparator.comparingLong(l -> l[2]));
                    long[] products = new long[lines.size()];
                    for (int i = 0; i < products.length; i++) {
                        products[i] = lines.get(i)[3];
                    }
                    return new Order(0, t._1, lines.get(0)[0], lines.get(0)[1], products);
                })
                .keyBy(Order::key).sortByKey(true, Math.max(1, partitions)).values()
                .zipWithIndex().map(t -> t._1.withSequence(t._2));
    }

    private static long[] orderIdBounds(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT MIN(ORDER_ID), MAX(ORDER_ID) FROM BLC_ORDER")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        } catch (SQLException e) {
            throw new IllegalStateException("reading the order id range of " + url + " failed: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------------------- the job

    /**
     * Counts the statistics of {@code orders} (in history order, as {@link #readExport} and {@link #readJdbc} give
     * them) in Spark and saves them with the trending counts as the next
     * generation of {@code store}.
     *
     * @param halfLifeDays the trending half-life the storefront is configured with ({@code uplift.trending...})
     * @param createdBy    recorded with the generation (which node or command made it)
     * @throws IllegalStateException naming the cause when the job or the save fails; nothing is saved then
     */
    public static Result rebuild(SparkSession spark, JavaRDD<Order> orders, SnapshotStore store,
            double halfLifeDays, int partitions, String createdBy) {
        long started = System.nanoTime();
        int parts = Math.max(1, partitions);
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Order> numbered = orders.persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            // products: dense index = order of first appearance (order number, position), and basket counts
            List<Tuple2<Long, long[]>> items = numbered.flatMapToPair(o -> {
                long[] p = o.products;
                List<Tuple2<Long, long[]>> out = new ArrayList<>(p.length);
                for (int i = 0; i < p.length; i++) {
                    out.add(new Tuple2<>(p[i], new long[] {o.sequence << 32 | i, 1}));
                }
                return out.iterator();
            }).reduceByKey((x, y) -> new long[] {Math.min(x[0], y[0]), x[1] + y[1]}, parts).collect();
            List<Tuple2<Long, long[]>> byFirst = new ArrayList<>(items);
            byFirst.sort(Comparator.comparingLong(t -> t._2[0]));
            int products = byFirst.size();
            long[] ids = new long[products];
            int[] counts = new int[products];
            Long2IntOpenHashMap index = new Long2IntOpenHashMap(products);
            index.defaultReturnValue(-1);
            for (int a = 0; a < products; a++) {
                ids[a] = byFirst.get(a)._1;
                counts[a] = Math.toIntExact(byFirst.get(a)._2[1]);
                index.put(ids[a], a);
            }
            long[] totals = numbered.map(o -> new long[] {1, o.orderId})
                    .fold(new long[] {0, Long.MIN_VALUE}, (x, y) -> new long[] {x[0] + y[0], Math.max(x[1], y[1])});
            long baskets = totals[0];
            long watermark = totals[1];
            if (baskets > Integer.MAX_VALUE) {
                throw new IllegalStateException("more orders than the statistics can count: " + baskets);
            }

            // pairs, partitioned by ranges of the lower dense index
            Broadcast<Long2IntOpenHashMap> dense = sc.broadcast(index);
            LowerIndexRanges ranges = new LowerIndexRanges(parts, products);
            JavaPairRDD<Long, PairSums> pairs = numbered
                    .mapPartitionsToPair(in -> partitionPairs(in, dense.value()))
                    .reduceByKey(ranges, PairSums::plus)
                    .mapPartitionsToPair(SparkRebuild::sortPartition, true)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            try {
                // per product: partners (both ends) and partners with a larger index (lower end), packed
                Map<Integer, Long> degrees = pairs.keys().flatMapToPair(k -> Arrays.asList(
                        new Tuple2<>((int) (k >>> 32), 1L << 32 | 1L), new Tuple2<>((int) (long) k, 1L)).iterator())
                        .reduceByKey(Long::sum, parts).collectAsMap();
                long pairCount = 0;
                int[] partners = new int[products];
                int[] above = new int[products];
                for (Map.Entry<Integer, Long> e : degrees.entrySet()) {
                    partners[e.getKey()] = (int) (e.getValue() & 0xffffffffL);
                    above[e.getKey()] = (int) (e.getValue() >>> 32);
                    pairCount += above[e.getKey()];
                }
                CoPurchaseSnapshot.Encoder encoder = new CoPurchaseSnapshot.Encoder(baskets > 0 ? 1 : 0, watermark,
                        (int) baskets, products, pairCount);
                for (int a = 0; a < products; a++) {
                    encoder.product(ids[a], counts[a], partners[a]);
                }
                Iterator<Tuple2<Long, PairSums>> sorted = pairs.toLocalIterator();
                for (int a = 0; a < products; a++) {
                    encoder.pairsOf(a, above[a]);
                    for (int i = 0; i < above[a]; i++) {
                        Tuple2<Long, PairSums> p = sorted.next();
                        if ((int) (p._1 >>> 32) != a) {
                            throw new IllegalStateException("pair " + (p._1 >>> 32) + "-" + (int) (long) p._1
                                    + " arrived while the pairs of product index " + a + " were written");
                        }
                        encoder.pair((int) (long) p._1, p._2.together, p._2.weight);
                    }
                }
                ByteArrayOutputStream section = new ByteArrayOutputStream();
                encoder.finish(section);
                long counted = System.nanoTime();

                long generation = save(numbered, baskets, watermark, section.toByteArray(), store, halfLifeDays,
                        createdBy);
                return new Result(generation, baskets, products, pairCount, store.latest().getData().length,
                        (counted - started) / 1_000_000, (System.nanoTime() - started) / 1_000_000);
            } finally {
                pairs.unpersist(false);
                dense.destroy();
            }
        } catch (ExportFormat.BadLineException e) {
            throw e;
        } catch (Exception e) {
            // Spark reports a task's failure as its own (checked) exception with the task's as the cause
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ExportFormat.BadLineException) {
                    throw (ExportFormat.BadLineException) t;
                }
            }
            throw new IllegalStateException("the Spark rebuild failed (nothing was saved): " + e.getMessage(), e);
        } finally {
            numbered.unpersist(false);
        }
    }

    /**
     * The pairs of one partition's orders, summed in primitive maps before the shuffle (each pair once per
     * partition, no object per occurrence): key = lower dense index << 32 | higher, figures (orders with both,
     * fixed-point weight sum). Memory: about 50 bytes per distinct pair of the partition; more partitions, less each.
     */
    static Iterator<Tuple2<Long, PairSums>> partitionPairs(Iterator<Order> orders, Long2IntOpenHashMap dense) {
        Long2LongOpenHashMap together = new Long2LongOpenHashMap();
        Long2LongOpenHashMap weight = new Long2LongOpenHashMap();
        int[] ix = new int[16];
        while (orders.hasNext()) {
            long[] products = orders.next().products;
            int n = products.length;
            if (n < 2) {
                continue;
            }
            if (ix.length < n) {
                ix = new int[n];
            }
            for (int i = 0; i < n; i++) {
                ix[i] = dense.get(products[i]);
            }
            long w = CoPurchaseSnapshot.basketWeight(n);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    long key = ix[i] < ix[j] ? (long) ix[i] << 32 | ix[j] : (long) ix[j] << 32 | ix[i];
                    together.addTo(key, 1);
                    weight.addTo(key, w);
                }
            }
        }
        ObjectIterator<Long2LongMap.Entry> entries = together.long2LongEntrySet().fastIterator();
        return new Iterator<Tuple2<Long, PairSums>>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public Tuple2<Long, PairSums> next() {
                Long2LongMap.Entry e = entries.next();
                return new Tuple2<>(e.getLongKey(), new PairSums(Math.toIntExact(e.getLongValue()),
                        weight.get(e.getLongKey())));
            }
        };
    }

    private static Iterator<Tuple2<Long, PairSums>> sortPartition(Iterator<Tuple2<Long, PairSums>> in) {
        List<Tuple2<Long, PairSums>> all = new ArrayList<>();
        in.forEachRemaining(all::add);
        all.sort(Comparator.comparingLong(Tuple2::_1));
        return all.iterator();
    }

    /** Partition p holds the pairs whose lower index is in the p-th of equal ranges of the products. */
    static final class LowerIndexRanges extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;
        private final int products;

        LowerIndexRanges(int partitions, int products) {
            this.partitions = partitions;
            this.products = Math.max(1, products);
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            long lower = ((Long) key) >>> 32;
            return (int) (lower * partitions / products);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LowerIndexRanges && ((LowerIndexRanges) o).partitions == partitions
                    && ((LowerIndexRanges) o).products == products;
        }

        @Override
        public int hashCode() {
            return partitions * 31 + products;
        }
    }

    /**
     * The engine's learning service finishes the generation as on a single machine: the cached orders stream once
     * through the driver (trending counts, recent order ids), then it numbers, encodes, saves and prunes.
     */
    private static long save(JavaRDD<Order> sortedOrders, long baskets, long watermark, byte[] section,
            SnapshotStore store, double halfLifeDays, String createdBy) {
        OrderHistory history = new OrderHistory() {
            @Override
            public long forEachSince(long sinceMillis, BasketVisitor visitor) {
                if (sinceMillis != Long.MIN_VALUE) {
                    throw new IllegalStateException("the Spark rebuild reads the whole history only");
                }
                long n = 0;
                Iterator<Order> it = sortedOrders.toLocalIterator();
                while (it.hasNext()) {
                    visitor.visit(it.next().toBasket());
                    n++;
                }
                return n;
            }

            @Override
            public long countSince(long sinceMillis) {
                return baskets;
            }
        };
        StringBuilder failure = new StringBuilder();
        FailureSink failures = (kind, context, cause) -> failure.append(context)
                .append(cause == null ? "" : ": " + cause.getMessage()).append('\n');
        LearningService learning = new LearningService(history, store, null,
                Arrays.asList(new SparkCoPurchaseSection(section, baskets, watermark),
                        new TrendingLearner(new ModelHolder<TrendingModel>(TrendingModel.empty()), halfLifeDays)),
                failures, Rescorers.Clock.SYSTEM, createdBy, true, 1000, 2000);
        learning.rebuildNow();
        LearningStatus s = learning.status();
        if (failure.length() > 0 || s.getLastError() != null) {
            throw new IllegalStateException("saving the generation failed: "
                    + (failure.length() > 0 ? failure.toString().trim() : s.getLastError()));
        }
        return s.getGeneration();
    }
}
