package io.uplift.demo.it;

import io.uplift.demo.DemoStore;
import org.eclipse.jetty.webapp.WebAppContext;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One demo store for the whole integration-test run (this JVM): a fresh HSQLDB server database (or the PostgreSQL /
 * MariaDB database {@code -Duplift.db} names, see {@code DemoDatabase}; {@code bin/uplift test-db} gives a fresh one), the real
 * Broadleaf site in this JVM (so tests reach its Spring context) and the real Broadleaf admin as a child JVM, all on
 * free loopback ports. Started on first use, stopped when the JVM exits.
 */
public final class DemoStoreHarness {

    private static DemoStore store;

    private DemoStoreHarness() {
    }

    public static synchronized DemoStore store() {
        if (store == null) {
            try {
                File data = new File("target/it-data").getAbsoluteFile();
                deleteTree(data.toPath());
                // the demo's experiments stay drafts: ExperimentsIT starts them, the other tests see the widgets as set
                System.setProperty("uplift.demo.experiments", "draft");
                // a smaller minimum sample per arm before a verdict, so a test reaches one with a few real checkouts
                System.setProperty("uplift.experiments.minVisitors", "10");
                System.setProperty("uplift.experiments.minOrders", "5");
                // the per-visitor change limit: a slow refill, so StorefrontSecurityIT reaches it on any machine, and
                // a large burst, since many tests sign in as the same demo customer (one visitor key for the run)
                System.setProperty("uplift.storefront.changeBurst", "100");
                System.setProperty("uplift.storefront.changesPerSecond", "0.5");
                // the admin (a child process) reports its own health every 5 s instead of 30 (StorefrontHealthIT)
                store = new DemoStore(data, freePort(), freePort(), freePort(), true).siteInProcess()
                        .adminJvmArgs(java.util.Collections.singletonList("-Duplift.health.reportSeconds=5"));
                final DemoStore started = store;
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "it-demo-shutdown"));
                store.start();
            } catch (Exception e) {
                throw new IllegalStateException("demo store did not start: " + e.getMessage(), e);
            }
        }
        return store;
    }

    public static String site(String path) {
        return "http://127.0.0.1:" + store().getSitePort() + path;
    }

    public static String admin(String path) {
        return "http://127.0.0.1:" + store().getAdminPort() + "/admin" + path;
    }

    /** The site's root Spring context (Broadleaf's merged context with the plugin's beans). */
    public static WebApplicationContext siteContext() {
        WebAppContext web = (WebAppContext) store().getSiteServer().getHandler();
        return WebApplicationContextUtils.getRequiredWebApplicationContext(web.getServletContext());
    }

    public static Connection jdbc() throws SQLException {
        return store().getDatabase().connect();
    }

    static int freePort() throws IOException {
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
