package io.uplift.spark;

import io.uplift.broadleaf.learn.JdbcOrderHistory;
import io.uplift.broadleaf.learn.JdbcSnapshotStore;
import org.apache.spark.sql.SparkSession;
import org.hsqldb.persist.HsqlProperties;
import org.hsqldb.server.Server;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.SplittableRandom;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The Spark rebuild reading Broadleaf's order tables over JDBC (partitioned by order id) and saving into the
 * plugin's snapshot table gives the generation the single-machine rebuild makes from the same database:
 * carts and lines without a product left out, orders in submit-time order (ties by id), an order's products in
 * order-item order, repeated products once, the recent orders of the last five minutes in the envelope.
 */
public class SparkJdbcRebuildTest {

    private static SparkSession spark;
    private static Server server;
    private static String url;
    private static DriverManagerDataSource db;

    /**
     * The shop's database as a server on loopback (in memory): the executors, in their own JVMs, connect to it as
     * they would to a shop's database (an in-process {@code mem:} database is only in the driver's JVM).
     */
    @BeforeClass
    public static void setUp() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        HsqlProperties props = new HsqlProperties();
        props.setProperty("server.address", "127.0.0.1");
        props.setProperty("server.port", port);
        props.setProperty("server.database.0", "mem:uplift-spark-jdbc");
        props.setProperty("server.dbname.0", "uplift");
        props.setProperty("server.silent", true);
        props.setProperty("server.no_system_exit", true);
        server = new Server();
        server.setProperties(props);
        server.setLogWriter(null);
        server.setErrWriter(null);
        server.start();
        url = "jdbc:hsqldb:hsql://127.0.0.1:" + port + "/uplift";
        db = new DriverManagerDataSource(url, "SA", "");
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE BLC_ORDER (ORDER_ID BIGINT PRIMARY KEY, CUSTOMER_ID BIGINT, SUBMIT_DATE TIMESTAMP,"
                    + " ORDER_STATUS VARCHAR(255))");
            st.execute("CREATE TABLE BLC_ORDER_ITEM (ORDER_ITEM_ID BIGINT PRIMARY KEY, ORDER_ID BIGINT)");
            st.execute("CREATE TABLE BLC_DISCRETE_ORDER_ITEM (ORDER_ITEM_ID BIGINT PRIMARY KEY, PRODUCT_ID BIGINT)");
            st.execute("CREATE TABLE UPLIFT_SNAPSHOT (GENERATION BIGINT PRIMARY KEY, CREATED_MILLIS BIGINT NOT NULL,"
                    + " CREATED_BY VARCHAR(200) NOT NULL, SIZE_BYTES INT NOT NULL, DATA BLOB NOT NULL)");
            SplittableRandom random = new SplittableRandom(3);
            long now = 1_700_000_000_000L;
            long item = 10_000;
            try (PreparedStatement order = c.prepareStatement("INSERT INTO BLC_ORDER VALUES (?,?,?,?)");
                    PreparedStatement line = c.prepareStatement("INSERT INTO BLC_ORDER_ITEM VALUES (?,?)");
                    PreparedStatement product = c.prepareStatement("INSERT INTO BLC_DISCRETE_ORDER_ITEM VALUES (?,?)")) {
                for (long id = 1; id <= 300; id++) {
                    order.setLong(1, id);
                    if (id % 7 == 0) {
                        order.setNull(2, java.sql.Types.BIGINT);
                    } else {
                        order.setLong(2, 100 + random.nextInt(50));
                    }
                    // ids are not in submit order; some orders share a submit time; the last ones are recent
                    order.setTimestamp(3, new Timestamp(now - (random.nextInt(40) * 60_000L)
                            - (id % 3 == 0 ? 0 : random.nextInt(3) * 86_400_000L)));
                    order.setString(4, id % 13 == 0 ? "IN_PROCESS" : "SUBMITTED");
                    order.executeUpdate();
                    int n = 1 + random.nextInt(6);
                    for (int i = 0; i < n; i++) {
                        long itemId = item + (i % 2 == 0 ? 2 * i : -2 * i) + 100;
                        line.setLong(1, itemId);
                        line.setLong(2, id);
                        line.executeUpdate();
                        product.setLong(1, itemId);
                        if (random.nextInt(20) == 0) {
                            product.setNull(2, java.sql.Types.BIGINT);
                        } else {
                            product.setLong(2, 900 + (long) Math.floor(Math.pow(random.nextDouble(), 2) * 60));
                        }
                        product.executeUpdate();
                    }
                    item += 1000;
                }
            }
        }
        spark = TestSpark.get();
    }

    @AfterClass
    public static void tearDown() throws Exception {
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        } finally {
            server.stop();
        }
    }

    @Test
    public void theShopsDatabaseGivesTheSingleMachineGeneration() throws Exception {
        MemorySnapshotStore single = new MemorySnapshotStore();
        SparkRebuildTest.singleMachine(new JdbcOrderHistory(db), single);

        JdbcSnapshotStore table = new JdbcSnapshotStore(db);
        SparkRebuild.Result r = SparkRebuild.rebuild(spark, SparkRebuild.readJdbc(spark, url, "SA", "", 3), table, 
                SparkRebuildTest.HALF_LIFE, 3, "test");
        assertEquals(1, r.generation);
        assertTrue("orders: " + r.baskets, r.baskets > 250);
        assertTrue("the envelope lists recent orders",
                io.uplift.engine.learn.SnapshotCodec.decode(table.latest().getData()).getRecentOrderIds().length > 5);
        SparkRebuildTest.assertSameGeneration(single, table);
        assertArrayEquals(single.latest().getData(), table.latest().getData());
    }
}
