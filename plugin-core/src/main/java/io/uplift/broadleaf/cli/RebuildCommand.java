package io.uplift.broadleaf.cli;

import io.uplift.broadleaf.learn.JdbcOrderHistory;
import io.uplift.broadleaf.learn.JdbcSnapshotStore;
import io.uplift.engine.FailureSink;
import io.uplift.engine.copurchase.CoPurchaseModel;
import io.uplift.engine.copurchase.CoPurchaseModelLearner;
import io.uplift.engine.learn.LearningService;
import io.uplift.engine.learn.LearningStatus;
import io.uplift.engine.learn.ModelHolder;
import io.uplift.engine.rank.Rescorers;
import io.uplift.engine.trending.TrendingLearner;
import io.uplift.engine.trending.TrendingModel;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code bin/uplift rebuild}: a full rebuild of the learned models from every submitted order in the shop's
 * database, with a progress bar, saved as a new generation that every running storefront node then loads. Runs
 * without Broadleaf (plain JDBC on Broadleaf's order tables and the plugin's snapshot table).
 *
 * <pre>
 * bin/uplift rebuild [--jdbc URL] [--user NAME] [--password SECRET] [--row-length N] [--half-life DAYS]
 * </pre>
 * Defaults: the demo store's database. Exit status 0 on success, 1 when the rebuild failed, 2 for bad arguments.
 */
public final class RebuildCommand {

    static final String DEMO_URL = "jdbc:hsqldb:hsql://127.0.0.1:9101/uplift";

    private RebuildCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<String, String>();
        options.put("--jdbc", DEMO_URL);
        options.put("--user", "SA");
        options.put("--password", "");
        options.put("--row-length", "50");
        options.put("--half-life", "7");
        options.put("--scorer", "default");
        for (int i = 0; i < args.length; i++) {
            if ("--help".equals(args[i]) || "-h".equals(args[i])) {
                err.println(usage());
                return 2;
            }
            if (!options.containsKey(args[i]) || i + 1 >= args.length) {
                err.println("uplift rebuild: unknown option or missing value: '" + args[i] + "'");
                err.println(usage());
                return 2;
            }
            options.put(args[i], args[++i]);
        }
        int rowLength;
        double halfLife;
        try {
            rowLength = Integer.parseInt(options.get("--row-length"));
            halfLife = Double.parseDouble(options.get("--half-life"));
        } catch (NumberFormatException e) {
            err.println("uplift rebuild: --row-length must be a whole number and --half-life a number: '"
                    + options.get("--row-length") + "', '" + options.get("--half-life") + "'");
            return 2;
        }
        DriverManagerDataSource db = new DriverManagerDataSource(options.get("--jdbc"), options.get("--user"),
                options.get("--password"));
        try (Connection c = db.getConnection()) {
            out.println("uplift rebuild: database " + options.get("--jdbc") + " (" + c.getMetaData().getDatabaseProductName() + ")");
        } catch (SQLException e) {
            err.println("uplift rebuild: cannot connect to " + options.get("--jdbc") + ": " + e.getMessage());
            return 1;
        }
        final StringBuilder failure = new StringBuilder();
        FailureSink failures = new FailureSink() {
            @Override
            public void record(String kind, String context, Throwable cause) {
                failure.append(context).append(cause == null ? "" : ": " + cause.getMessage()).append('\n');
            }
        };
        LearningService learning;
        try {
            ModelHolder<CoPurchaseModel> model = new ModelHolder<CoPurchaseModel>(
                    CoPurchaseModelLearner.empty(options.get("--scorer"), rowLength));
            learning = new LearningService(new JdbcOrderHistory(db), new JdbcSnapshotStore(db), null,
                    Arrays.asList(new CoPurchaseModelLearner(model, options.get("--scorer"), rowLength),
                            new TrendingLearner(new ModelHolder<TrendingModel>(TrendingModel.empty()), halfLife)),
                    failures, Rescorers.Clock.SYSTEM, "bin/uplift rebuild@" + hostName(), true, 1000, 2000);
        } catch (IllegalArgumentException e) {
            err.println("uplift rebuild: " + e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        final LearningService service = learning;
        Thread bar = new Thread(new Runnable() {
            @Override
            public void run() {
                while (!Thread.currentThread().isInterrupted()) {
                    printBar(service.status(), err);
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "uplift-rebuild-progress");
        bar.setDaemon(true);
        bar.start();
        learning.rebuildNow();
        bar.interrupt();
        LearningStatus s = learning.status();
        printBar(s, err);
        err.println();
        if (failure.length() > 0 || s.getLastError() != null) {
            err.println("uplift rebuild: failed: " + (failure.length() > 0 ? failure.toString().trim() : s.getLastError()));
            return 1;
        }
        out.printf("uplift rebuild: %s in %d ms (generation %d)%n", s.getLastMessage(),
                (System.nanoTime() - started) / 1_000_000, s.getGeneration());
        return 0;
    }

    static void printBar(LearningStatus s, PrintStream err) {
        int percent = s.isRebuilding() ? Math.max(0, s.getPercent()) : 100;
        int filled = percent * 30 / 100;
        StringBuilder b = new StringBuilder("\r[");
        for (int i = 0; i < 30; i++) {
            b.append(i < filled ? '#' : '.');
        }
        b.append("] ").append(percent).append(" % ").append(s.getPhase()).append(' ').append(s.getDone());
        if (s.getTotal() > 0) {
            b.append('/').append(s.getTotal());
        }
        b.append(" orders   ");
        err.print(b);
        err.flush();
    }

    static String usage() {
        return "usage: bin/uplift rebuild [--jdbc URL] [--user NAME] [--password SECRET] [--row-length N]"
                + " [--half-life DAYS] [--scorer NAME]\n"
                + "  rebuilds the co-purchase statistics and trending counts from every submitted order and saves them"
                + " as a new generation;\n  running storefront nodes load it within their poll period."
                + " Defaults: --jdbc " + DEMO_URL + " --user SA.";
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
