package io.uplift.demo;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The demo store: one HSQLDB server (file database, survives restarts) on loopback, the Broadleaf site and the
 * Broadleaf admin, each in its own JVM, both on that one database.
 *
 * <p>Start order is database, site, admin: the site creates or updates the schema and seeds the catalog and order
 * history on first start ({@code DemoDataSeeder}), the admin then starts on the same tables.</p>
 *
 * <p>The database is this HSQLDB server unless {@code -Duplift.db=postgres|mariadb} names a running server
 * ({@link DemoDatabase}).</p>
 *
 * <p>Options: {@code --data DIR} (default {@code demo/data}), {@code --site-port}, {@code --admin-port},
 * {@code --db-port} (defaults 8080, 8081, 9101), {@code --db-properties FILE} (the {@code uplift.db*} properties of
 * a PostgreSQL / MariaDB server, as {@code bin/dbserver} writes them), {@code --no-admin}, {@code --exit-when-started} (for scripts
 * that only want to know the store boots).</p>
 */
public final class DemoStore implements AutoCloseable {

    private final File dataDir;
    private final int sitePort;
    private final int adminPort;
    private final int dbPort;
    private final boolean withAdmin;
    private final DemoDatabase database;
    private boolean siteInProcess;
    private Server db;
    private org.eclipse.jetty.server.Server site;
    private final List<Process> children = new ArrayList<Process>();
    private volatile Process siteProcess;
    private int smtpPort;
    private int imapPort;
    private GreenMail mail;
    private final List<String> siteJvmArgs = new ArrayList<String>();
    private final List<String> adminJvmArgs = new ArrayList<String>();

    public DemoStore(File dataDir, int sitePort, int adminPort, int dbPort, boolean withAdmin) {
        this.dataDir = dataDir;
        this.sitePort = sitePort;
        this.adminPort = adminPort;
        this.dbPort = dbPort;
        this.withAdmin = withAdmin;
        this.database = DemoDatabase.fromSystemProperties(dbPort);
    }

    /**
     * Runs the site in this JVM instead of a child process (integration tests use it to reach the site's Spring
     * context); this JVM must then carry the flags of {@link DemoJvm}.
     */
    public DemoStore siteInProcess() {
        this.siteInProcess = true;
        return this;
    }

