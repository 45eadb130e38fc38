package io.uplift.spark;

import io.uplift.engine.FailureSink;
import io.uplift.engine.basket.Basket;
import io.uplift.engine.basket.OrderHistory;
import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.copurchase.CoPurchaseModelLearner;
import io.uplift.engine.copurchase.Neighbor;
import io.uplift.engine.eval.BasketFile;
import io.uplift.engine.eval.ItemIndex;
import io.uplift.engine.learn.LearningService;
import io.uplift.engine.learn.ModelHolder;
import io.uplift.engine.learn.SnapshotCodec;
import io.uplift.engine.learn.SnapshotStore;
import io.uplift.engine.rank.Rescorers;
import io.uplift.engine.trending.TrendingLearner;
import io.uplift.engine.trending.TrendingModel;
import org.apache.spark.sql.SparkSession;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

/**
 * The Spark rebuild ({@code local[2]}) against the single-machine rebuild (the engine's {@link LearningService}
 * with the storefront's learners, as {@code bin/uplift rebuild} runs it) on the same orders: the same generation,
 * byte for byte, and the same served lists when a storefront loads it.
 */
public class SparkRebuildTest {

    static final double HALF_LIFE = 7;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static SparkSession spark;

    @BeforeClass
    public static void startSpark() {
        spark = TestSpark.get();
    }

    /** The single-machine rebuild of a history into a store: the storefront's learners, the engine's service. */
    static ModelHolder<CoPurchaseModel> singleMachine(OrderHistory history, SnapshotStore store) {
        ModelHolder<CoPurchaseModel> served = new ModelHolder<>(CoPurchaseModelLearner.empty("default", 50));
        StringBuilder failures = new StringBuilder();
        FailureSink sink = (kind, context, cause) -> failures.append(context).append(": ").append(cause);
        LearningService s = new LearningService(history, store, null,
                Arrays.asList(new CoPurchaseModelLearner(served, "default", 50),
                        new TrendingLearner(new ModelHolder<>(TrendingModel.empty()), HALF_LIFE)),
                sink, Rescorers.Clock.SYSTEM, "single machine", true, 1000, 2000);
        s.rebuildNow();
        assertEquals("", failures.toString());
        return served;
    }

    /** What a storefront node serves after loading the store's newest generation. */
    static CoPurchaseModel loaded(SnapshotStore store) throws Exception {
        ModelHolder<CoPurchaseModel> served = new ModelHolder<>(CoPurchaseModelLearner.empty("default", 50));
        CoPurchaseModelLearner node = new CoPurchaseModelLearner(served, "default", 50);
        Map<String, byte[]> sections = SnapshotCodec.decode(store.latest().getData()).getSections();
        node.read(new DataInputStream(new ByteArrayInputStream(sections.get(CoPurchaseModelLearner.NAME))));
        node.publish(store.latestGeneration());
        return served.get();
    }

    /** Every product's served list (ids, scores, figures) is the same in both models. */
    static void assertSameLists(CoPurchaseModel expected, CoPurchaseModel actual, long[] products) {
        assertEquals(expected.products(), actual.products());
        assertEquals(expected.baskets(), actual.baskets());
        int compared = 0;
        for (long p : products) {
            List<Neighbor> e = expected.forProduct(p, 50);
            List<Neighbor> a = actual.forProduct(p, 50);
            assertEquals("neighbours of " + p, e.size(), a.size());
            for (int i = 0; i < e.size(); i++) {
                assertEquals("neighbour " + i + " of " + p, e.get(i).getProductId(), a.get(i).getProductId());
                assertEquals("score of neighbour " + i + " of " + p, e.get(i).getScore(), a.get(i).getScore(), 0.0);
                assertEquals(e.get(i).getTogether(), a.get(i).getTogether());
                assertEquals(e.get(i).getCount(), a.get(i).getCount());
                compared++;
            }
        }
        assertTrue("compared no neighbour", compared > 0);
    }

    static void assertSameGeneration(SnapshotStore expected, SnapshotStore actual) throws Exception {
        assertEquals(expected.latestGeneration(), actual.latestGeneration());
        SnapshotCodec.Decoded e = SnapshotCodec.decode(expected.latest().getData());
        SnapshotCodec.Decoded a = SnapshotCodec.decode(actual.latest().getData());
        assertEquals(e.getWatermarkMillis(), a.getWatermarkMillis());
        assertArrayEquals(e.getRecentOrderIds(), a.getRecentOrderIds());
        assertEquals(e.getSections().keySet(), a.getSections().keySet());
        for (String section : e.getSections().keySet()) {
            assertArrayEquals("section " + section, e.getSections().get(section), a.getSections().get(section));
        }
        assertArrayEquals("the encoded generation", expected.latest().getData(), actual.latest().getData());
    }

    static Path groceries() {
        String property = System.getProperty("uplift.groceries");
        for (Path p : property != null ? new Path[] {Paths.get(property)}
                : new Path[] {Paths.get("../../shared/data/groceries.csv"), Paths.get("../shared/data/groceries.csv"),
                        Paths.get("/work/shared/data/groceries.csv")}) {
            if (Files.isReadable(p)) {
                return p;
            }
        }
        return null;
    }

