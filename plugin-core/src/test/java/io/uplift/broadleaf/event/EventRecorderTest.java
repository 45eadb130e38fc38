package io.uplift.broadleaf.event;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import io.uplift.engine.event.Attribution;
import io.uplift.engine.event.BotDetector;
import io.uplift.engine.event.Event;
import io.uplift.engine.event.EventType;
import io.uplift.engine.event.ImpressionTally;
import io.uplift.slot.WidgetFailures;

/** The recorder's contract around a store: batches, unique keys, failures counted once a batch, purchases' amounts. */
public class EventRecorderTest {

    /** A store in memory with the table's unique key; can be made to fail like a missing table. */
    static final class MemoryStore extends JdbcEventStore {
        final Map<String, StoredEvent> rows = new LinkedHashMap<String, StoredEvent>();
        final List<Integer> batches = new ArrayList<Integer>();
        final Map<String, Long> rendered = new LinkedHashMap<String, Long>();
        boolean broken;
        LocalDate purgedBefore;

        MemoryStore() {
            super(null);
        }

        @Override
        public int write(List<StoredEvent> events) throws SQLException {
            if (broken) {
                throw new SQLException("user lacks privilege or object not found: UPLIFT_EVENT", "42501");
            }
            batches.add(events.size());
            int n = 0;
            for (StoredEvent e : events) {
                if (!rows.containsKey(e.getEvent().idempotencyKey())) {
                    rows.put(e.getEvent().idempotencyKey(), e);
                    n++;
                }
            }
            return n;
        }

        @Override
        public void writeRendered(String node, List<ImpressionTally.Count> counts) throws SQLException {
            if (broken) {
                throw new SQLException("user lacks privilege or object not found: UPLIFT_IMPRESSION_COUNT", "42501");
            }
            for (ImpressionTally.Count c : counts) {
                String key = renderedKey(node, c.getKey());
                Long had = rendered.get(key);
                rendered.put(key, (had == null ? 0 : had) + c.getCount());
            }
        }

        @Override
        public int purgeBefore(LocalDate firstKeptDay) {
            purgedBefore = firstKeptDay;
            return 0;
        }
    }

    private final MemoryStore store = new MemoryStore();
    private final WidgetFailures failures = new WidgetFailures();
    private final Attribution also = new Attribution(7, "ALSO_BOUGHT", "product", null, null, null);

    /** Writer interval of an hour: nothing is written unless the test flushes. */
    private EventRecorder recorder(int capacity, int retentionDays) {
        return new EventRecorder(store, failures, new BotDetector(), capacity, Math.min(capacity, 100), 3600000L,
                retentionDays);
    }

    private Event click(String pageView, long product) {
        return new Event(EventType.CLICK, "c:1", pageView, also, product, Instant.ofEpochSecond(1000));
    }

    @Test
    public void recordingOnlyQueuesAndAFlushWritesInBatchesSkippingStoredKeys() {
        EventRecorder r = recorder(1000, 400);
        for (int i = 1; i <= 3; i++) {
            r.record(click("p1", i));
        }
        r.record(click("p1", 1)); // a double click: same key
        assertTrue("nothing written on the request thread", store.rows.isEmpty());
        assertEquals(4, r.waiting());
        r.flush();
        assertEquals(3, store.rows.size());
        assertEquals(3, r.written());
        assertEquals(0, r.waiting());
        r.record(click("p1", 2)); // a replay after it was stored
        r.flush();
        assertEquals(3, store.rows.size());
        assertEquals(3, r.written());
    }

    @Test
    public void aFailedWriteIsCountedOnceForTheBatchLosesItAndTheNextBatchIsWritten() {
        EventRecorder r = recorder(1000, 400);
        store.broken = true;
        r.record(click("p1", 1));
        r.record(click("p1", 2));
        r.flush();
        assertEquals(1, failures.count(EventRecorder.WRITE_FAILURE));
        assertEquals(2, r.lost());
        store.broken = false;
        r.record(click("p2", 1));
        r.flush();
        assertEquals(1, store.rows.size());
        assertEquals(1, failures.count(EventRecorder.WRITE_FAILURE));
    }

    @Test
    public void aPurchaseIsStoredWithItsOrderAndTheLinesRevenueOtherEventsWithout() {
        EventRecorder r = recorder(1000, 400);
        Event bought = new Event(EventType.PURCHASE, "c:1", "item:55", also, 3L, Instant.ofEpochSecond(2000));
        r.recordPurchase(bought, 9001L, new BigDecimal("59.98"));
        r.record(click("p1", 3));
        r.flush();
        StoredEvent p = store.rows.get("PURCHASE|item:55|7|3");
        assertEquals(Long.valueOf(9001), p.getOrderId());
        assertEquals(new BigDecimal("59.98"), p.getAmount());
        StoredEvent c = store.rows.get("CLICK|p1|7|3");
        assertNull(c.getOrderId());
        assertNull(c.getAmount());
    }

