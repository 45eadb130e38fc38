package io.uplift.spark;

import io.uplift.broadleaf.learn.JdbcSnapshotStore;
import io.uplift.engine.learn.SnapshotStore;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code bin/uplift spark-rebuild}: the full rebuild as a Spark job.
 *
 * <pre>
 * bin/uplift spark-rebuild --jdbc URL [--user NAME] [--password SECRET]          orders from the shop, generation saved there
 * bin/uplift spark-rebuild --input FILE [--format ids|names] --out SNAPSHOT       orders from an export file, generation to a file
 *   [--master local[*]] [--partitions N] [--half-life DAYS] [--check-mllib MIN]
 * </pre>
 * On a cluster, submit the same main class with {@code spark-submit --class io.uplift.spark.SparkRebuildCommand}
 * (and without {@code --master}). Exit status 0 on success, 1 when the job failed, 2 for bad arguments.
 */
public final class SparkRebuildCommand {

    private SparkRebuildCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> o = new LinkedHashMap<>();
        for (String key : new String[] {"--jdbc", "--user", "--password", "--input", "--format", "--out", "--master",
                "--partitions", "--half-life", "--check-mllib"}) {
            o.put(key, null);
        }
        for (int i = 0; i < args.length; i++) {
            if (!o.containsKey(args[i]) || i + 1 >= args.length) {
                err.println("uplift spark-rebuild: unknown option or missing value: '" + args[i] + "'");
                err.println(usage());
                return 2;
            }
            o.put(args[i], args[++i]);
        }
        if ((o.get("--jdbc") == null) == (o.get("--input") == null)) {
            err.println("uplift spark-rebuild: give either --jdbc URL (the shop's database) or --input FILE (an export)");
            err.println(usage());
            return 2;
        }
        if (o.get("--input") != null && o.get("--out") == null) {
            err.println("uplift spark-rebuild: --input needs --out FILE (where to write the generation)");
            return 2;
        }
        int partitions;
        double halfLife;
        int check;
        ExportFormat format;
        try {
            partitions = Integer.parseInt(value(o, "--partitions", "0"));
            halfLife = Double.parseDouble(value(o, "--half-life", "7"));
            check = Integer.parseInt(value(o, "--check-mllib", "0"));
            format = ExportFormat.of(value(o, "--format", "ids"));
        } catch (IllegalArgumentException e) {
            err.println("uplift spark-rebuild: bad number or format: " + e.getMessage());
            return 2;
        }
        if (o.get("--input") != null && !Files.isReadable(Paths.get(o.get("--input")))
                && !o.get("--input").contains("://")) {
            err.println("uplift spark-rebuild: cannot read the input file '" + o.get("--input") + "'");
            return 2;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("uplift-rebuild")
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .config("spark.ui.showConsoleProgress", "false").config("spark.log.level", "WARN");
        if (o.get("--master") != null) {
            builder.master(o.get("--master"));
            if (o.get("--master").startsWith("local")) {
                // a local run listens on the loopback interface only
                builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
            }
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            int parts = partitions > 0 ? partitions : Math.max(2, spark.sparkContext().defaultParallelism());
            SnapshotStore store;
            JavaRDD<Order> orders;
            if (o.get("--jdbc") != null) {
                String user = value(o, "--user", "SA");
                String password = value(o, "--password", "");
                store = new JdbcSnapshotStore(new DriverManagerDataSource(o.get("--jdbc"), user, password));
                orders = SparkRebuild.readJdbc(spark, o.get("--jdbc"), user, password, parts);
            } else {
                store = new MemorySnapshotStore();
                orders = SparkRebuild.readExport(spark, o.get("--input"), format, parts);
            }
            SparkRebuild.Result r = SparkRebuild.rebuild(spark, orders, store, halfLife, parts,
                    "bin/uplift spark-rebuild (Spark " + spark.version() + ", " + spark.sparkContext().master() + ")");
            if (o.get("--out") != null) {
                Path file = Paths.get(o.get("--out"));
                Files.write(file, store.latest().getData());
                out.println("uplift spark-rebuild: wrote " + file);
            }
            out.println("uplift spark-rebuild: " + r);
            if (check > 0) {
                FrequentPairsCheck.Outcome c = FrequentPairsCheck.check(spark, orders, store.latest().getData(), check);
                if (!c.mismatches.isEmpty()) {
                    err.println("uplift spark-rebuild: MLlib FP-growth disagrees: " + c.mismatches);
                    return 1;
                }
                out.printf("uplift spark-rebuild: MLlib FP-growth agrees on %,d products and %,d pairs in at least %d"
                        + " orders%n", c.products, c.pairs, check);
            }
            return 0;
        } catch (RuntimeException | IOException e) {
            err.println("uplift spark-rebuild: failed: " + rootMessage(e));
            return 1;
        } finally {
            spark.stop();
        }
    }

    /** A bad input line's own message (Spark wraps task failures in its own exceptions), else the outermost. */
    static String rootMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ExportFormat.BadLineException) {
                return t.getMessage();
            }
        }
        return e.getMessage();
    }

    private static String value(Map<String, String> o, String key, String fallback) {
        return o.get(key) == null ? fallback : o.get(key);
    }

    static String usage() {
        return "usage: bin/uplift spark-rebuild --jdbc URL [--user NAME] [--password SECRET]\n"
                + "       bin/uplift spark-rebuild --input FILE [--format ids|names] --out SNAPSHOT\n"
                + "         [--master local[*]] [--partitions N] [--half-life DAYS] [--check-mllib MIN_ORDERS]";
    }
}
