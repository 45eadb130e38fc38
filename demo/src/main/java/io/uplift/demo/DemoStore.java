package io.uplift.demo;

import org.hsqldb.persist.HsqlProperties;
import org.hsqldb.server.Server;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The demo store: one HSQLDB server (file database, survives restarts) on loopback, the Broadleaf site and the
 * Broadleaf admin, each in its own JVM, both on that one database.
 *
 * <p>Start order is database, site, admin: the site creates or updates the schema and seeds the catalog and order
 * history on first start ({@code DemoDataSeeder}), the admin then starts on the same tables.</p>
 *
 * <p>Options: {@code --data DIR} (default {@code demo/data}), {@code --site-port}, {@code --admin-port},
 * {@code --db-port} (defaults 8080, 8081, 9101), {@code --no-admin}, {@code --exit-when-started} (for scripts
 * that only want to know the store boots).</p>
 */
public final class DemoStore implements AutoCloseable {

    private final File dataDir;
    private final int sitePort;
    private final int adminPort;
    private final int dbPort;
    private final boolean withAdmin;
    private boolean siteInProcess;
    private Server db;
    private org.eclipse.jetty.server.Server site;
    private final List<Process> children = new ArrayList<Process>();
    private final List<String> siteJvmArgs = new ArrayList<String>();

    public DemoStore(File dataDir, int sitePort, int adminPort, int dbPort, boolean withAdmin) {
        this.dataDir = dataDir;
        this.sitePort = sitePort;
        this.adminPort = adminPort;
        this.dbPort = dbPort;
        this.withAdmin = withAdmin;
    }

    /**
     * Runs the site in this JVM instead of a child process (integration tests use it to reach the site's Spring
     * context); this JVM must then carry the flags of {@link DemoJvm}.
     */
    public DemoStore siteInProcess() {
        this.siteInProcess = true;
        return this;
    }

    /** Extra JVM options of the site's child process (e.g. a JMX port for {@code bin/uplift soak}). */
    public DemoStore siteJvmArgs(List<String> args) {
        this.siteJvmArgs.addAll(args);
        return this;
    }

    /** The in-process site's server, or {@code null} when the site runs as a child process. */
    public org.eclipse.jetty.server.Server getSiteServer() {
        return site;
    }

    public int getSitePort() {
        return sitePort;
    }

    public int getAdminPort() {
        return adminPort;
    }

    public int getDbPort() {
        return dbPort;
    }

    public File getDataDir() {
        return dataDir;
    }

    public static String jdbcUrl(int dbPort) {
        return "jdbc:hsqldb:hsql://127.0.0.1:" + dbPort + "/uplift";
    }

    /** Starts the database server bound to 127.0.0.1 with a file database under {@code dir}. */
    public static Server startDatabase(File dir, int port) throws Exception {
        if (!dir.isDirectory() && !dir.mkdirs()) {
            throw new IOException("cannot create database directory " + dir);
        }
        HsqlProperties props = new HsqlProperties();
        props.setProperty("server.address", "127.0.0.1");
        props.setProperty("server.port", port);
        props.setProperty("server.database.0", "file:" + new File(dir, "uplift").getAbsolutePath()
                + ";hsqldb.tx=mvcc;hsqldb.write_delay_millis=100");
        props.setProperty("server.dbname.0", "uplift");
        props.setProperty("server.silent", true);
        props.setProperty("server.trace", false);
        props.setProperty("server.no_system_exit", true);
        Server server = new Server();
        server.setProperties(props);
        server.setLogWriter(null);
        server.setErrWriter(null);
        server.start();
        return server;
    }

    public void start() throws Exception {
        long t0 = System.nanoTime();
        db = startDatabase(new File(dataDir, "db"), dbPort);
        System.out.println("UPLIFT-DEMO database jdbc:hsqldb:hsql://127.0.0.1:" + dbPort + "/uplift (files in "
                + new File(dataDir, "db").getAbsolutePath() + ")");
        if (siteInProcess) {
            System.setProperty("uplift.demo.jdbc.url", jdbcUrl(dbPort));
            System.setProperty("tmpdir.solrhome", new File(dataDir, "solr-site").getAbsolutePath());
            System.setProperty("uplift.demo.data", dataDir.getAbsolutePath());
            long t1 = System.nanoTime();
            site = DemoWebapp.start("site", sitePort);
            System.out.println("UPLIFT-DEMO site (in process) up in " + (System.nanoTime() - t1) / 1_000_000 + " ms");
        } else {
            startApp("site", sitePort, "/");
        }
        if (withAdmin) {
            startApp("admin", adminPort, "/admin/login");
        }
        System.out.println("UPLIFT-DEMO ready in " + (System.nanoTime() - t0) / 1_000_000_000 + " s");
        System.out.println("UPLIFT-DEMO   storefront: http://127.0.0.1:" + sitePort + "/");
        if (withAdmin) {
            System.out.println("UPLIFT-DEMO   admin:      http://127.0.0.1:" + adminPort + "/admin  (user admin, password admin)");
        }
    }

