package io.uplift.demo.bench;

import io.uplift.demo.DemoJvm;
import io.uplift.demo.DemoStore;
import io.uplift.demo.DemoWebapp;
import org.hsqldb.server.Server;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Boot-time harness: starts the demo's site and admin, each in a fresh JVM, with and without the plugin
 * (alternating, so drift on a noisy machine hits both alike), against one seeded database, and prints per
 * application the medians of context start time, heap after GC and resident memory, and the ratio
 * with/without the plugin measured in the same run.
 *
 * <p>Usage: {@code bin/uplift bench boot [--runs N]} (default 3 runs per variant). The first, unmeasured, site
 * start seeds the database when it is new.</p>
 */
public final class BootTimes {

    private static final Pattern STARTED = Pattern.compile("UPLIFT-DEMO (\\w+) started on .* in (\\d+) ms, heap after GC (\\d+) MiB, RSS (-?\\d+) MiB");

    private BootTimes() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 3;
        File data = new File("demo/target/bench-data");
        for (int i = 0; i < args.length; i++) {
            if ("--runs".equals(args[i])) {
                runs = Integer.parseInt(args[++i]);
                if (runs < 1 || runs > 20) {
                    throw new IllegalArgumentException("--runs must be between 1 and 20: " + runs);
                }
            } else if ("--data".equals(args[i])) {
                data = new File(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option: '" + args[i] + "' (known: --runs N, --data DIR)");
            }
        }
        int dbPort = freePort();
        Server db = DemoStore.startDatabase(new File(data, "db"), dbPort);
        try {
            long[] warm = boot("site", true, dbPort, data);
            System.out.println("warm-up (seeds a new database, not counted): site context " + warm[0] + " ms");
            Map<String, List<long[]>> results = new LinkedHashMap<String, List<long[]>>();
            for (int r = 1; r <= runs; r++) {
                for (String app : new String[] {"site", "admin"}) {
                    for (boolean with : new boolean[] {true, false}) {
                        long[] m = boot(app, with, dbPort, data);
                        String key = app + (with ? " with plugin" : " without plugin");
                        List<long[]> list = results.get(key);
                        if (list == null) {
                            list = new ArrayList<long[]>();
                            results.put(key, list);
                        }
                        list.add(m);
                        System.out.println("run " + r + " " + key + ": context " + m[0] + " ms, wall " + m[1]
                                + " ms, heap " + m[2] + " MiB, RSS " + m[3] + " MiB");
                    }
                }
            }
            System.out.println();
            System.out.println("medians over " + runs + " runs (context start = Spring/Broadleaf start inside the JVM;"
                    + " wall = JVM launch until the server is started and listening)");
            for (Map.Entry<String, List<long[]>> e : results.entrySet()) {
                System.out.println(String.format("%-22s context %6d ms  wall %6d ms  heap %4d MiB  RSS %4d MiB", e.getKey(),
                        median(e.getValue(), 0), median(e.getValue(), 1), median(e.getValue(), 2), median(e.getValue(), 3)));
            }
            for (String app : new String[] {"site", "admin"}) {
                List<long[]> with = results.get(app + " with plugin");
                List<long[]> without = results.get(app + " without plugin");
                System.out.println(String.format("%s: ratio with/without plugin: context %.3f, wall %.3f, RSS %.3f", app,
                        (double) median(with, 0) / median(without, 0), (double) median(with, 1) / median(without, 1),
                        (double) median(with, 3) / median(without, 3)));
            }
        } finally {
            db.shutdownWithCatalogs(org.hsqldb.Database.CLOSEMODE_NORMAL);
        }
    }

    /** Starts one app in a child JVM, returns {context ms, wall ms, heap MiB, RSS MiB}, stops it. */
    static long[] boot(String app, boolean withPlugin, int dbPort, File data) throws Exception {
        int port = freePort();
        List<String> cmd = new ArrayList<String>();
        cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        cmd.addAll(DemoJvm.flags());
        cmd.add("-Xmx1g");
        cmd.add("-Duplift.demo.jdbc.url=" + DemoStore.jdbcUrl(dbPort));
        cmd.add("-Dtmpdir.solrhome=" + new File(data, "solr-" + app).getAbsolutePath());
        cmd.add("-Duplift.demo.data=" + data.getAbsolutePath());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(DemoWebapp.class.getName());
        cmd.add(app);
        cmd.add(String.valueOf(port));
        if (!withPlugin) {
            cmd.add("--without-plugin");
        }
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while ((line = out.readLine()) != null) {
                Matcher m = STARTED.matcher(line);
                if (m.find()) {
                    long wall = (System.nanoTime() - t0) / 1_000_000;
                    return new long[] {Long.parseLong(m.group(2)), wall, Long.parseLong(m.group(3)), Long.parseLong(m.group(4))};
                }
                if (System.nanoTime() > deadline) {
                    break;
                }
            }
            throw new IllegalStateException(app + " did not start (exit " + (p.isAlive() ? "still running" : p.exitValue()) + ")");
        } finally {
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    static long median(List<long[]> values, int index) {
        List<Long> v = new ArrayList<Long>();
        for (long[] row : values) {
            v.add(row[index]);
        }
        Collections.sort(v);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    static int freePort() throws IOException {
        ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        try {
            return s.getLocalPort();
        } finally {
            s.close();
        }
    }
}
