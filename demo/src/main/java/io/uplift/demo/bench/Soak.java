package io.uplift.demo.bench;

import io.uplift.broadleaf.learn.JdbcOrderHistory;
import io.uplift.demo.CommandOptions;
import io.uplift.demo.DemoDatabase;
import io.uplift.demo.DemoStore;
import io.uplift.demo.DemoWebapp;
import io.uplift.demo.sim.SimulatorSettings;
import io.uplift.demo.sim.TrafficSimulator;
import io.uplift.engine.FailureSink;
import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.copurchase.CoPurchaseModelLearner;
import io.uplift.engine.copurchase.PairFigures;
import io.uplift.engine.copurchase.ease.EaseBlendSettings;
import io.uplift.engine.copurchase.store.CoPurchaseLearner;
import io.uplift.engine.copurchase.store.CoPurchaseSettings;
import io.uplift.engine.copurchase.store.CoPurchaseSnapshot;
import io.uplift.engine.copurchase.store.RebuildProgress;
import io.uplift.engine.learn.LearningService;
import io.uplift.engine.learn.ModelHolder;
import io.uplift.engine.learn.SnapshotCodec;
import io.uplift.engine.learn.SnapshotStore;
import io.uplift.engine.rank.Rescorers;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Long-run soak of the demo storefront with the incremental learner on (the site's default: it leads, polls for new
 * orders every 5 s and is nudged by each checkout): the traffic simulator runs continuously for the given time; every
 * few seconds the soak samples the site JVM through JMX (heap after a requested GC, live threads, the connection pool's
 * active and idle connections) and the database (its open sessions, submitted orders, the newest generation of the
 * learned statistics). After the traffic it waits until the site has learned every order, then compares the site's
 * incrementally learned co-purchase statistics (its newest snapshot) with a full rebuild of the same orders, pair by
 * pair (together, weighted together, counts of both products, baskets), and prints a summary with the heap's slope,
 * threads and connections at the start and end, and whether the statistics are equal.
 *
 * <p>Usage: {@code bin/uplift soak [--minutes 20] [--sample-seconds 30] [--concurrency 4] [--seed 7]
 * [--session-minutes N]} ({@code --session-minutes}: the site's HTTP session timeout, default the web.xml's 60). Starts its own
 * demo store (site only, fresh database under {@code demo/target/soak-data}, site JVM with JMX on a loopback port
 * without authentication, for the soak's own use only) and stops it at the end. Bounded: at most
 * {@value #MAX_MINUTES} minutes of traffic, plus at most two minutes of waiting for the learner. Exit status 0 when
 * the statistics are equal, no request failed and no connection is left active once the traffic is over; 1
 * otherwise; 2 for bad arguments.</p>
 */
public final class Soak {

    public static final int MAX_MINUTES = 180;
    static final ObjectName MEMORY = name("java.lang:type=Memory");
    static final ObjectName THREADS = name("java.lang:type=Threading");
    static final ObjectName POOL = name("io.uplift.demo:type=DataSource,name=webDS");
    static final ObjectName DIAGNOSTICS = name("com.sun.management:type=DiagnosticCommand");

    /** One sample of the site. */
    public static final class Sample {
        public final double minutes;
        public final double heapMiB;
        public final int threads;
        public final int poolActive;
        public final int poolIdle;
        public final int dbSessions;
        public final long orders;
        public final long generation;

        Sample(double minutes, double heapMiB, int threads, int poolActive, int poolIdle, int dbSessions, long orders,
                long generation) {
            this.minutes = minutes;
            this.heapMiB = heapMiB;
            this.threads = threads;
            this.poolActive = poolActive;
            this.poolIdle = poolIdle;
            this.dbSessions = dbSessions;
            this.orders = orders;
            this.generation = generation;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "t=%5.1f min heap %6.1f MiB threads %3d pool active %2d idle %2d db sessions"
                    + " %2d orders %6d generation %4d", minutes, heapMiB, threads, poolActive, poolIdle, dbSessions, orders,
                    generation);
        }
    }

    /** What a soak found. */
    public static final class Result {
        public Sample before;
        public final List<Sample> during = new ArrayList<Sample>();
        public Sample after;
        public long shoppers;
        public long pages;
        public long orders;
        public long emptyCarts;
        public long simulatorErrors;
        public final List<String> errorSamples = new ArrayList<String>();
        public boolean statsEqual;
        public String statsDetail = "";
        public String grown = "";
        public String watched = "";
        public final List<String> samplingFailures = new ArrayList<String>();

        /** Least-squares slope of heap after GC in MiB per minute over the samples under traffic from {@code from}. */
        public double heapSlope(double from) {
            List<Sample> s = new ArrayList<Sample>();
            for (Sample x : during) {
                if (x.minutes >= from) {
                    s.add(x);
                }
            }
            if (s.size() < 2) {
                return Double.NaN;
            }
            double mx = 0;
            double my = 0;
            for (Sample x : s) {
                mx += x.minutes;
                my += x.heapMiB;
            }
            mx /= s.size();
            my /= s.size();
            double num = 0;
            double den = 0;
            for (Sample x : s) {
                num += (x.minutes - mx) * (x.heapMiB - my);
                den += (x.minutes - mx) * (x.minutes - mx);
            }
            return den == 0 ? Double.NaN : num / den;
        }

        public boolean passed() {
            return statsEqual && simulatorErrors == 0 && after != null && after.poolActive == 0;
        }
    }

    private final URI site;
    private final DemoDatabase database;
    private final MBeanServerConnection jmx;
    private final int seconds;
    private final int sampleSeconds;
    private final int concurrency;
    private final long seed;

    /**
     * @param jmx the site JVM's MBean server (remote, or this JVM's platform server when the site runs in-process);
     *            it must hold the demo's pool MBean ({@code io.uplift.demo:type=DataSource,name=webDS})
     */
    public Soak(URI site, DemoDatabase database, MBeanServerConnection jmx, int seconds, int sampleSeconds,
            int concurrency, long seed) {
        if (seconds < 1 || seconds > MAX_MINUTES * 60) {
            throw new IllegalArgumentException("the soak runs from 1 s to " + MAX_MINUTES + " minutes: " + seconds + " s");
        }
        if (sampleSeconds < 1 || sampleSeconds > 600) {
            throw new IllegalArgumentException("--sample-seconds must be from 1 to 600: " + sampleSeconds);
        }
        if (!LoadTest.loopbackJdbc(database.getUrl())) {
            throw new IllegalArgumentException("the soak's database must be on the loopback interface: '"
                    + database.getUrl() + "'");
        }
        // checked here as the simulator checks it: loopback only, 1..16 at a time
        new SimulatorSettings(site, 1, 1, concurrency, 0, 0, 0, seed);
        this.site = site;
        this.database = database;
        this.jmx = jmx;
        this.seconds = seconds;
        this.sampleSeconds = sampleSeconds;
        this.concurrency = concurrency;
        this.seed = seed;
    }

    /** The command's options, checked ({@link #parse}). */
    static final class Options {
        int minutes;
        int sampleSeconds;
        int concurrency;
        long seed;
        /** The site's HTTP session timeout in minutes; 0 keeps the site's web.xml (60). */
        int sessionMinutes;
    }

    /** The options of {@code args}, or an {@link IllegalArgumentException} that quotes the bad value. */
    static Options parse(String[] args) {
        CommandOptions o = CommandOptions.parse(args, "--minutes", "--sample-seconds", "--concurrency", "--seed",
                "--session-minutes");
        String whole = "a whole number";
        Options opts = new Options();
        opts.minutes = o.value("--minutes", 20, Integer::valueOf, whole);
        opts.sampleSeconds = o.value("--sample-seconds", 30, Integer::valueOf, whole);
        opts.concurrency = o.value("--concurrency", 4, Integer::valueOf, whole);
        opts.seed = o.value("--seed", 7L, Long::valueOf, whole);
        opts.sessionMinutes = o.value("--session-minutes", 0, Integer::valueOf, whole);
        if (opts.minutes < 1 || opts.minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("--minutes must be from 1 to " + MAX_MINUTES + ": " + opts.minutes);
        }
        if (opts.sampleSeconds < 1 || opts.sampleSeconds > 600) {
            throw new IllegalArgumentException("--sample-seconds must be from 1 to 600: " + opts.sampleSeconds);
        }
        if (opts.sessionMinutes < 0 || opts.sessionMinutes > 600) {
            throw new IllegalArgumentException("--session-minutes must be 0 (the site's web.xml, 60 minutes) or from 1"
                    + " to 600: " + opts.sessionMinutes);
        }
        new SimulatorSettings(URI.create("http://127.0.0.1:1"), 1, 1, opts.concurrency, 0, 0, 0, opts.seed);
        return opts;
    }

    public static void main(String[] args) throws Exception {
        Options opts;
        try {
            opts = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("soak: " + e.getMessage());
            System.exit(2);
            return;
        }
        int minutes = opts.minutes;
        int sampleSeconds = opts.sampleSeconds;
        int concurrency = opts.concurrency;
        long seed = opts.seed;
        int sessionMinutes = opts.sessionMinutes;
        File data = new File("demo/target/soak-data").getAbsoluteFile();
        PageBench.deleteTree(data.toPath());
        int jmxPort = BootTimes.freePort();
        List<String> jvm = new ArrayList<String>(Arrays.asList("-Dcom.sun.management.jmxremote.port=" + jmxPort,
                "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort, "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                "-Djava.rmi.server.hostname=127.0.0.1", "-Dcom.sun.management.jmxremote.authenticate=false",
                "-Dcom.sun.management.jmxremote.ssl=false", "-Dcom.sun.management.jmxremote.local.only=true"));
        if (sessionMinutes > 0) {
            // shorter than the shop's 60 minutes, so that one soak sees sessions expire (README, "Soak")
            jvm.add("-D" + DemoWebapp.SESSION_MINUTES + "=" + sessionMinutes);
        }
        Result result;
        try (DemoStore store = new DemoStore(data, BootTimes.freePort(), BootTimes.freePort(), BootTimes.freePort(), false)
                .siteJvmArgs(jvm)) {
            store.start();
            watchdog(store, minutes + GRACE_MINUTES);
            JMXServiceURL url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi");
            try (JMXConnector connector = JMXConnectorFactory.connect(url)) {
                Soak soak = new Soak(URI.create("http://127.0.0.1:" + store.getSitePort()),
                        store.getDatabase(), connector.getMBeanServerConnection(), minutes * 60,
                        sampleSeconds, concurrency, seed);
                result = soak.run(System.out);
            }
        }
        System.exit(result.passed() ? 0 : 1);
    }

    /** What the command allows beyond the traffic: the learner's wait, the comparison, the histograms, the stop. */
    static final int GRACE_MINUTES = 15;

    /**
     * Bounds the command in time even when the store stops answering (a sample, a request or the final comparison
     * would otherwise wait on it for good): past the limit it says so, stops the store and exits with status 3.
     */
    private static void watchdog(final DemoStore store, final int limitMinutes) {
        Thread t = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    Thread.sleep(TimeUnit.MINUTES.toMillis(limitMinutes));
                } catch (InterruptedException e) {
                    return;
                }
                System.out.println("soak: FAILED: not finished after " + limitMinutes + " minutes; the site or its"
                        + " database stopped answering (a thread dump of the site's JVM shows where it waits);"
                        + " stopping the store");
                System.out.flush();
                try {
                    store.close();
                } finally {
                    Runtime.getRuntime().halt(3);
                }
            }
        }, "uplift-soak-watchdog");
        t.setDaemon(true);
        t.start();
    }

    /** Runs the soak, printing samples and the summary to {@code out}; returns what it found. */
    public Result run(java.io.PrintStream out) throws Exception {
        final Result result = new Result();
        final long start = System.nanoTime();
        out.printf(Locale.ROOT, "soak: %d s of simulated shoppers (%d at a time) on %s, a sample every %d s%n", seconds,
                concurrency, site, sampleSeconds);
        Map<String, long[]> histogramBefore = classHistogram(result);
        result.before = sample(0, result);
        out.println("soak: before traffic " + result.before);
        Thread sampler = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.sleep(TimeUnit.SECONDS.toMillis(sampleSeconds));
                        Sample s = sample(minutesSince(start), result);
                        if (s != null) {
                            synchronized (result) {
                                result.during.add(s);
                            }
                            out.println("soak: " + s);
                        }
                    }
                } catch (InterruptedException e) {
                    // the traffic is over
                }
            }
        }, "uplift-soak-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        try {
            for (int batch = 0; ; batch++) {
                long remaining = TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime());
                if (remaining < 1) {
                    break;
                }
                // batches of at most 5 minutes, each with its own seed (so its own shoppers' e-mail addresses)
                SimulatorSettings settings = new SimulatorSettings(site, SimulatorSettings.MAX_SHOPPERS,
                        (int) Math.min(remaining, 300), concurrency, 0.3, 0.5, 0.6, seed * 1000 + batch);
                TrafficSimulator.Report r = new TrafficSimulator(settings).run();
                result.shoppers += r.shoppers.get();
                result.pages += r.pages.get();
                result.orders += r.orders.get();
                result.emptyCarts += r.emptyCarts.get();
                result.simulatorErrors += r.errors.get();
                for (String e : r.errorSamples) {
                    if (result.errorSamples.size() < 10) {
                        result.errorSamples.add(e);
                    }
                }
            }
        } finally {
            sampler.interrupt();
            sampler.join(TimeUnit.SECONDS.toMillis(60));
        }
        out.printf(Locale.ROOT, "soak: traffic over after %.1f min: %d shoppers, %d pages, %d orders, %d carts empty at"
                + " checkout (adds refused), %d errors%s%n", minutesSince(start), result.shoppers, result.pages,
                result.orders, result.emptyCarts, result.simulatorErrors,
                result.errorSamples.isEmpty() ? "" : " " + result.errorSamples);
        compare(result, out);
        // a connection may be in use for a moment (the learner's 5 s poll, the event writer): look a few times
        for (int i = 0; i < 10; i++) {
            result.after = sample(minutesSince(start), result);
            if (result.after != null && result.after.poolActive == 0) {
                break;
            }
            Thread.sleep(1000);
        }
        out.println("soak: after traffic  " + result.after);
        Map<String, long[]> histogramAfter = classHistogram(result);
        result.grown = grown(histogramBefore, histogramAfter, 8);
        result.watched = watched(histogramBefore, histogramAfter);
        summary(result, out);
        return result;
    }

    /**
     * Waits (at most two minutes) until the site's newest snapshot holds as many baskets as a full rebuild of the
     * orders in the database, then compares both pair by pair.
     */
    private void compare(Result result, java.io.PrintStream out) throws Exception {
        CoPurchaseLearner rebuilt = rebuild();
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        CoPurchaseLearner learned = null;
        long generation = 0;
        while (System.nanoTime() < until) {
            SnapshotStore.Snapshot latest = latestSnapshot();
            if (latest != null) {
                learned = copurchase(latest.getData());
                generation = latest.getGeneration();
                if (learned.baskets() == rebuilt.baskets()) {
                    break;
                }
            }
            Thread.sleep(1000);
        }
        if (learned == null) {
            result.statsDetail = "the site published no generation";
            return;
        }
        TreeSet<Long> products = new TreeSet<Long>();
        for (long p : learned.productIds()) {
            products.add(p);
        }
        for (long p : rebuilt.productIds()) {
            products.add(p);
        }
        PairFigures a = new PairFigures();
        PairFigures b = new PairFigures();
        long compared = 0;
        long together = 0;
        long mismatches = 0;
        String first = null;
        for (long x : products) {
            for (long y : products) {
                if (x == y) {
                    continue;
                }
                compared++;
                boolean inA = learned.figures(x, y, a.set(0, 0, 0, 0, 0));
                boolean inB = rebuilt.figures(x, y, b.set(0, 0, 0, 0, 0));
                if (inB && b.together > 0) {
                    together++;
                }
                if (inA != inB || a.together != b.together || a.weightedTogether != b.weightedTogether
                        || a.countA != b.countA || a.countB != b.countB || a.baskets != b.baskets) {
                    mismatches++;
                    if (first == null) {
                        first = String.format(Locale.ROOT, "(%d,%d): incremental together %d weighted %s counts %d/%d"
                                + " baskets %d, rebuild %d %s %d/%d %d", x, y, a.together, a.weightedTogether, a.countA,
                                a.countB, a.baskets, b.together, b.weightedTogether, b.countA, b.countB, b.baskets);
                    }
                }
            }
        }
        result.statsEqual = mismatches == 0 && learned.baskets() == rebuilt.baskets()
                && learned.pairs() == rebuilt.pairs();
        result.statsDetail = String.format(Locale.ROOT, "incremental generation %d: %d baskets, %d products, %d pairs;"
                + " full rebuild: %d baskets, %d products, %d pairs; %d ordered pairs compared (%d bought together),"
                + " %d differ%s", generation, learned.baskets(), learned.productIds().length, learned.pairs(),
                rebuilt.baskets(), rebuilt.productIds().length, rebuilt.pairs(), compared, together, mismatches,
                first == null ? "" : ", first " + first);
    }

    /** A full rebuild of every order in the database, the way the learning path does it, kept in memory. */
    private CoPurchaseLearner rebuild() throws IOException {
        final SnapshotStore.Snapshot[] saved = new SnapshotStore.Snapshot[1];
        SnapshotStore memory = new SnapshotStore() {
            @Override
            public long latestGeneration() {
                return saved[0] == null ? 0 : saved[0].getGeneration();
            }

            @Override
            public Snapshot latest() {
                return saved[0];
            }

            @Override
            public boolean save(Snapshot snapshot) {
                saved[0] = snapshot;
                return true;
            }

            @Override
            public void prune(int keep) {
                // one snapshot only
            }
        };
        final List<String> failures = new ArrayList<String>();
        FailureSink sink = new FailureSink() {
            @Override
            public void record(String kind, String context, Throwable cause) {
                failures.add(context + ": " + cause);
            }
        };
        DriverManagerDataSource db = new DriverManagerDataSource(database.getUrl(), database.getUser(),
                database.getPassword());
        LearningService learning = new LearningService(new JdbcOrderHistory(db), memory, null,
                Collections.singletonList(new CoPurchaseModelLearner(new ModelHolder<CoPurchaseModel>(
                        CoPurchaseModelLearner.empty("default", 50)), "default", 50)),
                sink, Rescorers.Clock.SYSTEM, "bin/uplift soak", true, 1000, 2000);
        learning.rebuildNow();
        if (!failures.isEmpty() || saved[0] == null) {
            throw new IllegalStateException("the full rebuild failed: " + failures);
        }
        return copurchase(saved[0].getData());
    }

    /** The co-purchase statistics of a stored generation. */
    static CoPurchaseLearner copurchase(byte[] snapshot) throws IOException {
        byte[] section = SnapshotCodec.decode(snapshot).getSections().get(CoPurchaseModelLearner.NAME);
        if (section == null) {
            throw new IOException("the snapshot has no co-purchase section");
        }
        return CoPurchaseSnapshot.read(new ByteArrayInputStream(section)).learner(
                EaseBlendSettings.defaults().withRowLength(50).rowScorer(), CoPurchaseSettings.defaults().withRowLength(50),
                RebuildProgress.NONE);
    }

    /** The database's open sessions (this one included), in its own catalog's terms. */
    private String sessionsQuery() {
        switch (database.getKind()) {
            case POSTGRES:
                return "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()";
            case MARIADB:
                return "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE()";
            default:
                return "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SYSTEM_SESSIONS";
        }
    }

    private SnapshotStore.Snapshot latestSnapshot() throws SQLException {
        try (Connection c = database.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT GENERATION, CREATED_MILLIS, CREATED_BY, DATA FROM UPLIFT_SNAPSHOT"
                     + " ORDER BY GENERATION DESC LIMIT 1")) {
            return rs.next() ? new SnapshotStore.Snapshot(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBytes(4))
                    : null;
        }
    }

    /** A sample of the site; null (and the reason recorded) when the site could not be reached. */
    Sample sample(double minutes, Result result) {
        try {
            jmx.invoke(MEMORY, "gc", null, null);
            CompositeData heap = (CompositeData) jmx.getAttribute(MEMORY, "HeapMemoryUsage");
            double heapMiB = ((Long) heap.get("used")) / (1024.0 * 1024.0);
            int threads = (Integer) jmx.getAttribute(THREADS, "ThreadCount");
            int active = (Integer) jmx.getAttribute(POOL, "NumActive");
            int idle = (Integer) jmx.getAttribute(POOL, "NumIdle");
            try (Connection c = database.connect()) {
                return new Sample(minutes, heapMiB, threads, active, idle, (int) count(c, sessionsQuery()) - 1,
                        count(c, "SELECT COUNT(*) FROM BLC_ORDER WHERE ORDER_STATUS = 'SUBMITTED'"),
                        count(c, "SELECT COALESCE(MAX(GENERATION), 0) FROM UPLIFT_SNAPSHOT"));
            }
        } catch (Exception e) {
            synchronized (result) {
                if (result.samplingFailures.size() < 10) {
                    result.samplingFailures.add(String.format(Locale.ROOT, "t=%.1f: %s", minutes, e));
                }
            }
            return null;
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setQueryTimeout(30); // a sample that cannot be taken is reported as a sampling failure
            return first(st);
        }
    }

    private static long first(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The site's live objects per class (bytes, instances), after a full GC; empty when not available. */
    private Map<String, long[]> classHistogram(Result result) {
        Map<String, long[]> out = new HashMap<String, long[]>();
        try {
            String text = (String) jmx.invoke(DIAGNOSTICS, "gcClassHistogram", new Object[] {new String[0]},
                    new String[] {String[].class.getName()});
            for (String line : text.split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 4 && f[0].endsWith(":")) {
                    out.put(f[3], new long[] {Long.parseLong(f[2]), Long.parseLong(f[1])});
                }
            }
        } catch (Exception e) {
            synchronized (result) {
                result.samplingFailures.add("class histogram: " + e);
            }
        }
        return out;
    }

    /** The classes whose live bytes grew most from {@code before} to {@code after}. */
    static String grown(Map<String, long[]> before, Map<String, long[]> after, int n) {
        List<Map.Entry<String, long[]>> entries = new ArrayList<Map.Entry<String, long[]>>(after.entrySet());
        final Map<String, long[]> b = before;
        Collections.sort(entries, (x, y) -> Long.compare(growth(b, y), growth(b, x)));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(n, entries.size()); i++) {
            Map.Entry<String, long[]> e = entries.get(i);
            long[] was = before.get(e.getKey());
            s.append(s.length() == 0 ? "" : ", ").append(e.getKey()).append(String.format(Locale.ROOT, " %+.1f MiB (%+d)",
                    growth(b, e) / (1024.0 * 1024.0), e.getValue()[1] - (was == null ? 0 : was[1])));
        }
        return s.toString();
    }

    /**
     * Live instances before and after of what a shop's JVM keeps on purpose for a while (HTTP sessions: 60 minutes
     * in the demo's web.xml; Broadleaf's second-level cache elements: orders and customers for 10 minutes, up to
     * 100,000 each), and the plugin's own objects ({@code io.uplift.*}, shallow size).
     */
    static String watched(Map<String, long[]> before, Map<String, long[]> after) {
        long[] pluginBefore = new long[2];
        long[] pluginAfter = new long[2];
        Map<String, long[]> pluginGrowth = new HashMap<String, long[]>();
        for (int side = 0; side < 2; side++) {
            for (Map.Entry<String, long[]> e : (side == 0 ? before : after).entrySet()) {
                if (e.getKey().startsWith("io.uplift.")) {
                    long[] sum = side == 0 ? pluginBefore : pluginAfter;
                    sum[0] += e.getValue()[0];
                    sum[1] += e.getValue()[1];
                    if (side == 1) {
                        pluginGrowth.put(e.getKey(), e.getValue());
                    }
                }
            }
        }
        String pluginTop = grown(before, pluginGrowth, 3);
        return String.format(Locale.ROOT, "HTTP sessions %d -> %d, ehcache elements %d -> %d, plugin objects (io.uplift.*)"
                + " %d -> %d (%.2f -> %.2f MiB shallow%s)", instances(before, "org.eclipse.jetty.server.session.Session"),
                instances(after, "org.eclipse.jetty.server.session.Session"), instances(before, "net.sf.ehcache.Element"),
                instances(after, "net.sf.ehcache.Element"), pluginBefore[1], pluginAfter[1],
                pluginBefore[0] / (1024.0 * 1024.0), pluginAfter[0] / (1024.0 * 1024.0),
                pluginTop.isEmpty() ? "" : "; most: " + pluginTop);
    }

    private static long instances(Map<String, long[]> histogram, String className) {
        long[] v = histogram.get(className);
        return v == null ? 0 : v[1];
    }

    private static long growth(Map<String, long[]> before, Map.Entry<String, long[]> e) {
        long[] was = before.get(e.getKey());
        return e.getValue()[0] - (was == null ? 0 : was[0]);
    }

    private static void summary(Result r, java.io.PrintStream out) {
        List<Sample> d = r.during;
        out.println();
        out.printf(Locale.ROOT, "soak summary: %d shoppers, %d pages, %d orders, %d errors%n", r.shoppers, r.pages,
                r.orders, r.simulatorErrors);
        if (r.after == null) {
            out.println("the site could not be sampled after the traffic");
        }
        if (!d.isEmpty()) {
            Sample first = d.get(0);
            Sample last = d.get(d.size() - 1);
            double span = last.minutes;
            double minHeap = Double.MAX_VALUE;
            double maxHeap = 0;
            int minThreads = Integer.MAX_VALUE;
            int maxThreads = 0;
            int maxActive = 0;
            for (Sample s : d) {
                minHeap = Math.min(minHeap, s.heapMiB);
                maxHeap = Math.max(maxHeap, s.heapMiB);
                minThreads = Math.min(minThreads, s.threads);
                maxThreads = Math.max(maxThreads, s.threads);
                maxActive = Math.max(maxActive, s.poolActive);
            }
            out.printf(Locale.ROOT, "heap after GC: before traffic %.1f MiB; under traffic first %.1f, last %.1f (min %.1f,"
                    + " max %.1f); slope %.2f MiB/min over the run, %.2f MiB/min over its second half; after traffic"
                    + " %.1f MiB%n", r.before.heapMiB, first.heapMiB, last.heapMiB, minHeap, maxHeap, r.heapSlope(0),
                    r.heapSlope(span / 2), r.after == null ? Double.NaN : r.after.heapMiB);
            out.printf(Locale.ROOT, "threads: before traffic %d; under traffic first %d, last %d (min %d, max %d);"
                    + " after traffic %d%n", r.before.threads, first.threads, last.threads, minThreads, maxThreads,
                    r.after == null ? -1 : r.after.threads);
            out.printf(Locale.ROOT, "connections: pool active/idle before traffic %d/%d; under traffic first %d/%d, last"
                    + " %d/%d (max active %d); after traffic %d/%d; database sessions before %d, last under traffic %d,"
                    + " after %d%n", r.before.poolActive, r.before.poolIdle, first.poolActive, first.poolIdle,
                    last.poolActive, last.poolIdle, maxActive, r.after == null ? -1 : r.after.poolActive,
                    r.after == null ? -1 : r.after.poolIdle, r.before.dbSessions, last.dbSessions,
                    r.after == null ? -1 : r.after.dbSessions);
            out.printf(Locale.ROOT, "learner: generation %d before traffic, %d after (%d incremental generations);"
                    + " submitted orders %d -> %d%n", r.before.generation, r.after == null ? -1 : r.after.generation,
                    r.after == null ? -1 : r.after.generation - r.before.generation, r.before.orders,
                    r.after == null ? -1 : r.after.orders);
        }
        out.println("grew most (live bytes, class histogram before -> after traffic): " + r.grown);
        out.println("kept on purpose or by the plugin (live instances before -> after traffic): " + r.watched);
        if (!r.samplingFailures.isEmpty()) {
            out.println("sampling failures: " + r.samplingFailures);
        }
        out.println("statistics equal to a full rebuild: " + (r.statsEqual ? "yes" : "NO") + " (" + r.statsDetail + ")");
    }

    private static double minutesSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 60e9;
    }

    private static ObjectName name(String name) {
        try {
            return new ObjectName(name);
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }
}
