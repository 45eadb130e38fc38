package io.uplift.demo.bench;

import io.uplift.demo.DemoStore;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Product page with every Uplift widget on against the same pages with every widget off, in one run of the demo
 * store (site only, fresh seeded database, loopback). The two variants alternate in rounds (so machine noise hits
 * both alike); between rounds the widgets are switched in the plugin's table and the site picks the change up within
 * its settings refresh period. Each request is timed by the client on loopback, so the difference of the two
 * variants is the server time the plugin adds. The figure reported is the median over rounds of the paired per-round
 * difference of the percentile (pooled percentiles are printed too, as comments).
 *
 * <p>Usage: {@code bin/uplift bench page [--rounds N] [--requests N]} (defaults 6 rounds x 300 requests per variant
 * and round, spread over 12 product pages, after 2 x 500 warm-up requests per variant). Prints one line per figure in the
 * benchmark format {@code bench=... value=... unit=... target=... peer=... peer_value=... ratio=...}.</p>
 */
public final class PageBench {

    private PageBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 6;
        int requests = 300;
        for (int i = 0; i < args.length; i++) {
            if ("--rounds".equals(args[i]) && i + 1 < args.length) {
                rounds = positive(args[++i], "--rounds");
            } else if ("--requests".equals(args[i]) && i + 1 < args.length) {
                requests = positive(args[++i], "--requests");
            } else {
                System.err.println("usage: bin/uplift bench page [--rounds N] [--requests N]");
                System.exit(2);
            }
        }
        File data = new File("demo/target/bench-page-data").getAbsoluteFile();
        deleteTree(data.toPath());
        try (DemoStore store = new DemoStore(data, BootTimes.freePort(), BootTimes.freePort(), BootTimes.freePort(), false)) {
            store.start();
            String jdbc = DemoStore.jdbcUrl(store.getDbPort());
            List<String> pages = productPages(jdbc, 12);
            String base = "http://127.0.0.1:" + store.getSitePort();
            // warm-up of both variants (JIT, caches, heap sizing): a shop's JVM runs for days, the steady state counts
            for (boolean enabled : new boolean[] {true, false, true, false}) {
                setWidgets(jdbc, enabled);
                Thread.sleep(3000);
                for (int i = 0; i < 500; i++) {
                    time(base + pages.get(i % pages.size()));
                }
            }
            List<Double> on = new ArrayList<Double>();
            List<Double> off = new ArrayList<Double>();
            List<Double> p95Diffs = new ArrayList<Double>();
            List<Double> p50Diffs = new ArrayList<Double>();
            for (int r = 0; r < rounds; r++) {
                List<Double> roundOn = new ArrayList<Double>();
                List<Double> roundOff = new ArrayList<Double>();
                for (boolean enabled : r % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    setWidgets(jdbc, enabled);
                    Thread.sleep(3000); // the site's settings refresh period is 2 s
                    for (int i = 0; i < 30; i++) {
                        time(base + pages.get(i % pages.size()));
                    }
                    for (int i = 0; i < requests; i++) {
                        (enabled ? roundOn : roundOff).add(time(base + pages.get(i % pages.size())));
                    }
                }
                on.addAll(roundOn);
                off.addAll(roundOff);
                p95Diffs.add(percentile(roundOn, 95) - percentile(roundOff, 95));
                p50Diffs.add(percentile(roundOn, 50) - percentile(roundOff, 50));
            }
            double p50On = percentile(on, 50);
            double p50Off = percentile(off, 50);
            double p95On = percentile(on, 95);
            double p95Off = percentile(off, 95);
            System.out.printf(Locale.ROOT, "# product page, %d requests per variant over %d pages, %d rounds (ms, client-timed on loopback)%n",
                    on.size(), pages.size(), rounds);
            System.out.printf(Locale.ROOT, "# widgets on:  p50 %.2f  p95 %.2f  p99 %.2f%n", p50On, p95On, percentile(on, 99));
            System.out.printf(Locale.ROOT, "# widgets off: p50 %.2f  p95 %.2f  p99 %.2f%n", p50Off, p95Off, percentile(off, 99));
            System.out.printf(Locale.ROOT, "# pooled over all rounds: added p95 %.3f ms, added p50 %.3f ms%n",
                    p95On - p95Off, p50On - p50Off);
            System.out.printf(Locale.ROOT, "# per round (on minus off, paired rounds): p95 %s; p50 %s%n", p95Diffs, p50Diffs);
            // the median of paired per-round differences: one noisy round (a GC storm, another process) moves it
            // little, unlike a pooled percentile
            System.out.printf(Locale.ROOT, "bench=product_page_added_p95 value=%.3f unit=ms target=2 peer=widgets_off"
                    + " peer_value=%.3f ratio=%.3f%n", percentile(p95Diffs, 50), p95Off, p95On / p95Off);
            System.out.printf(Locale.ROOT, "bench=product_page_added_p50 value=%.3f unit=ms target=2 peer=widgets_off"
                    + " peer_value=%.3f ratio=%.3f%n", percentile(p50Diffs, 50), p50Off, p50On / p50Off);
        }
    }

    private static int positive(String raw, String name) {
        try {
            int n = Integer.parseInt(raw);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        System.err.println(name + " must be a positive whole number: '" + raw + "'");
        System.exit(2);
        return 0;
    }

    static List<String> productPages(String jdbc, int n) throws Exception {
        List<String> urls = new ArrayList<String>();
        try (Connection c = DriverManager.getConnection(jdbc, "SA", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT p.URL FROM BLC_PRODUCT p JOIN BLC_SKU k ON k.SKU_ID = p.DEFAULT_SKU_ID"
                     + " WHERE k.ACTIVE_END_DATE IS NULL ORDER BY p.PRODUCT_ID")) {
            while (rs.next() && urls.size() < n) {
                urls.add(rs.getString(1));
            }
        }
        return urls;
    }

    static void setWidgets(String jdbc, boolean enabled) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "SA", ""); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE UPLIFT_WIDGET_CONFIG SET ENABLED=" + enabled);
        }
    }

    /** Milliseconds for one GET, body read fully; fails on anything but 200. */
    static double time(String url) throws IOException {
        long t0 = System.nanoTime();
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        c.setConnectTimeout(5000);
        c.setReadTimeout(30000);
        int status = c.getResponseCode();
        try (InputStream in = c.getInputStream()) {
            byte[] buf = new byte[16384];
            while (in.read(buf) >= 0) {
                // drain
            }
        }
        if (status != 200) {
            throw new IOException(url + " answered " + status);
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    static double percentile(List<Double> values, double p) {
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i);
        }
        Arrays.sort(v);
        int idx = (int) Math.ceil(p / 100 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, idx))];
    }


    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
