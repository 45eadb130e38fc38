package io.uplift.bench;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.copurchase.CoPurchaseModelLearner;
import io.uplift.engine.copurchase.ease.EaseBlendModel;
import io.uplift.engine.copurchase.ease.EaseBlendSettings;
import io.uplift.engine.learn.ModelHolder;
import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.PairScorer;
import io.uplift.engine.copurchase.store.CoPurchaseLearner;
import io.uplift.engine.copurchase.store.CoPurchaseRebuild;
import io.uplift.engine.copurchase.store.CoPurchaseSettings;
import io.uplift.engine.copurchase.store.CoPurchaseSnapshot;
import io.uplift.engine.copurchase.store.CompactCoPurchaseModel;
import io.uplift.engine.copurchase.store.RebuildProgress;
import smile.association.FPGrowth;
import smile.association.FPTree;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;

/**
 * The co-purchase store's benchmark harness, run by {@code bin/uplift bench}. Prints one line per target:
 * <pre>bench=NAME value=N unit=U target=T [peer=NAME peer_value=N ratio=R]</pre>
 * and comment lines (starting with {@code #}) with context. Every figure is the median of {@code --reps} runs
 * (default 5) after a warm-up, except the growth pause, which is the maximum over all runs. Absolute times depend
 * on the machine and on what else runs on it; the ratio against the peer measured in the same run is the portable
 * figure.
 *
 * <p>Options: {@code --reps N}, {@code --smile-support S} (Smile's minimum support, default 5),
 * {@code --only fimi,synthetic,update,lookup,memory}.
 */
public final class EngineBench {

    /** A benchmark-local scorer (the real ones live in the scorer package): cosine, with one square root. */
    static final PairScorer COSINE = new PairScorer() {
        @Override
        public String name() {
            return "bench-cosine";
        }

        @Override
        public double score(PairFigures f) {
            return f.cosine();
        }
    };

    static final int SYNTHETIC_ORDERS = 1_000_000;
    static final int SYNTHETIC_PRODUCTS = 100_000;
    static final int SYNTHETIC_ITEMS = 4;
    private static final int UPDATE_ITEMS = 10;
    private static final int LIST_LENGTH = 10;
    private static final int CART_ITEMS = 5;

    private final int reps;
    private final int smileSupport;
    private final Set<String> only;
    private final CoPurchaseSettings settings = CoPurchaseSettings.defaults().withThreads(2);
    private final ZipfOrders zipf = new ZipfOrders(SYNTHETIC_PRODUCTS, 1.0);
    private long[] synthetic;
    private CoPurchaseLearner syntheticLearner;
    private long sink;

    private EngineBench(int reps, int smileSupport, Set<String> only) {
        this.reps = reps;
        this.smileSupport = smileSupport;
        this.only = only;
    }

    public static void main(String[] args) {
        int reps = 5;
        int smileSupport = 5;
        Set<String> only = new HashSet<>(List.of("fimi", "synthetic", "update", "lookup", "memory"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--smile-support" -> smileSupport = Integer.parseInt(args[++i]);
                case "--only" -> only = new HashSet<>(List.of(args[++i].split(",")));
                default -> {
                    System.err.println("usage: EngineBench [--reps N] [--smile-support S] "
                            + "[--only fimi,synthetic,update,lookup,memory]");
                    System.exit(2);
                }
            }
        }
        if (reps < 1 || smileSupport < 1) {
            throw new IllegalArgumentException("reps and support must be at least 1: " + reps + ", " + smileSupport);
        }
        EngineBench bench = new EngineBench(reps, smileSupport, only);
        Runtime rt = Runtime.getRuntime();
        info("java %s, %d cpus, max heap %d MB, %d reps (medians), rebuild threads %d, row length %d, scorer %s",
                System.getProperty("java.version"), rt.availableProcessors(), rt.maxMemory() >> 20, reps,
                bench.settings.threads(), bench.settings.rowLength(), COSINE.name());
        bench.run();
    }