    /**
     * The ports of the demo's local mail server (GreenMail: SMTP for the shop's e-mails, IMAP to read them), bound to
     * 127.0.0.1; 0 picks a free port. Without this call both are picked free.
     */
    public DemoStore withMail(int smtpPort, int imapPort) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        return this;
    }

    public int getSmtpPort() {
        return smtpPort;
    }

    public int getImapPort() {
        return imapPort;
    }

    /** The local mail server (its received messages are every e-mail the shop sent); null before {@link #start()}. */
    public GreenMail getMailServer() {
        return mail;
    }

    /** Stops the SMTP/IMAP server (a mail outage); {@link #startMailServer()} brings it back with its messages. */
    public synchronized void stopMailServer() {
        if (mail != null && mail.isRunning()) {
            mail.stop();
        }
    }

    /** Starts (or restarts) the mail server on its ports; received messages are kept across a restart. */
    public synchronized void startMailServer() throws IOException {
        if (smtpPort == 0) {
            smtpPort = freePort();
        }
        if (imapPort == 0) {
            imapPort = freePort();
        }
        if (mail == null) {
            mail = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        }
        if (!mail.isRunning()) {
            mail.start();
        }
    }

    static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Extra JVM options of the admin's child process (e.g. a shorter health report period in tests). */
    public DemoStore adminJvmArgs(List<String> args) {
        this.adminJvmArgs.addAll(args);
        return this;
    }

    /** Extra JVM options of the site's child process (e.g. a JMX port for {@code bin/uplift soak}). */
    public DemoStore siteJvmArgs(List<String> args) {
        this.siteJvmArgs.addAll(args);
        return this;
    }

    /**
     * The site's process id when it runs in a child process (the load test reads its CPU time), else -1. Through
     * reflection: {@code Process.pid()} is Java 9's and this module is compiled for release 8.
     */
    public long getSitePid() {
        Process p = siteProcess;
        if (p == null) {
            return -1;
        }
        try {
            return ((Number) Process.class.getMethod("pid").invoke(p)).longValue();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
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

    /** The database the store runs on (HSQLDB server of its own, or PostgreSQL / MariaDB per {@code -Duplift.db}). */
    public DemoDatabase getDatabase() {
        return database;
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
        if (database.isEmbedded()) {
            db = startDatabase(new File(dataDir, "db"), dbPort);
            System.out.println("UPLIFT-DEMO database " + database + " (files in "
                    + new File(dataDir, "db").getAbsolutePath() + ")");
        } else {
            System.out.println("UPLIFT-DEMO database " + database + " (external server, user " + database.getUser() + ")");
        }
        startMailServer();
        System.out.println("UPLIFT-DEMO mail server: SMTP 127.0.0.1:" + smtpPort + ", IMAP 127.0.0.1:" + imapPort
                + " (read the shop's e-mails at http://127.0.0.1:" + sitePort + "/uplift-demo/mailbox)");
        if (siteInProcess) {
            for (Map.Entry<String, String> p : mailProperties().entrySet()) {
                System.setProperty(p.getKey(), p.getValue());
            }
            database.exportToSystemProperties();
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
        cmd.addAll(database.jvmFlags());
        cmd.add("-Dtmpdir.solrhome=" + new File(dataDir, "solr-" + app).getAbsolutePath());
        cmd.add("-Duplift.demo.data=" + dataDir.getAbsolutePath());
        cmd.add("-Dsite.baseurl=http://127.0.0.1:" + sitePort);
        for (Map.Entry<String, String> p : mailProperties().entrySet()) {
            cmd.add("-D" + p.getKey() + "=" + p.getValue());
        }
        cmd.add("-Dadmin.baseurl=http://127.0.0.1:" + adminPort + "/admin");
        // e.g. uplift.demo.experiments=draft: the demo's A/B experiments are seeded as drafts (tests; the site seeds
        // them)
        if (System.getProperty("uplift.demo.experiments") != null) {
            cmd.add("-Duplift.demo.experiments=" + System.getProperty("uplift.demo.experiments"));
        }
        // e.g. uplift.health.reportSeconds=5: the load test reads the node's counters within each of its phases
        if (System.getProperty("uplift.health.reportSeconds") != null) {
            cmd.add("-Duplift.health.reportSeconds=" + System.getProperty("uplift.health.reportSeconds"));
        }
        // the minimum sample per arm before the dashboard gives a verdict: a shop's default is 100 visitors and 30
        // orders; the demo asks for 50 and 20 so that one simulator run (README: 600 shoppers) reaches verdicts
        cmd.add("-Duplift.experiments.minVisitors=" + System.getProperty("uplift.experiments.minVisitors", "50"));
        cmd.add("-Duplift.experiments.minOrders=" + System.getProperty("uplift.experiments.minOrders", "20"));
        cmd.addAll("site".equals(app) ? siteJvmArgs : adminJvmArgs);
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
        if ("site".equals(app)) {
            siteProcess = p;
        }
        return p;
    }

    /** What points the site and admin at the demo's mail server and gives the e-mails' links the site's address. */
    private Map<String, String> mailProperties() {
        Map<String, String> p = new LinkedHashMap<String, String>();
        p.put("uplift.mail.smtp.host", "127.0.0.1");
        p.put("uplift.mail.smtp.port", String.valueOf(smtpPort));
        p.put("uplift.mail.baseUrl", "http://127.0.0.1:" + sitePort);
        p.put("uplift.demo.imap.port", String.valueOf(imapPort));
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
        if (mail != null) {
            mail.stop();
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
        int smtp = 0;
        int imap = 0;
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
            } else if ("--smtp-port".equals(a)) {
                smtp = Integer.parseInt(args[++i]);
            } else if ("--imap-port".equals(a)) {
                imap = Integer.parseInt(args[++i]);
            } else if ("--no-admin".equals(a)) {
                withAdmin = false;
            } else if ("--exit-when-started".equals(a)) {
                exitWhenStarted = true;
            } else if ("--db-properties".equals(a)) {
                // uplift.db, uplift.db.url, uplift.db.user, uplift.db.password (bin/dbserver writes such a file)
                java.util.Properties db = new java.util.Properties();
                try (java.io.InputStream in = new java.io.FileInputStream(args[++i])) {
                    db.load(in);
                }
                for (String name : db.stringPropertyNames()) {
                    System.setProperty(name, db.getProperty(name));
                }
            } else {
                System.err.println("unknown option: '" + a + "' (known: --data DIR, --site-port N, --admin-port N,"
                        + " --db-port N, --db-properties FILE, --smtp-port N, --imap-port N, --no-admin,"
                        + " --exit-when-started)");
                System.exit(2);
            }
        }
        final DemoStore store = new DemoStore(data, site, admin, dbPort, withAdmin).withMail(smtp, imap);
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
