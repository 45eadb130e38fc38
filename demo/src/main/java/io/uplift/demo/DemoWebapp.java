package io.uplift.demo;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.session.DefaultSessionIdManager;
import org.eclipse.jetty.server.session.HouseKeeper;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.webapp.WebAppContext;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one of the demo's two Broadleaf web applications ({@code site} or {@code admin}) in an embedded Jetty
 * bound to 127.0.0.1.
 *
 * <p>The web application runs on the system class loader: Broadleaf's load-time weaving (the
 * {@code spring-instrument} agent) only transforms classes of the persistence unit's class loader, so a separate
 * {@code WebAppClassLoader} would leave every entity untransformed.</p>
 *
 * <p>Usage: {@code java <flags> io.uplift.demo.DemoWebapp site|admin PORT}; the JDBC URL comes from the system
 * property {@code uplift.demo.jdbc.url} (see {@link DemoStore}).</p>
 */
public final class DemoWebapp {

    private DemoWebapp() {
    }

    /**
     * Starts the named application and returns the running server.
     *
     * @param app  {@code site} or {@code admin}
     * @param port loopback port, 0 for any free one
     */
    public static Server start(String app, int port) throws Exception {
        return start(app, port, true);
    }

    /** System property: the HTTP session timeout in minutes instead of the web.xml's 60 (the soak's shorter runs). */
    public static final String SESSION_MINUTES = "uplift.demo.sessionMinutes";

    /** How often expired HTTP sessions are swept. */
    static final long SESSION_SWEEP_SECONDS = 60;

    /**
     * @param withPlugin {@code false} starts the same store with the Uplift lines removed from
     *                   {@code patchConfigLocation} (for measuring what the plugin costs; slot tags then render as
     *                   unknown elements)
     */
    public static Server start(String app, int port, boolean withPlugin) throws Exception {
        if (!"site".equals(app) && !"admin".equals(app)) {
            throw new IllegalArgumentException("app must be 'site' or 'admin': '" + app + "'");
        }
        URL base = DemoWebapp.class.getResource("/webapps/" + app);
        if (base == null) {
            throw new IllegalStateException("webapp resources not on the classpath: /webapps/" + app);
        }
        Server server = new Server(new InetSocketAddress("127.0.0.1", port));
        // expired HTTP sessions are swept every minute (Jetty 9.4's default is every 10 minutes, so a busy shop keeps
        // up to 10 minutes of expired sessions in memory; README, "Soak")
        DefaultSessionIdManager sessionIds = new DefaultSessionIdManager(server);
        HouseKeeper houseKeeper = new HouseKeeper();
        houseKeeper.setSessionIdManager(sessionIds);
        houseKeeper.setIntervalSec(SESSION_SWEEP_SECONDS);
        sessionIds.setSessionHouseKeeper(houseKeeper);
        server.setSessionIdManager(sessionIds);
        WebAppContext context = new WebAppContext();
        context.setContextPath("admin".equals(app) ? "/admin" : "/");
        context.setBaseResource(Resource.newResource(base));
        context.setClassLoader(ClassLoader.getSystemClassLoader());
        context.setParentLoaderPriority(true);
        context.setThrowUnavailableOnStartupException(true);
        context.setInitParameter("org.eclipse.jetty.servlet.Default.dirAllowed", "false");
        if (!withPlugin) {
            context.setOverrideDescriptor(withoutPluginDescriptor(app).getAbsolutePath());
        }
        server.setHandler(context);
        server.setStopAtShutdown(true);
        server.start();
        String sessionMinutes = System.getProperty(SESSION_MINUTES);
        if (sessionMinutes != null) {
            // after start: the web.xml's session-timeout is applied while the context starts
            context.getSessionHandler().setMaxInactiveInterval(Integer.parseInt(sessionMinutes.trim()) * 60);
        }
        return server;
    }

    /** An override descriptor whose patchConfigLocation is the web.xml's without the bl-uplift lines. */
    static File withoutPluginDescriptor(String app) throws IOException {
        String webXml;
        try (InputStream in = DemoWebapp.class.getResourceAsStream("/webapps/" + app + "/WEB-INF/web.xml")) {
            webXml = new String(readAll(in), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("<param-name>patchConfigLocation</param-name>\\s*<param-value>(.*?)</param-value>",
                Pattern.DOTALL).matcher(webXml);
        if (!m.find()) {
            throw new IllegalStateException("no patchConfigLocation in /webapps/" + app + "/WEB-INF/web.xml");
        }
        StringBuilder kept = new StringBuilder();
        for (String line : m.group(1).split("\\s+")) {
            if (!line.isEmpty() && !line.contains("bl-uplift-")) {
                kept.append(line).append('\n');
            }
        }
        File f = File.createTempFile("uplift-without-plugin", ".xml");
        f.deleteOnExit();
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<web-app xmlns=\"http://java.sun.com/xml/ns/javaee\" version=\"3.0\">\n"
                + "<context-param><param-name>patchConfigLocation</param-name><param-value>" + kept
                + "</param-value></context-param>\n</web-app>\n";
        Files.write(f.toPath(), xml.getBytes(StandardCharsets.UTF_8));
        return f;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** This process's resident memory in MiB from /proc (Linux), -1 elsewhere. */
    static long rssMiB() {
        try {
            for (String line : Files.readAllLines(new File("/proc/self/status").toPath(), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** The port a started server listens on. */
    public static int port(Server server) {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3 || (args.length == 3 && !"--without-plugin".equals(args[2]))) {
            System.err.println("usage: DemoWebapp site|admin PORT [--without-plugin]");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Server server = start(args[0], Integer.parseInt(args[1]), args.length == 2);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        System.out.println("UPLIFT-DEMO " + args[0] + " started on http://127.0.0.1:" + port(server)
                + ("admin".equals(args[0]) ? "/admin" : "/") + " in " + ms + " ms, heap after GC " + heapMb + " MiB, RSS " + rssMiB() + " MiB");
        server.join();
    }
}
