package io.uplift.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One Spark session for all test classes of the module (a session takes seconds to start): on the master the pom
 * gives ({@code uplift.spark.testMaster}: {@code local-cluster[2,1,1024]}, two executors in their own JVMs, with this
 * JVM's class path and JDK 17 flags), or {@code local[2]} when run without it (e.g. from an IDE).
 */
final class TestSpark {

    private static SparkSession session;

    private TestSpark() {
    }

    /** This JVM's flags for Spark on JDK 17 (the module's spark.jvm.flags), for the executors' JVMs. */
    static String jdkFlags() {
        StringBuilder b = new StringBuilder();
        for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("--add-opens") || a.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
                    || a.startsWith("-Djdk.reflect")) {
                b.append(b.length() == 0 ? "" : " ").append(a);
            }
        }
        return b.toString();
    }

    static synchronized SparkSession get() {
        if (session == null) {
            String master = System.getProperty("uplift.spark.testMaster", "local[2]");
            SparkSession.Builder b = SparkSession.builder().master(master).appName("uplift-test");
            if (master.startsWith("local-cluster")) {
                // the workers look for a distribution's jars directory under SPARK_HOME (the pom points it into
                // target/); the executors get Spark and everything else from this JVM's class path instead
                String home = System.getenv("SPARK_HOME");
                java.io.File jars = home == null ? null : new java.io.File(home, "jars");
                if (jars == null || !(jars.isDirectory() || jars.mkdirs())) {
                    throw new IllegalStateException("local-cluster tests need SPARK_HOME set to a writable directory: "
                            + home);
                }
                b.config("spark.executor.extraClassPath", System.getProperty("java.class.path"))
                        .config("spark.executor.extraJavaOptions", jdkFlags())
                        .config("spark.executor.memory", "512m");
            }
            session = b
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer").config("spark.log.level", "WARN")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
            SparkSession s = session;
            Runtime.getRuntime().addShutdownHook(new Thread(s::stop, "stop-test-spark"));
        }
        return session;
    }
}