    private void run() {
        if (only.contains("fimi")) {
            fimi();
        }
        if (only.contains("synthetic") || only.contains("update") || only.contains("lookup")) {
            long t0 = System.nanoTime();
            synthetic = zipf.generate(1, SYNTHETIC_ORDERS, SYNTHETIC_ITEMS);
            info("synthetic data: %,d orders x %d distinct products, Zipf(1.0) over %,d products, generated in %.0f ms "
                    + "(not timed below)", SYNTHETIC_ORDERS, SYNTHETIC_ITEMS, SYNTHETIC_PRODUCTS, ms(t0));
            syntheticRebuild();
        }
        if (only.contains("update")) {
            update();
        }
        if (only.contains("lookup")) {
            lookup();
            lookupDefault();
        }
        syntheticLearner = null;
        if (only.contains("memory")) {
            memory();
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    // ---------------------------------------------------------------- FIMI retail vs Smile

    private void fimi() {
        long t0 = System.nanoTime();
        CoPurchaseLearner cold = fimiOurs();
        double coldMs = ms(t0);
        long coldPairs = cold.pairs();
        int products = cold.current().products();
        cold = null;
        // warm Smile's code at a cheap support first, so that neither side is measured cold
        fimiSmile(100);
        double[] ours = new double[reps];
        double[] smile = new double[reps];
        long smilePairs = 0;
        for (int r = 0; r < reps; r++) {
            // each timed run starts from a collected heap, so neither side pays for the other's garbage
            usedAfterGc();
            t0 = System.nanoTime();
            CoPurchaseLearner learner = fimiOurs();
            ours[r] = ms(t0);
            sink += learner.current().generation();
            learner = null;
            usedAfterGc();
            t0 = System.nanoTime();
            smilePairs = fimiSmile(smileSupport);
            smile[r] = ms(t0);
        }
        double oursMs = median(ours);
        double smileMs = median(smile);
        String peer = "smile_fpgrowth_minsup" + smileSupport;
        info("fimi retail: %,d products, %,d pairs with support >= 1 and a top-%d row for every product; "
                + "first (cold JVM) run %.0f ms; runs %s ms", products, coldPairs, settings.rowLength(), coldMs,
                list(ours));
        info("smile FPGrowth 3.1.1 (1 thread) mines ALL frequent itemsets of any size with support >= %d "
                + "(%,d of them are pairs) and we count the pairs; runs %s ms. Support 3 took 122 s (20M itemsets) "
                + "in a trial, support 1 is out of reach", smileSupport, smilePairs, list(smile));
        line("fimi_retail_also_bought_wall", oursMs, "ms", 1000, peer, smileMs, oursMs / smileMs);
        line("fimi_retail_ratio_vs_smile", oursMs / smileMs, "ratio", 0.25, peer, smileMs, oursMs / smileMs);
        // the storefront's default lists: the same rebuild ranked by the blend's pairwise score, then the EASE head
        double[] blend = new double[reps];
        double[] fit = new double[reps];
        for (int r = 0; r < reps; r++) {
            usedAfterGc();
            t0 = System.nanoTime();
            CoPurchaseLearner learner = CoPurchaseRebuild.rebuild(FimiRetail.history(FimiRetail.read()),
                    EaseBlendSettings.defaults().rowScorer(), settings, 1, RebuildProgress.NONE);
            long t1 = System.nanoTime();
            EaseBlendModel model = EaseBlendModel.of(learner.current(),
                    EaseBlendModel.fitHead(learner, EaseBlendSettings.defaults()));
            sink += model.products();
            blend[r] = ms(t0);
            fit[r] = ms(t1);
        }
        double blendMs = median(blend);
        info("fimi retail, storefront default (ease+noisy-or: rows by the pairwise tail score, then the EASE fit of the"
                + " 1,000-product head and its merged rows); runs %s ms, of which head %s ms", list(blend), list(fit));
        line("fimi_retail_default_also_bought_wall", blendMs, "ms", 1000, peer, smileMs, blendMs / smileMs);
    }

    /** Everything from the file's bytes to a served row per product: read, parse, count, rank. */
    private CoPurchaseLearner fimiOurs() {
        byte[] data = FimiRetail.read();
        return CoPurchaseRebuild.rebuild(FimiRetail.history(data), COSINE, settings, 1, RebuildProgress.NONE);
    }

    /** Read, parse, build the FP-tree, mine, count the pairs among the itemsets. */
    private static long fimiSmile(int support) {
        int[][] transactions = FimiRetail.transactions(FimiRetail.read());
        FPTree tree = FPTree.of(support, transactions);
        return FPGrowth.apply(tree).filter(set -> set.items.length == 2).count();
    }

    // ---------------------------------------------------------------- 1M synthetic orders

    private void syntheticRebuild() {
        Map<RebuildProgress.Phase, Long> phaseEnd = new EnumMap<>(RebuildProgress.Phase.class);
        RebuildProgress progress = (phase, done, total) -> phaseEnd.put(phase, System.nanoTime());
        long t0 = System.nanoTime();
        syntheticLearner = syntheticOnce(settings, progress);
        info("synthetic rebuild, first (cold JVM) run %.0f ms", ms(t0));
        double[] runs = new double[reps];
        double[] read = new double[reps];
        for (int r = 0; r < reps; r++) {
            syntheticLearner = null;
            usedAfterGc();
            t0 = System.nanoTime();
            syntheticLearner = syntheticOnce(settings, progress);
            runs[r] = ms(t0);
            read[r] = (phaseEnd.get(RebuildProgress.Phase.READ) - t0) / 1e6;
        }
        CompactCoPurchaseModel model = syntheticLearner.current();
        info("synthetic: %,d products, %,d pairs, rows of %d: %,d products have a full row; statistics ~%.0f MB, "
                        + "model ~%.0f MB; runs %s ms, of which reading/indexing the orders %s ms",
                model.products(), syntheticLearner.pairs(), settings.rowLength(),
                model.productsWithNeighbors(settings.rowLength()), syntheticLearner.statisticsMemoryBytes() / 1e6,
                model.memoryBytes() / 1e6, list(runs), list(read));
        line("synthetic_1m_orders_rebuild_wall", median(runs), "ms", 3000);
        snapshot();
    }

    private CoPurchaseLearner syntheticOnce(CoPurchaseSettings s, RebuildProgress progress) {
        return CoPurchaseRebuild.rebuild(ZipfOrders.history(synthetic, SYNTHETIC_ITEMS), COSINE, s, 1, progress);
    }

    /** Context only: the size and speed of a snapshot of the synthetic statistics. */
    private void snapshot() {
        try {
            double[] write = new double[reps];
            double[] load = new double[reps];
            byte[] bytes = null;
            for (int r = 0; r < reps; r++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                long t0 = System.nanoTime();
                syntheticLearner.writeSnapshot(out);
                write[r] = ms(t0);
                bytes = out.toByteArray();
                t0 = System.nanoTime();
                CoPurchaseLearner loaded = CoPurchaseSnapshot.read(new ByteArrayInputStream(bytes))
                        .learner(COSINE, settings, RebuildProgress.NONE);
                load[r] = ms(t0);
                sink += loaded.current().products();
            }
            info("snapshot of the synthetic statistics: %.1f MB; write (to memory) median %.0f ms; "
                    + "read + verify + rank all rows median %.0f ms", bytes.length / 1e6, median(write), median(load));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- incremental updates

    private void update() {
        CoPurchaseLearner learner = syntheticLearner;
        SplittableRandom random = new SplittableRandom(99);
        long[] orderId = {SYNTHETIC_ORDERS};
        List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int perRep = 100_000;
        int publishEvery = 1_000;
        applyOrders(learner, random, orderId, 20_000, publishEvery, gcs, threads, null);
        double[] p99 = new double[reps];
        double[] p99Cpu = new double[reps];
        double[] p50 = new double[reps];
        double[] publish = new double[reps];
        Pauses pauses = new Pauses();
        for (int r = 0; r < reps; r++) {
            long[] latency = new long[perRep];
            long[] cpu = new long[perRep];
            double[] publishMs = applyOrders(learner, random, orderId, perRep, publishEvery, gcs, threads,
                    new Recorder(latency, cpu, pauses));
            Arrays.sort(latency);
            Arrays.sort(cpu);
            p99Cpu[r] = percentile(cpu, 0.99) / 1e3;
            p99[r] = percentile(latency, 0.99) / 1e3;
            p50[r] = percentile(latency, 0.50) / 1e3;
            publish[r] = median(publishMs);
        }
        info("update: %d-product Zipf orders applied to the 1M-order statistics (%,d per run), wall clock: p50 %s us, "
                        + "p99 %s us (thread CPU time p99 %s us); publish (rows of ~%d orders + due refreshes, new "
                        + "generation) median %s ms per run",
                UPDATE_ITEMS, perRep, list(p50), list(p99), list(p99Cpu), publishEvery, list(publish));
        info("update: %,d of %,d orders grew a structure; the slowest of them took %.3f ms of thread CPU time "
                        + "(%.3f ms wall clock, which includes preemption by other processes on this shared "
                        + "machine); slowest order overall %.3f ms wall; %d orders overlapped a GC (slowest %.3f ms "
                        + "wall, not counted as growth)",
                pauses.growthOrders, (long) perRep * reps, pauses.growthCpuMax / 1e6, pauses.growthMax / 1e6,
                pauses.max / 1e6, pauses.gcOrders, pauses.gcMax / 1e6);
        line("update_10_item_order_p99", median(p99), "us", 50);
        line("update_growth_max_pause", pauses.growthCpuMax / 1e6, "ms", 5);
    }

    /** Per-order latencies and pause attribution of one run. */
    private record Recorder(long[] latency, long[] cpu, Pauses pauses) {
    }

    private static final class Pauses {
        long growthOrders;
        long growthMax;
        long growthCpuMax;
        long gcOrders;
        long gcMax;
        long max;
    }

    /** Applies generated orders one by one (timing each apply alone), publishing every {@code publishEvery}. */
    private double[] applyOrders(CoPurchaseLearner learner, SplittableRandom random, long[] orderId, int count,
            int publishEvery, List<GarbageCollectorMXBean> gcs, ThreadMXBean threads, Recorder recorder) {
        Basket[] orders = new Basket[count];
        for (int i = 0; i < count; i++) {
            orders[i] = new Basket(++orderId[0], Basket.ANONYMOUS, 0, zipf.order(random, UPDATE_ITEMS));
        }
        double[] publishMs = new double[count / publishEvery];
        for (int i = 0; i < count; i++) {
            long growth = learner.growthEvents();
            long collections = recorder == null ? 0 : collections(gcs);
            long cpu0 = recorder == null ? 0 : threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            learner.apply(orders[i]);
            long t = System.nanoTime() - t0;
            if (recorder != null) {
                long cpu = threads.getCurrentThreadCpuTime() - cpu0;
                recorder.latency[i] = t;
                recorder.cpu[i] = cpu;
                Pauses p = recorder.pauses;
                p.max = Math.max(p.max, t);
                if (collections(gcs) != collections) {
                    p.gcOrders++;
                    p.gcMax = Math.max(p.gcMax, t);
                } else if (learner.growthEvents() != growth) {
                    p.growthOrders++;
                    p.growthMax = Math.max(p.growthMax, t);
                    p.growthCpuMax = Math.max(p.growthCpuMax, cpu);
                }
            }
            if ((i + 1) % publishEvery == 0) {
                long p0 = System.nanoTime();
                learner.publish();
                publishMs[i / publishEvery] = ms(p0);
            }
        }
        return publishMs;
    }

    private static long collections(List<GarbageCollectorMXBean> gcs) {
        long n = 0;
        for (GarbageCollectorMXBean gc : gcs) {
            n += gc.getCollectionCount();
        }
        return n;
    }

    // ---------------------------------------------------------------- page-path look-ups

    private void lookup() {
        CoPurchaseModel model = syntheticLearner.current();
        SplittableRandom random = new SplittableRandom(7);
        int perRep = 200_000;
        timeProducts(model, random, perRep);
        timeCarts(model, random, perRep);
        double[] product = new double[reps];
        double[] cart = new double[reps];
        double[] productMean = new double[reps];
        double[] cartMean = new double[reps];
        for (int r = 0; r < reps; r++) {
            long[] latency = timeProducts(model, random, perRep);
            productMean[r] = mean(latency) / 1e3;
            Arrays.sort(latency);
            product[r] = percentile(latency, 0.99) / 1e3;
            latency = timeCarts(model, random, perRep);
            cartMean[r] = mean(latency) / 1e3;
            Arrays.sort(latency);
            cart[r] = percentile(latency, 0.99) / 1e3;
        }
        info("lookup: model of %,d products (rows of %d), %,d Zipf-drawn queries per run, top %d; product p99 %s us "
                        + "(mean %s); cart of %d p99 %s us (mean %s)", model.products(), settings.rowLength(), perRep,
                LIST_LENGTH, list(product), list(productMean), CART_ITEMS, list(cart), list(cartMean));
        line("lookup_product_p99", median(product), "us", 10);
        line("lookup_cart5_p99", median(cart), "us", 25);
    }

    /**
     * The storefront's default model (EASE head of 1,000 products + noisy-OR tail) learned from FIMI retail through
     * the storefront's own learner: look-ups of products and 5-product carts drawn from retail's baskets.
     */
    private void lookupDefault() {
        byte[] data = FimiRetail.read();
        ModelHolder<CoPurchaseModel> holder = new ModelHolder<>(CoPurchaseModelLearner.empty("default", 50));
        CoPurchaseModelLearner learner = new CoPurchaseModelLearner(holder, "default", 50);
        long t0 = System.nanoTime();
        List<long[]> lines = new ArrayList<>();
        FimiRetail.parse(data, (line, products, n) -> {
            long[] basket = Arrays.copyOf(products, n);
            lines.add(basket);
            learner.add(new Basket(line, Basket.ANONYMOUS, 0, basket));
        });
        double learnMs = ms(t0);
        t0 = System.nanoTime();
        learner.publish(1);
        double publishMs = ms(t0);
        CoPurchaseModel model = holder.get();
        SplittableRandom random = new SplittableRandom(11);
        int perRep = 50_000;
        long[] products = new long[perRep];
        long[][] carts = new long[perRep][];
        for (int i = 0; i < perRep; i++) {
            long[] basket = lines.get(random.nextInt(lines.size()));
            products[i] = basket[random.nextInt(basket.length)];
            long[] cart = new long[CART_ITEMS];
            for (int k = 0; k < CART_ITEMS; k++) {
                long[] other = lines.get(random.nextInt(lines.size()));
                cart[k] = k < basket.length ? basket[k] : other[random.nextInt(other.length)];
            }
            carts[i] = cart;
        }
        timeEach(perRep, i -> model.forProduct(products[i], LIST_LENGTH).size());
        timeEach(perRep, i -> model.forCart(carts[i], LIST_LENGTH).size());
        double[] product = new double[reps];
        double[] cart = new double[reps];
        for (int r = 0; r < reps; r++) {
            long[] latency = timeEach(perRep, i -> model.forProduct(products[i], LIST_LENGTH).size());
            Arrays.sort(latency);
            product[r] = percentile(latency, 0.99) / 1e3;
            latency = timeEach(perRep, i -> model.forCart(carts[i], LIST_LENGTH).size());
            Arrays.sort(latency);
            cart[r] = percentile(latency, 0.99) / 1e3;
        }
        info("lookup, storefront default model (%s) from FIMI retail through the storefront's learner: learn %.0f ms,"
                        + " publish (EASE fit of the 1,000-product head + merged rows) %.0f ms; %,d queries per run drawn"
                        + " from retail baskets; product p99 %s us; cart of %d p99 %s us", model.scorerName(), learnMs,
                publishMs, perRep, list(product), CART_ITEMS, list(cart));
        line("lookup_default_product_p99", median(product), "us", 10);
        line("lookup_default_cart5_p99", median(cart), "us", 25);
    }

    private long[] timeProducts(CoPurchaseModel model, SplittableRandom random, int n) {
        long[] queries = new long[n];
        for (int i = 0; i < n; i++) {
            queries[i] = zipf.id(zipf.rank(random));
        }
        return timeEach(n, i -> model.forProduct(queries[i], LIST_LENGTH).size());
    }

    private long[] timeCarts(CoPurchaseModel model, SplittableRandom random, int n) {
        long[][] carts = new long[n][];
        for (int i = 0; i < n; i++) {
            carts[i] = zipf.order(random, CART_ITEMS);
        }
        return timeEach(n, i -> model.forCart(carts[i], LIST_LENGTH).size());
    }

    /** Times each of n calls alone (queries are prepared before, so only the look-up is timed). */
    private long[] timeEach(int n, IntUnaryOperator call) {
        long[] latency = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            sink += call.applyAsInt(i);
            latency[i] = System.nanoTime() - t0;
        }
        return latency;
    }

    // ---------------------------------------------------------------- memory of the served model

    private void memory() {
        if (synthetic == null) {
            synthetic = zipf.generate(1, SYNTHETIC_ORDERS, SYNTHETIC_ITEMS);
        }
        CoPurchaseSettings top20 = settings.withRowLength(20);
        double[] measured = new double[reps];
        long estimate = 0;
        int products = 0;
        int full = 0;
        for (int r = 0; r < reps; r++) {
            Object[] holder = {syntheticOnce(top20, RebuildProgress.NONE)};
            CompactCoPurchaseModel model = ((CoPurchaseLearner) holder[0]).current();
            holder[0] = model;
            estimate = model.memoryBytes();
            products = model.products();
            full = model.productsWithNeighbors(20);
            model = null;
            long with = usedAfterGc();
            holder[0] = null;
            long without = usedAfterGc();
            measured[r] = (with - without) * (100_000.0 / products) / 1e6;
        }
        double worst = (16 + 12 * 20 + 4 + 8 + 4 + 21) * 100_000 / 1e6;
        info("memory: top-20 model of the synthetic orders, %,d products (%,d with 20 neighbours): retained heap "
                        + "(GC-measured) per 100k products %s MB (1 MB = 10^6 bytes); the model's own estimate %.1f "
                        + "MB; worst case with every row full ~%.1f MB", products, full, list(measured),
                estimate * (100_000.0 / products) / 1e6, worst);
        line("memory_top20_per_100k_products", median(measured), "MB", 32);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // ---------------------------------------------------------------- output and statistics

    private static void line(String name, double value, String unit, double target) {
        System.out.println("bench=" + name + " value=" + number(value) + " unit=" + unit + " target=" + number(target));
    }

    private static void line(String name, double value, String unit, double target, String peer, double peerValue,
            double ratio) {
        System.out.println("bench=" + name + " value=" + number(value) + " unit=" + unit + " target=" + number(target)
                + " peer=" + peer + " peer_value=" + number(peerValue) + " ratio=" + number(ratio));
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : Math.abs(v) >= 1 ? "%.2f" : "%.4f", v);
    }

    private static void info(String format, Object... args) {
        System.out.println("# " + String.format(Locale.ROOT, format, args));
    }

    private static String list(double[] values) {
        StringBuilder s = new StringBuilder("[");
        for (double v : values) {
            s.append(s.length() == 1 ? "" : " ").append(number(v));
        }
        return s.append(']').toString();
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double mean(long[] values) {
        double sum = 0;
        for (long v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
