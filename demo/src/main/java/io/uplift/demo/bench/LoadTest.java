package io.uplift.demo.bench;

import io.uplift.demo.CommandOptions;
import io.uplift.demo.DemoStore;
import io.uplift.demo.sim.SimulatorSettings;
import io.uplift.demo.sim.SiteSession;
import io.uplift.demo.sim.TrafficSimulator;
import io.uplift.engine.health.NodeHealth;
import org.HdrHistogram.Histogram;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load test of the demo storefront: concurrent clients, each a shopper with its own session and a non-empty cart,
 * cycle through product pages, the cart page and the checkout page, with every Uplift widget on and with every widget
 * off, in the same run of the same store. Widgets are switched in the plugin's table, as {@link PageBench} does (the
 * site picks the change up within its 2 s settings refresh). Measured phases alternate on/off in the order
 * off, on, on, off, ... (so a linear drift of the machine hits both sides alike), each after a settle time that is
 * not recorded; both sides are warmed up first. Latencies are client-timed on loopback (request sent to body read)
 * and kept in HdrHistograms; closed loop, no think time, so throughput is what the store sustains with that many
 * clients.
 *
 * <p>Usage: {@code bin/uplift load [--clients 50] [--seconds 60] [--warmup 20] [--pages product,cart,checkout]
 * [--products 12] [--phases 2] [--site http://127.0.0.1:PORT --jdbc URL]}: {@code --seconds} is the measured time per
 * side (split into {@code --phases} phases), {@code --warmup} the unrecorded warm-up per side. Without {@code --site}
 * the test starts its own demo store (site only, fresh database under {@code demo/target/load-data}, experiments as
 * drafts so that no session is in a hold-out) and stops it at the end; with {@code --site} it drives a running demo on
 * the loopback interface (anything else is refused) and switches widgets through {@code --jdbc} (default the demo's
 * database), restoring each widget's own setting at the end. Bounded: at most {@value #MAX_CLIENTS} clients and
 * {@value #MAX_SECONDS} s per side and phase kind; requests time out after 30 s.</p>
 *
 * <p>After the table it prints where the CPU went per request on each side ({@link CpuMeter}: the site's request
 * threads, its other threads, the clients, the rest of this JVM), which tells the plugin's own cost from the load
 * generator's when all share the machine's cores, and then the storefront's own counters.</p>
 *
 * <p>Exit status 0 when the goals hold (no errors, p99 on/off &lt;= {@value #P99_GOAL}, throughput on/off &gt;=
 * {@value #THROUGHPUT_GOAL}), 1 when a goal is missed, 2 for bad arguments.</p>
 */
public final class LoadTest {

    public static final int MAX_CLIENTS = 200;
    public static final int MAX_SECONDS = 600;
    public static final double P99_GOAL = 1.2;
    public static final double THROUGHPUT_GOAL = 0.9;
    static final String[] KINDS = {"product", "cart", "checkout"};
    /** The settings refresh period of the site is 2 s: a switch is looked for on the site after this, then the settle time. */
    static final long SWITCH_MILLIS = 3000;
    static final long SETTLE_MILLIS = 3000;
    /** How often the site the test starts reports its counters (the slot tags' CPU is read within each phase). */
    static final int SITE_REPORT_SECONDS = 5;
    /** The longest a switch may take to show on the site before the phase is measured anyway. */
    static final long SWITCH_LIMIT_MILLIS = 30_000;
    private static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(60);
    /** Storefront nodes report their counters every 30 s (uplift.health.reportSeconds): wait for the next one. */
    static final long NODE_REPORT_WAIT_MILLIS = 40_000;

    /** One side of the comparison: widgets on or off. */
    static final class Side {
        final String name;
        final boolean widgets;
        final Histogram all = histogram();
        final Histogram[] byKind = {histogram(), histogram(), histogram()};
        final AtomicLong errors = new AtomicLong();
        final AtomicLong withWidgets = new AtomicLong();
        final List<String> errorSamples = Collections.synchronizedList(new ArrayList<String>());
        final CpuMeter.Spent cpu = new CpuMeter.Spent();
        final SlotCost.Sum slots = new SlotCost.Sum();
        long recordedNanos;

        Side(String name, boolean widgets) {
            this.name = name;
            this.widgets = widgets;
        }

        synchronized void add(Histogram[] kinds) {
            for (int k = 0; k < kinds.length; k++) {
                byKind[k].add(kinds[k]);
                all.add(kinds[k]);
            }
        }

        void error(String what) {
            errors.incrementAndGet();
            if (errorSamples.size() < 5) {
                errorSamples.add(what);
            }
        }

        double perSecond() {
            return recordedNanos == 0 ? 0 : all.getTotalCount() / (recordedNanos / 1e9);
        }
    }

    /** What the clients do now: record into a side, or only load the store (warm-up, switching). */
    static final class Phase {
        final Side side;
        final boolean recording;
        /** Requests recorded in this phase (for the phase's own line). */
        final AtomicLong requests = new AtomicLong();

        Phase(Side side, boolean recording) {
            this.side = side;
            this.recording = recording;
        }
    }

    private final int clients;
    private final int seconds;
    private final int warmup;
    private final int phases;
    private final boolean[] pages = new boolean[KINDS.length];
    private final int products;
    private final URI site;
    private final String jdbc;
    private final Side on = new Side("widgets on", true);
    private final Side off = new Side("widgets off", false);
    private final AtomicLong unrecordedErrors = new AtomicLong();
    private volatile Phase phase;
    private volatile boolean running = true;

    LoadTest(int clients, int seconds, int warmup, int phases, String pageList, int products, URI site, String jdbc) {
        this.clients = range("--clients", clients, 1, MAX_CLIENTS);
        this.seconds = range("--seconds", seconds, 1, MAX_SECONDS);
        this.warmup = range("--warmup", warmup, 0, MAX_SECONDS);
        this.phases = range("--phases", phases, 1, 10);
        this.products = range("--products", products, 1, 1000);
        for (String p : pageList.split(",")) {
            int k = Arrays.asList(KINDS).indexOf(p.trim());
            if (k < 0) {
                throw new IllegalArgumentException("--pages is a comma-separated list of product, cart, checkout: '"
                        + pageList + "'");
            }
            pages[k] = true;
        }
        if (site != null && (!"http".equals(site.getScheme()) || !SimulatorSettings.isLoopback(site.getHost()))) {
            throw new IllegalArgumentException("the load test only drives a store on this machine's loopback interface"
                    + " (http://127.0.0.1:PORT or http://localhost:PORT): '" + site + "'");
        }
        if (jdbc != null && !loopbackJdbc(jdbc)) {
            throw new IllegalArgumentException("--jdbc must name a database on the loopback interface: '" + jdbc + "'");
        }
        this.site = site;
        this.jdbc = jdbc;
    }

    public static void main(String[] args) throws Exception {
        LoadTest test;
        try {
            test = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("load: " + e.getMessage());
            System.exit(2);
            return;
        }
        // one keep-alive connection per client, as browsers keep theirs (the JDK keeps 5 per host by default)
        System.setProperty("http.maxConnections", String.valueOf(test.clients + 8));
        System.exit(test.run() ? 0 : 1);
    }

    static LoadTest parse(String[] args) {
        CommandOptions o = CommandOptions.parse(args, "--clients", "--seconds", "--warmup", "--phases", "--pages",
                "--products", "--site", "--jdbc");
        String whole = "a whole number";
        int clients = o.value("--clients", 50, Integer::valueOf, whole);
        int seconds = o.value("--seconds", 60, Integer::valueOf, whole);
        int warmup = o.value("--warmup", 20, Integer::valueOf, whole);
        int phases = o.value("--phases", 2, Integer::valueOf, whole);
        int products = o.value("--products", 12, Integer::valueOf, whole);
        String pageList = o.text("--pages", "product,cart,checkout");
        String siteText = o.text("--site", null);
        URI site = siteText == null ? null
                : URI.create(siteText.endsWith("/") ? siteText.substring(0, siteText.length() - 1) : siteText);
        String jdbc = o.text("--jdbc", null);
        if (jdbc != null && site == null) {
            throw new IllegalArgumentException("--jdbc goes with --site (without it the test starts its own store)");
        }
        return new LoadTest(clients, seconds, warmup, phases, pageList, products, site,
                site != null && jdbc == null ? DemoStore.jdbcUrl(9101) : jdbc);
    }

    /** Runs the whole test and prints the report; true when every goal holds. */
    boolean run() throws Exception {
        if (site != null) {
            return against(site, jdbc, CpuMeter.findDemoSite(site.getPort()));
        }
        File data = new File("demo/target/load-data").getAbsoluteFile();
        PageBench.deleteTree(data.toPath());
        String experiments = System.getProperty("uplift.demo.experiments");
        System.setProperty("uplift.demo.experiments", "draft"); // no session in a hold-out: every widget renders
        String reportSeconds = System.getProperty("uplift.health.reportSeconds");
        // the node reports its counters (the slot tags' CPU among them) several times within each phase
        System.setProperty("uplift.health.reportSeconds", String.valueOf(SITE_REPORT_SECONDS));
        try (DemoStore store = new DemoStore(data, BootTimes.freePort(), BootTimes.freePort(), BootTimes.freePort(), false)) {
            store.start();
            return against(URI.create("http://127.0.0.1:" + store.getSitePort()), DemoStore.jdbcUrl(store.getDbPort()),
                    store.getSitePid());
        } finally {
            restoreProperty("uplift.demo.experiments", experiments);
            restoreProperty("uplift.health.reportSeconds", reportSeconds);
        }
    }

    private static void restoreProperty(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }

    /** @param sitePid the site's process id for its CPU time, or -1 when unknown */
    private boolean against(URI base, String db, long sitePid) throws Exception {
        CpuMeter cpu = new CpuMeter(sitePid);
        Map<Long, Boolean> before = widgetStates(db);
        if (before.isEmpty()) {
            throw new IllegalStateException("no Uplift widgets in UPLIFT_WIDGET_CONFIG of " + db + ": nothing to switch");
        }
        List<String> productPages = PageBench.productPages(db, products);
        List<Thread> threads = new ArrayList<Thread>();
        SlotCost slotCost = new SlotCost();
        Connection nodeDb = null;
        try {
            nodeDb = DriverManager.getConnection(db, "SA", "");
            PageBench.setWidgets(db, true);
            List<SiteSession> sessions = new ArrayList<SiteSession>();
            for (int c = 0; c < clients; c++) {
                sessions.add(shopper(base, productPages, c));
            }
            System.out.printf(Locale.ROOT, "load: %d clients with a cart each on %s; pages %s over %d products; %d s"
                    + " measured per side in %d phases, %d s warm-up per side; machine load average %.1f, %d cores%n",
                    clients, base, pageNames(), productPages.size(), seconds, phases, warmup, loadAverage(),
                    Runtime.getRuntime().availableProcessors());
            phase = new Phase(on, false);
            for (int c = 0; c < clients; c++) {
                final SiteSession session = sessions.get(c);
                final int index = c;
                Thread t = new Thread(new Runnable() {
                    @Override
                    public void run() {
                        client(session, productPages, index);
                    }
                }, "uplift-load-client-" + c);
                t.setDaemon(true);
                threads.add(t);
                cpu.client(t);
                t.start();
            }
            if (warmup > 0) {
                for (Side s : new Side[] {on, off}) {
                    switchTo(db, s, base, productPages.get(0));
                    Thread.sleep(TimeUnit.SECONDS.toMillis(warmup));
                }
            }
            long phaseNanos = TimeUnit.SECONDS.toNanos(seconds) / phases;
            for (int p = 0; p < 2 * phases; p++) {
                // off on on off off on ...: each pair of phases is mirrored by the next
                Side s = (p % 4 == 0 || p % 4 == 3) ? off : on;
                switchTo(db, s, base, productPages.get(0));
                Thread.sleep(SETTLE_MILLIS);
                CpuMeter.Reading c0 = cpu.read();
                java.time.Instant from = java.time.Instant.now();
                long t0 = System.nanoTime();
                Phase measured = new Phase(s, true);
                phase = measured;
                pollWhile(slotCost, nodeDb, t0 + phaseNanos);
                phase = new Phase(s, false);
                long took = System.nanoTime() - t0;
                s.recordedNanos += took;
                CpuMeter.Reading c1 = cpu.read();
                s.cpu.add(c0, c1);
                SlotCost.Sum tags = new SlotCost.Sum();
                slotCost.phase(from, java.time.Instant.now(), tags);
                s.slots.add(tags);
                System.out.printf(Locale.ROOT, "load: phase %d of %d (%s) done, %d errors so far; %s%n", p + 1,
                        2 * phases, s.name, on.errors.get() + off.errors.get(),
                        phaseFigures(measured.requests.get(), took, c0, c1, tags));
            }
        } finally {
            running = false;
            for (Thread t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(35));
            }
            restore(db, before);
            if (nodeDb != null) {
                nodeDb.close();
            }
        }
        boolean met = report();
        System.out.println(CpuMeter.line(on.cpu, on.all.getTotalCount(), off.cpu, off.all.getTotalCount()));
        System.out.println(SlotCost.line(on.slots, off.slots, on.cpu, on.all.getTotalCount(), off.cpu,
                off.all.getTotalCount()));
        nodeCounters(db, java.time.Instant.now(), NODE_REPORT_WAIT_MILLIS);
        return met;
    }

    /**
     * A phase's own figures, to see how steady the machine was: requests per second, the site request threads' CPU per
     * request and the slot tags' CPU per page.
     */
    static String phaseFigures(long requests, long nanos, CpuMeter.Reading from, CpuMeter.Reading to,
            SlotCost.Sum tags) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%.1f req/s", requests * 1e9 / nanos));
        if (requests > 0 && from.siteAll >= 0 && to.siteAll >= 0) {
            s.append(String.format(Locale.ROOT, ", site request threads %.3f ms CPU per request",
                    (to.siteRequest - from.siteRequest) / 1e6 / requests));
        }
        if (tags.pages > 0) {
            s.append(String.format(Locale.ROOT, ", slot tags %.3f ms per page", tags.msPerPage()));
        }
        return s.toString();
    }

    /** Sleeps until {@code untilNanos} ({@link System#nanoTime()}), reading the node's report about once a second. */
    private static void pollWhile(SlotCost slotCost, Connection nodeDb, long untilNanos) throws InterruptedException {
        while (true) {
            long left = untilNanos - System.nanoTime();
            if (left <= 0) {
                return;
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.SECONDS.toNanos(1)));
            slotCost.poll(nodeDb);
        }
    }

    /** A shopper with its own session and one product in its cart (products in stock, taken in turn). */
    private SiteSession shopper(URI base, List<String> productPages, int index) throws IOException {
        SiteSession session = new SiteSession(base, true);
        for (int attempt = 0; attempt < productPages.size(); attempt++) {
            String path = productPages.get((index + attempt) % productPages.size());
            SiteSession.Answer page = session.get(path);
            Document doc = Jsoup.parse(page.body, base.toString());
            Element form = doc.selectFirst("form.add-to-cart");
            if (page.status != 200 || form == null || form.selectFirst("button[disabled]") != null) {
                continue;
            }
            SiteSession.Answer added = session.post(form.attr("action"), TrafficSimulator.fields(form));
            if (added.status == 302 || added.status == 200) {
                SiteSession.Answer cart = session.get("/cart");
                if (cart.status == 200 && !cart.body.contains("Your cart is empty")) {
                    return session;
                }
            }
        }
        throw new IllegalStateException("client " + index + " could not put any of " + productPages + " into its cart");
    }

    private void client(SiteSession session, List<String> productPages, int index) {
        Histogram[][] local = new Histogram[2][];
        for (int s = 0; s < 2; s++) {
            local[s] = new Histogram[] {histogram(), histogram(), histogram()};
        }
        long step = index;
        while (running) {
            int kind = (int) (step++ % KINDS.length);
            if (!pages[kind]) {
                continue;
            }
            String path = kind == 0 ? productPages.get((int) ((step / KINDS.length) % productPages.size()))
                    : "/" + KINDS[kind];
            Phase at = phase;
            long t0 = System.nanoTime();
            String failure = null;
            boolean widgets = false;
            try {
                SiteSession.Answer a = session.get(path);
                if (a.status != 200) {
                    failure = "GET " + path + " answered " + a.status;
                } else if (kind == 1 && a.body.contains("Your cart is empty")) {
                    failure = "cart of client " + index + " is empty";
                } else if (kind == 2 && !a.body.contains("checkout__form")) {
                    failure = "checkout of client " + index + " has no form";
                }
                widgets = a.body.contains("data-uplift-widget");
            } catch (IOException | RuntimeException e) {
                failure = "GET " + path + ": " + e;
            }
            long micros = (System.nanoTime() - t0) / 1000;
            if (phase != at || !at.recording) {
                if (failure != null) {
                    unrecordedErrors.incrementAndGet();
                }
                continue;
            }
            if (failure != null) {
                at.side.error(failure);
                continue;
            }
            local[at.side == on ? 0 : 1][kind].recordValue(Math.min(Math.max(micros, 1), HIGHEST_MICROS));
            at.requests.incrementAndGet();
            if (widgets) {
                at.side.withWidgets.incrementAndGet();
            }
        }
        on.add(local[0]);
        off.add(local[1]);
    }

    /**
     * Switches every widget on or off, then waits until the site shows it: at least {@link #SWITCH_MILLIS}, and until
     * a product page (a session of its own) carries a widget exactly when the side has them, at most
     * {@link #SWITCH_LIMIT_MILLIS}. Under this load the site's settings refresh can run late, and a fixed wait let
     * a few pages of an "off" phase still carry widgets.
     */
    private void switchTo(String db, Side s, URI base, String productPage) throws Exception {
        phase = new Phase(s, false);
        PageBench.setWidgets(db, s.widgets);
        Thread.sleep(SWITCH_MILLIS);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SWITCH_LIMIT_MILLIS - SWITCH_MILLIS);
        SiteSession probe = new SiteSession(base, false);
        while (true) {
            String failed = null;
            try {
                SiteSession.Answer page = probe.get(productPage);
                if (page.status == 200 && page.body.contains("data-uplift-widget") == s.widgets) {
                    return;
                }
            } catch (IOException e) {
                // a probe lost to the overloaded site (e.g. a timeout) is tried again, until the limit
                failed = e.toString();
            }
            if (System.nanoTime() - deadline > 0) {
                System.out.printf(Locale.ROOT, "load: the site did not show widgets %s within %d s%s; measuring"
                        + " anyway%n", s.widgets ? "on" : "off", SWITCH_LIMIT_MILLIS / 1000,
                        failed == null ? "" : " (last probe: " + failed + ")");
                return;
            }
            Thread.sleep(200);
        }
    }

    private boolean report() {
        System.out.println();
        System.out.printf(Locale.ROOT, "load: machine load average at the end %.1f%n", loadAverage());
        System.out.printf(Locale.ROOT, "| %-11s | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | pages with"
                + " widgets |%n", "");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Side s : new Side[] {on, off}) {
            Histogram h = s.all;
            System.out.printf(Locale.ROOT, "| %-11s | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %d | %.1f %% |%n", s.name,
                    h.getTotalCount(), s.perSecond(), ms(h, 50), ms(h, 95), ms(h, 99), h.getMaxValue() / 1000.0,
                    s.errors.get(), h.getTotalCount() == 0 ? 0 : 100.0 * s.withWidgets.get() / h.getTotalCount());
        }
        System.out.println();
        for (int k = 0; k < KINDS.length; k++) {
            if (pages[k]) {
                System.out.printf(Locale.ROOT, "# %-8s on: p50 %.2f p95 %.2f p99 %.2f ms (%d)  off: p50 %.2f p95 %.2f"
                        + " p99 %.2f ms (%d)%n", KINDS[k], ms(on.byKind[k], 50), ms(on.byKind[k], 95), ms(on.byKind[k], 99),
                        on.byKind[k].getTotalCount(), ms(off.byKind[k], 50), ms(off.byKind[k], 95), ms(off.byKind[k], 99),
                        off.byKind[k].getTotalCount());
            }
        }
        for (Side s : new Side[] {on, off}) {
            if (!s.errorSamples.isEmpty()) {
                System.out.println("# errors " + s.name + ": " + s.errorSamples);
            }
        }
        if (unrecordedErrors.get() > 0) {
            System.out.println("# errors during warm-up or switching (not in the table): " + unrecordedErrors.get());
        }
        double p99Ratio = ms(on.all, 99) / ms(off.all, 99);
        double throughputRatio = on.perSecond() / off.perSecond();
        boolean p99Ok = p99Ratio <= P99_GOAL;
        boolean throughputOk = throughputRatio >= THROUGHPUT_GOAL;
        boolean errorsOk = on.errors.get() == 0 && off.errors.get() == 0;
        System.out.printf(Locale.ROOT, "bench=load_p99_ratio value=%.3f unit=x target=%.1f peer=widgets_off peer_value=%.2f%n",
                p99Ratio, P99_GOAL, ms(off.all, 99));
        System.out.printf(Locale.ROOT, "bench=load_throughput_ratio value=%.3f unit=x target=%.1f peer=widgets_off"
                + " peer_value=%.1f%n", throughputRatio, THROUGHPUT_GOAL, off.perSecond());
        System.out.printf(Locale.ROOT, "load: p99 on/off %.3f (goal <= %.1f: %s), throughput on/off %.3f (goal >= %.1f: %s),"
                + " errors %d on / %d off (goal 0: %s)%n", p99Ratio, P99_GOAL, p99Ok ? "met" : "MISSED", throughputRatio,
                THROUGHPUT_GOAL, throughputOk ? "met" : "MISSED", on.errors.get(), off.errors.get(),
                errorsOk ? "met" : "MISSED");
        return p99Ok && throughputOk && errorsOk;
    }

    /**
     * Prints what the storefront nodes counted themselves over the whole run, warm-up included (README, "Storefront
     * health"): render cache hits, events written and lost, failures by kind; from each node's first report after
     * {@code after} (at most {@code waitMillis} later). Informational: not part of the goals.
     */
    static void nodeCounters(String db, java.time.Instant after, long waitMillis) {
        long until = System.currentTimeMillis() + waitMillis;
        Map<String, Long> sums = new java.util.TreeMap<String, Long>();
        java.util.Set<String> nodes = new java.util.TreeSet<String>();
        try (Connection c = DriverManager.getConnection(db, "SA", "");
             PreparedStatement s = c.prepareStatement("SELECT NODE_ID, COUNTER_NAME, COUNTER_VALUE FROM UPLIFT_NODE_HEALTH"
                     + " WHERE REPORTED_AT >= ?")) {
            s.setTimestamp(1, java.sql.Timestamp.from(after));
            while (nodes.isEmpty() && System.currentTimeMillis() < until) {
                Thread.sleep(1000);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        nodes.add(rs.getString(1));
                        sums.merge(rs.getString(2), rs.getLong(3), Long::sum);
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            System.out.println("load: the storefront's own counters could not be read (UPLIFT_NODE_HEALTH): "
                    + e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (nodes.isEmpty()) {
            System.out.println("load: no storefront node reported its counters within " + waitMillis / 1000 + " s");
            return;
        }
        System.out.println(nodeSummary(nodes.size(), sums));
    }

    /** The line {@link #nodeCounters} prints, from the counters summed over the nodes. */
    static String nodeSummary(int nodes, Map<String, Long> sums) {
        long hits = sums.getOrDefault(NodeHealth.CACHE_HITS, 0L);
        long lookups = hits + sums.getOrDefault(NodeHealth.CACHE_MISSES, 0L);
        long written = sums.getOrDefault(NodeHealth.EVENTS_WRITTEN, 0L);
        long lost = sums.getOrDefault(NodeHealth.EVENTS_LOST, 0L);
        List<String> failures = new ArrayList<String>();
        for (Map.Entry<String, Long> e : sums.entrySet()) {
            if (e.getKey().startsWith(NodeHealth.FAILURES) && e.getValue() > 0) {
                failures.add(e.getKey().substring(NodeHealth.FAILURES.length()) + " " + e.getValue());
            }
        }
        return String.format(Locale.ROOT, "load: the storefront's own counters (%d node%s, whole run): render cache %d hits"
                + " of %d lookups (%s), %d entries; events written %d, lost %d (%s); exposures dropped %d; failures: %s",
                nodes, nodes == 1 ? "" : "s", hits, lookups, percent(hits, lookups),
                sums.getOrDefault(NodeHealth.CACHE_ENTRIES, 0L), written, lost, percent(lost, written + lost),
                sums.getOrDefault(NodeHealth.EXPOSURES_DROPPED, 0L), failures.isEmpty() ? "none" : String.join(", ", failures));
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }

    private String pageNames() {
        List<String> names = new ArrayList<String>();
        for (int k = 0; k < KINDS.length; k++) {
            if (pages[k]) {
                names.add(KINDS[k]);
            }
        }
        return String.join(",", names);
    }

    /** The machine's load average over the last minute (other processes share the cores on a shared machine). */
    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }

    static Histogram histogram() {
        return new Histogram(HIGHEST_MICROS, 3);
    }

    static Map<Long, Boolean> widgetStates(String db) throws Exception {
        Map<Long, Boolean> states = new LinkedHashMap<Long, Boolean>();
        try (Connection c = DriverManager.getConnection(db, "SA", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT WIDGET_ID, ENABLED FROM UPLIFT_WIDGET_CONFIG")) {
            while (rs.next()) {
                states.put(rs.getLong(1), rs.getBoolean(2));
            }
        }
        return states;
    }

    /** Puts every widget back as it was before the test. */
    static void restore(String db, Map<Long, Boolean> states) throws Exception {
        try (Connection c = DriverManager.getConnection(db, "SA", "");
             PreparedStatement s = c.prepareStatement("UPDATE UPLIFT_WIDGET_CONFIG SET ENABLED = ? WHERE WIDGET_ID = ?")) {
            for (Map.Entry<Long, Boolean> e : states.entrySet()) {
                s.setBoolean(1, e.getValue());
                s.setLong(2, e.getKey());
                s.executeUpdate();
            }
        }
    }

    static boolean loopbackJdbc(String url) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^jdbc:[a-z0-9]+:(?:[a-z]+:)?//([^/:;]+)")
                .matcher(url.toLowerCase(Locale.ROOT));
        return m.find() && SimulatorSettings.isLoopback(m.group(1));
    }

    private static int range(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be from " + min + " to " + max + ": " + value);
        }
        return value;
    }
}