    private void startApp(String app, int port, String probePath) throws Exception {
        Process p = startChild(app, port);
        String url = "http://127.0.0.1:" + port + probePath;
        File log = new File(dataDir, app + ".log");
        long t0 = System.nanoTime();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.getLong("uplift.demo.bootTimeoutSeconds", 300));
        while (true) {
            if (!p.isAlive()) {
                throw new IllegalStateException(app + " exited with code " + p.exitValue() + " during start; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(app + " did not answer " + url + " in time; see " + log);
            }
            if (answers(url)) {
                break;
            }
            Thread.sleep(500);
        }
        System.out.println("UPLIFT-DEMO " + app + " up in " + (System.nanoTime() - t0) / 1_000_000 + " ms: " + url);
    }

    private Process startChild(String app, int port) throws IOException {
        String javaBin = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> cmd = new ArrayList<String>();
        cmd.add(javaBin);
        for (String flag : DemoJvm.flags()) {
            cmd.add(flag);
        }
        cmd.add("-Xmx" + System.getProperty("uplift.demo.xmx", "1g"));
        cmd.add("-Duplift.demo.jdbc.url=" + jdbcUrl(dbPort));
        cmd.add("-Dtmpdir.solrhome=" + new File(dataDir, "solr-" + app).getAbsolutePath());
        cmd.add("-Duplift.demo.data=" + dataDir.getAbsolutePath());
        cmd.add("-Dsite.baseurl=http://127.0.0.1:" + sitePort);
        cmd.add("-Dadmin.baseurl=http://127.0.0.1:" + adminPort + "/admin");
        if (System.getProperty("uplift.demo.experiments") != null) {
            // e.g. "draft": the demo's A/B experiments are seeded as drafts (tests); the site seeds them
            cmd.add("-Duplift.demo.experiments=" + System.getProperty("uplift.demo.experiments"));
        }
        if ("site".equals(app)) {
            cmd.addAll(siteJvmArgs);
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(DemoWebapp.class.getName());
        cmd.add(app);
        cmd.add(String.valueOf(port));
        File log = new File(dataDir, app + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log));
        System.out.println("UPLIFT-DEMO starting " + app + " (log: " + log.getAbsolutePath() + ")");
        Process p = pb.start();
        children.add(p);
        return p;
    }

    static boolean answers(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(30000);
            c.setInstanceFollowRedirects(false);
            int code = c.getResponseCode();
            c.disconnect();
            return code > 0 && code < 500;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        for (Process p : children) {
            p.destroy();
        }
        for (Process p : children) {
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        if (site != null) {
            try {
                site.stop();
            } catch (Exception e) {
                System.err.println("UPLIFT-DEMO site stop failed: " + e);
            }
        }
        if (db != null) {
            db.shutdownWithCatalogs(org.hsqldb.Database.CLOSEMODE_NORMAL);
        }
    }

    public static void main(String[] args) throws Exception {
        File data = new File("demo/data");
        int site = 8080;
        int admin = 8081;
        int dbPort = 9101;
        boolean withAdmin = true;
        boolean exitWhenStarted = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ("--data".equals(a)) {
                data = new File(args[++i]);
            } else if ("--site-port".equals(a)) {
                site = Integer.parseInt(args[++i]);
            } else if ("--admin-port".equals(a)) {
                admin = Integer.parseInt(args[++i]);
            } else if ("--db-port".equals(a)) {
                dbPort = Integer.parseInt(args[++i]);
            } else if ("--no-admin".equals(a)) {
                withAdmin = false;
            } else if ("--exit-when-started".equals(a)) {
                exitWhenStarted = true;
            } else {
                System.err.println("unknown option: '" + a + "' (known: --data DIR, --site-port N, --admin-port N,"
                        + " --db-port N, --no-admin, --exit-when-started)");
                System.exit(2);
            }
        }
        final DemoStore store = new DemoStore(data, site, admin, dbPort, withAdmin);
        Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
            @Override
            public void run() {
                store.close();
            }
        }, "uplift-demo-shutdown"));
        try {
            store.start();
        } catch (Exception e) {
            System.err.println("UPLIFT-DEMO failed: " + e.getMessage());
            System.exit(1);
        }
        if (exitWhenStarted) {
            System.exit(0);
        }
        System.out.println("UPLIFT-DEMO press Ctrl-C to stop");
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Thread.currentThread().join();
    }
}