    @Test
    public void renderedImpressionsAreAddedToTheNodesCountsPerWidgetAndArmNotStoredAsRows() {
        EventRecorder r = recorder(1000, 400);
        r.setNode("node-a");
        for (int i = 0; i < 5; i++) {
            r.recordRendered(7, "ALSO_BOUGHT", "product", null, null);
        }
        r.recordRendered(7, "ALSO_BOUGHT", "product", "exp-1", "b");
        r.flush();
        assertTrue("no event row per impression", store.rows.isEmpty());
        String day = LocalDate.now(store.getZone()).toString();
        assertEquals(Long.valueOf(5), store.rendered.get("node-a|" + day + "|7|product||"));
        assertEquals(Long.valueOf(1), store.rendered.get("node-a|" + day + "|7|product|exp-1|b"));
        r.recordRendered(7, "ALSO_BOUGHT", "product", null, null);
        r.flush();
        assertEquals("added to the node's count", Long.valueOf(6), store.rendered.get("node-a|" + day + "|7|product||"));
        assertEquals(7, r.written());
        assertEquals(0, r.lost());
    }

    @Test
    public void aFailedCountWriteIsCountedLosesItsImpressionsAndTheNextWriteWorks() {
        EventRecorder r = recorder(1000, 400);
        r.setNode("node-a");
        store.broken = true;
        r.recordRendered(7, "ALSO_BOUGHT", "product", null, null);
        r.recordRendered(8, "RELATED_PRODUCTS", "product", null, null);
        r.flush();
        assertEquals(1, failures.count(EventRecorder.WRITE_FAILURE));
        assertEquals(2, r.lost());
        store.broken = false;
        r.recordRendered(7, "ALSO_BOUGHT", "product", null, null);
        r.flush();
        String day = LocalDate.now(store.getZone()).toString();
        assertEquals(Long.valueOf(1), store.rendered.get("node-a|" + day + "|7|product||"));
        assertNull("the failed write's count is lost", store.rendered.get("node-a|" + day + "|8|product||"));
    }

    @Test
    public void anUnknownWidgetTypesImpressionsAreCountedLostAndTheOthersWritten() {
        EventRecorder r = recorder(1000, 400);
        r.setNode("node-a");
        r.recordRendered(7, "NO_SUCH_TYPE", "product", null, null);
        r.recordRendered(8, "ALSO_BOUGHT", "product", null, null);
        r.flush();
        assertEquals(1, r.lost());
        assertEquals(1, r.written());
        assertEquals(1, failures.count(EventRecorder.WRITE_FAILURE));
    }

    @Test
    public void nodeIdFitCutsALongNodeNameToTheEventColumn() {
        // the recorder's default node is NodeId.fit(NodeId.get(), NODE_LENGTH); this machine's name is short, so the
        // cutting itself is checked on a long name
        String longHost = "1234@" + new String(new char[300]).replace('\0', 'h') + "/abcdef12";
        assertEquals(JdbcEventStore.NODE_LENGTH, io.uplift.broadleaf.learn.NodeId.fit(longHost, JdbcEventStore.NODE_LENGTH).length());
        assertEquals("1234@host/abcdef12", io.uplift.broadleaf.learn.NodeId.fit("1234@host/abcdef12", JdbcEventStore.NODE_LENGTH));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aNodeNameOverTheColumnIsRefused() {
        recorder(10, 400).setNode(new String(new char[121]).replace('\0', 'n'));
    }

    @Test(expected = IllegalArgumentException.class)
    public void onlyPurchasesCarryAnOrder() {
        recorder(10, 400).recordPurchase(click("p1", 1), 1L, BigDecimal.ONE);
    }

    @Test
    public void aFullBufferDropsTheOldestAndCountsIt() {
        EventRecorder r = recorder(2, 400);
        r.record(click("p1", 1));
        r.record(click("p1", 2));
        r.record(click("p1", 3));
        assertEquals(1, r.lost());
        r.flush();
        assertEquals("[CLICK|p1|7|2, CLICK|p1|7|3]", store.rows.keySet().toString());
    }

    @Test
    public void stopWritesWhatIsWaiting() {
        EventRecorder r = recorder(1000, 400);
        r.start();
        r.record(click("p1", 1));
        r.stop();
        assertEquals(1, store.rows.size());
    }

    @Test
    public void thePurgeKeepsTheRetentionDaysAndZeroKeepsEverything() {
        recorder(10, 400).purge();
        assertEquals(LocalDate.now(store.getZone()).minusDays(400), store.purgedBefore);
        store.purgedBefore = null;
        assertEquals(0, recorder(10, 0).purge());
        assertNull(store.purgedBefore);
    }

    @Test(expected = IllegalArgumentException.class)
    public void aNegativeRetentionIsRefused() {
        recorder(10, -1);
    }

    @Test
    public void duplicatesAreToldByTheirSqlStateClass() {
        assertTrue(JdbcEventStore.isDuplicate(new SQLException("unique constraint", "23505")));
        SQLException outer = new SQLException("batch failed", "HY000");
        outer.setNextException(new SQLException("duplicate key", "23000"));
        assertTrue(JdbcEventStore.isDuplicate(outer));
        assertTrue(!JdbcEventStore.isDuplicate(new SQLException("no table", "42501")));
    }
}