    /** Groceries' baskets as the evaluation reads them (BasketFile, ItemIndex): an independent reading of the file. */
    static OrderHistory evaluationReading(Path file) throws Exception {
        List<List<String>> lines = BasketFile.read(file);
        ItemIndex index = ItemIndex.of(lines);
        List<Basket> baskets = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            List<String> tokens = lines.get(n);
            long[] ids = new long[tokens.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = index.id(tokens.get(i)) + 1L;
            }
            if (ids.length > 0) {
                baskets.add(new Basket(n + 1, Basket.ANONYMOUS, 0, ids));
            }
        }
        return new OrderHistory() {
            @Override
            public long forEachSince(long since, BasketVisitor v) {
                baskets.forEach(v::visit);
                return baskets.size();
            }

            @Override
            public long countSince(long since) {
                return baskets.size();
            }
        };
    }

    @Test
    public void groceriesGivesTheSingleMachineGeneration() throws Exception {
        Path file = groceries();
        assumeTrue("groceries.csv not found (set -Duplift.groceries=FILE)", file != null);
        MemorySnapshotStore single = new MemorySnapshotStore();
        CoPurchaseModel served = singleMachine(evaluationReading(file), single).get();

        MemorySnapshotStore distributed = new MemorySnapshotStore();
        SparkRebuild.Result r = SparkRebuild.rebuild(spark,
                SparkRebuild.readExport(spark, file.toString(), ExportFormat.NAMES, 2), distributed, HALF_LIFE, 2,
                "test");
        assertEquals(9835, r.baskets);
        assertEquals(169, r.products);
        assertSameGeneration(single, distributed);
        CoPurchaseModel fromSpark = loaded(distributed);
        long[] products = new long[169];
        for (int i = 0; i < products.length; i++) {
            products[i] = i + 1;
        }
        assertSameLists(served, fromSpark, products);
    }

    /** Mixed separators, repeated products, empty lines, single-product orders, a later generation number. */
    static Path synthetic(Path dir, int orders, int products, long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < orders; k++) {
            if (k % 97 == 5) {
                b.append('\n');
                continue;
            }
            int n = 1 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                // skewed popularity, ids not in popularity order
                int rank = (int) Math.floor(Math.pow(random.nextDouble(), 3) * products);
                b.append(i == 0 ? "" : (i % 3 == 0 ? ", " : " ")).append(5_000_000L + (rank * 7919L) % products);
            }
            b.append(k % 11 == 0 ? " \r\n" : "\n");
        }
        Path file = dir.resolve("orders.dat");
        Files.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    public void syntheticOrdersGiveTheSingleMachineGenerationAndMllibAgrees() throws Exception {
        Path file = synthetic(tmp.getRoot().toPath(), 1500, 150, 7);
        MemorySnapshotStore single = new MemorySnapshotStore();
        MemorySnapshotStore distributed = new MemorySnapshotStore();
        // both stores already hold generations: the rebuild is numbered after the newest
        for (MemorySnapshotStore s : Arrays.asList(single, distributed)) {
            s.save(new SnapshotStore.Snapshot(41, 1, "earlier", new byte[] {1}));
        }
        CoPurchaseModel served = singleMachine(new ExportHistory(file, ExportFormat.IDS), single).get();
        org.apache.spark.api.java.JavaRDD<Order> orders = SparkRebuild.readExport(spark, file.toString(),
                ExportFormat.IDS, 3);
        SparkRebuild.Result r = SparkRebuild.rebuild(spark, orders, distributed, HALF_LIFE, 3, "test");
        assertEquals(42, r.generation);
        assertTrue("pairs: " + r.pairs, r.pairs > 1000);
        assertSameGeneration(single, distributed);
        assertSameLists(served, loaded(distributed), CoPurchaseModelLearnerIds.of(distributed));

        FrequentPairsCheck.Outcome check = FrequentPairsCheck.check(spark, orders, distributed.latest().getData(), 4);
        assertEquals(Arrays.asList(), check.mismatches);
        assertTrue("FP-growth found " + check.pairs + " pairs", check.pairs > 20);
    }

    @Test
    public void aBadLineStopsTheJobQuotingItAndSavesNothing() throws Exception {
        Path file = tmp.newFile("bad.dat").toPath();
        Files.write(file, "1 2 3\n4 x5 6\n7 8\n".getBytes(StandardCharsets.UTF_8));
        MemorySnapshotStore store = new MemorySnapshotStore();
        try {
            SparkRebuild.rebuild(spark, SparkRebuild.readExport(spark, file.toString(), ExportFormat.IDS, 2), store,
                    HALF_LIFE, 2, "test");
            fail("a file with a product that is not a number was accepted");
        } catch (RuntimeException e) {
            String message = SparkRebuildCommand.rootMessage(e);
            assertTrue(message, message.contains("bad.dat:2: 'x5' is not a product id"));
            assertTrue(message, message.contains("\"4 x5 6\""));
        }
        assertEquals(0, store.latestGeneration());
    }
}
