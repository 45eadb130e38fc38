package io.uplift.demo;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.webapp.WebAppContext;

import java.net.InetSocketAddress;
import java.net.URL;

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
        if (!"site".equals(app) && !"admin".equals(app)) {
            throw new IllegalArgumentException("app must be 'site' or 'admin': '" + app + "'");
        }
        URL base = DemoWebapp.class.getResource("/webapps/" + app);
        if (base == null) {
            throw new IllegalStateException("webapp resources not on the classpath: /webapps/" + app);
        }
        Server server = new Server(new InetSocketAddress("127.0.0.1", port));
        WebAppContext context = new WebAppContext();
        context.setContextPath("admin".equals(app) ? "/admin" : "/");
        context.setBaseResource(Resource.newResource(base));
        context.setClassLoader(ClassLoader.getSystemClassLoader());
        context.setParentLoaderPriority(true);
        context.setThrowUnavailableOnStartupException(true);
        context.setInitParameter("org.eclipse.jetty.servlet.Default.dirAllowed", "false");
        server.setHandler(context);
        server.setStopAtShutdown(true);
        server.start();
        return server;
    }

    /** The port a started server listens on. */
    public static int port(Server server) {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: DemoWebapp site|admin PORT");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Server server = start(args[0], Integer.parseInt(args[1]));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        System.out.println("UPLIFT-DEMO " + args[0] + " started on http://127.0.0.1:" + port(server)
                + ("admin".equals(args[0]) ? "/admin" : "/") + " in " + ms + " ms, heap after GC " + heapMb + " MiB");
        server.join();
    }
}
