package io.uplift.browser;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The demo store started exactly as the README's demo command starts it ({@code io.uplift.demo.DemoStore} from the
 * demo's class path), on free loopback ports with a fresh data directory. One per test run; stops with the JVM.
 */
final class DemoProcess {

    private static DemoProcess instance;

    final int sitePort;
    final int adminPort;
    final int dbPort;
    private final Process process;

    private DemoProcess(int sitePort, int adminPort, int dbPort, Process process) {
        this.sitePort = sitePort;
        this.adminPort = adminPort;
        this.dbPort = dbPort;
        this.process = process;
    }

    static synchronized DemoProcess get() throws Exception {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "browser-demo-shutdown"));
        }
        return instance;
    }

    private static DemoProcess start() throws Exception {
        File demo = new File(System.getProperty("uplift.demo.dir", "../demo")).getCanonicalFile();
        File cpFile = new File(demo, "target/classpath.txt");
        if (!cpFile.isFile()) {
            throw new IllegalStateException("demo not packaged: " + cpFile + " is missing (run mvn package on the demo module)");
        }
        String classpath = new File(demo, "target/classes").getPath() + File.pathSeparator
                + new String(Files.readAllBytes(cpFile.toPath()), StandardCharsets.UTF_8).trim();
        File data = new File("target/browser-data").getAbsoluteFile();
        deleteTree(data.toPath());
        int site = freePort();
        int admin = freePort();
        int db = freePort();
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + "/bin/java");
        // the demo's A/B experiments stay drafts: a browser test's session must not land in a hold-out at random
        cmd.add("-Duplift.demo.experiments=draft");
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add("io.uplift.demo.DemoStore");
        cmd.add("--data");
        cmd.add(data.getPath());
        cmd.add("--site-port");
        cmd.add(String.valueOf(site));
        cmd.add("--admin-port");
        cmd.add(String.valueOf(admin));
        cmd.add("--db-port");
        cmd.add(String.valueOf(db));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        CountDownLatch ready = new CountDownLatch(1);
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    System.out.println("[demo] " + line);
                    if (line.startsWith("UPLIFT-DEMO ready")) {
                        ready.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "demo-output");
        pump.setDaemon(true);
        pump.start();
        if (!ready.await(400, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("demo store did not become ready in 400 s; logs in " + data);
        }
        return new DemoProcess(site, admin, db, p);
    }

    String site(String path) {
        return "http://127.0.0.1:" + sitePort + path;
    }

    String admin(String path) {
        return "http://127.0.0.1:" + adminPort + "/admin" + path;
    }

    Connection jdbc() throws SQLException {
        return DriverManager.getConnection("jdbc:hsqldb:hsql://127.0.0.1:" + dbPort + "/uplift", "SA", "");
    }

    /** The storefront path of a demo product, by its (default SKU's) name. */
    String productUrl(String skuName) throws SQLException {
        try (Connection c = jdbc(); PreparedStatement s = c.prepareStatement("SELECT p.URL FROM BLC_PRODUCT p"
                + " JOIN BLC_SKU k ON k.SKU_ID = p.DEFAULT_SKU_ID WHERE k.NAME = ?")) {
            s.setString(1, skuName);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no demo product named '" + skuName + "'");
                }
                return rs.getString(1);
            }
        }
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
