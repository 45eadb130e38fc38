package io.uplift.demo.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Where the CPU of a load test goes, per request: the site's request threads (Jetty's pool, {@code qtp...}), the site's
 * other threads (garbage collector, JIT compiler, the plugin's writers), the load test's clients, and the rest of the
 * load test's JVM (the demo's embedded database server when the test started the store). On one machine all of them
 * share the cores, so the throughput of the two sides is about the inverse of their CPU per request: this is what
 * tells a plugin's own cost from the load generator's.
 *
 * <p>The site's times are read from Linux's {@code /proc/<pid>/stat} and {@code /proc/<pid>/task/<tid>/stat}
 * (clock ticks of 10 ms); elsewhere, or without the site's process id, the site's part is unknown and printed as such.
 * The clients' times come from {@link ThreadMXBean}, this JVM's from the platform's operating-system bean.</p>
 */
final class CpuMeter {

    /** Linux's USER_HZ: the unit of the times in {@code /proc/.../stat} on every mainstream kernel. */
    static final long NANOS_PER_TICK = 10_000_000L;

    /** CPU nanoseconds, cumulative since each process started (unknown parts are -1). */
    static final class Reading {
        final long siteRequest;
        final long siteAll;
        final long clients;
        final long thisJvm;

        Reading(long siteRequest, long siteAll, long clients, long thisJvm) {
            this.siteRequest = siteRequest;
            this.siteAll = siteAll;
            this.clients = clients;
            this.thisJvm = thisJvm;
        }
    }

    /** CPU nanoseconds spent over the recorded phases of one side. */
    static final class Spent {
        long siteRequest;
        long siteOther;
        long clients;
        long restOfThisJvm;
        boolean siteKnown = true;

        void add(Reading from, Reading to) {
            if (from.siteAll < 0 || to.siteAll < 0) {
                siteKnown = false;
            } else {
                siteRequest += to.siteRequest - from.siteRequest;
                siteOther += (to.siteAll - from.siteAll) - (to.siteRequest - from.siteRequest);
            }
            clients += to.clients - from.clients;
            restOfThisJvm += (to.thisJvm - from.thisJvm) - (to.clients - from.clients);
        }

        long all() {
            return siteRequest + siteOther + clients + restOfThisJvm;
        }
    }

    private final long sitePid;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Long> clientThreads = Collections.synchronizedList(new ArrayList<Long>());

    /** @param sitePid the site's process id, or -1 when unknown (its CPU is then not measured) */
    CpuMeter(long sitePid) {
        this.sitePid = sitePid;
        if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
    }

    long getSitePid() {
        return sitePid;
    }

    /** A load client thread, whose CPU counts as the clients'. */
    void client(Thread t) {
        clientThreads.add(t.getId());
    }

    Reading read() {
        long clients = 0;
        synchronized (clientThreads) {
            for (long id : clientThreads) {
                clients += Math.max(0, threads.getThreadCpuTime(id));
            }
        }
        long request = -1;
        long all = -1;
        if (sitePid > 0) {
            try {
                all = ticks(read(new File("/proc/" + sitePid + "/stat"))) * NANOS_PER_TICK;
                long sum = 0;
                File[] tasks = new File("/proc/" + sitePid + "/task").listFiles();
                for (File task : tasks == null ? new File[0] : tasks) {
                    try {
                        String stat = read(new File(task, "stat"));
                        if (command(stat).startsWith("qtp")) {
                            sum += ticks(stat);
                        }
                    } catch (IOException gone) {
                        // the thread ended between the listing and the read; its time is in the process's total
                    }
                }
                request = sum * NANOS_PER_TICK;
            } catch (IOException | RuntimeException e) {
                all = -1;
                request = -1;
            }
        }
        return new Reading(request, all, clients, processCpuNanos());
    }

    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
        }
        return 0;
    }

    private static String read(File f) throws IOException {
        return new String(Files.readAllBytes(f.toPath()), StandardCharsets.US_ASCII);
    }

    /** The thread's or process's name in a {@code stat} line (between the first '(' and the last ')'). */
    static String command(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("not a /proc stat line: '" + stat + "'");
        }
        return stat.substring(open + 1, close);
    }

    /** User plus system time in clock ticks from a {@code stat} line (fields 14 and 15; the name may hold spaces). */
    static long ticks(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            throw new IllegalArgumentException("not a /proc stat line: '" + stat + "'");
        }
        String[] f = stat.substring(close + 1).trim().split("\\s+");
        if (f.length < 13) {
            throw new IllegalArgumentException("not a /proc stat line: '" + stat + "'");
        }
        // after the name: state(3) ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime(14) stime(15)
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /**
     * The process id of the demo's site JVM serving {@code port} on this machine ({@code DemoWebapp site <port>}),
     * or -1 when there is none or this is not Linux.
     */
    static long findDemoSite(int port) {
        File[] procs = new File("/proc").listFiles();
        if (procs == null) {
            return -1;
        }
        for (File p : procs) {
            if (!p.getName().matches("\\d+")) {
                continue;
            }
            try {
                String[] args = read(new File(p, "cmdline")).split("\0");
                for (int i = 0; i + 2 < args.length; i++) {
                    if (args[i].equals("io.uplift.demo.DemoWebapp") && args[i + 1].equals("site")
                            && args[i + 2].equals(String.valueOf(port))) {
                        return Long.parseLong(p.getName());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // gone, or not ours to read
            }
        }
        return -1;
    }

    /**
     * The report's line: CPU milliseconds per request of each part, on / off, and the ratio of the whole; on one
     * machine, throughput on/off is about the inverse of that ratio.
     */
    static String line(Spent on, long onRequests, Spent off, long offRequests) {
        if (onRequests == 0 || offRequests == 0) {
            return "load: CPU per request: no requests recorded on a side";
        }
        StringBuilder s = new StringBuilder("load: CPU per request, ms, widgets on / off:");
        if (on.siteKnown && off.siteKnown) {
            s.append(String.format(Locale.ROOT, " site request threads %s (x%.2f); site's other threads (GC, JIT,"
                    + " writers) %s;", pair(on.siteRequest, onRequests, off.siteRequest, offRequests),
                    ratio(on.siteRequest, onRequests, off.siteRequest, offRequests),
                    pair(on.siteOther, onRequests, off.siteOther, offRequests)));
        } else {
            s.append(" site not measured (its process is not known, or this is not Linux);");
        }
        s.append(String.format(Locale.ROOT, " load clients %s; rest of the load test's JVM (its GC and JIT, and the"
                + " database when it started the store) %s;",
                pair(on.clients, onRequests, off.clients, offRequests),
                pair(on.restOfThisJvm, onRequests, off.restOfThisJvm, offRequests)));
        if (on.siteKnown && off.siteKnown) {
            double whole = ratio(on.all(), onRequests, off.all(), offRequests);
            s.append(String.format(Locale.ROOT, " all %s (x%.3f: on shared cores, throughput on/off about %.3f)",
                    pair(on.all(), onRequests, off.all(), offRequests), whole, 1 / whole));
        } else {
            s.setLength(s.length() - 1);
        }
        return s.toString();
    }

    private static String pair(long onNanos, long onRequests, long offNanos, long offRequests) {
        return String.format(Locale.ROOT, "%.3f / %.3f", onNanos / 1e6 / onRequests, offNanos / 1e6 / offRequests);
    }

    private static double ratio(long onNanos, long onRequests, long offNanos, long offRequests) {
        return ((double) onNanos / onRequests) / ((double) offNanos / offRequests);
    }
}
