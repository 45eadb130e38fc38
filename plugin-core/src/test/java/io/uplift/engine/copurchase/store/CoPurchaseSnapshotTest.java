package io.uplift.engine.copurchase.store;

import io.uplift.engine.basket.Basket;
import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static io.uplift.engine.copurchase.store.Fixtures.LIFT;
import static io.uplift.engine.copurchase.store.Fixtures.dump;
import static io.uplift.engine.copurchase.store.Fixtures.history;
import static io.uplift.engine.copurchase.store.Fixtures.pairs;
import static io.uplift.engine.copurchase.store.Fixtures.productIds;
import static io.uplift.engine.copurchase.store.Fixtures.random;
import static io.uplift.engine.copurchase.store.Fixtures.rebuild;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class CoPurchaseSnapshotTest {

    private static final CoPurchaseSettings SETTINGS = CoPurchaseSettings.defaults().withRowLength(10);
    private static final List<Basket> WORKLOAD = random(7, 3000, 1200);
    private static final long[] IDS = productIds(WORKLOAD);

    private static byte[] snapshot(CoPurchaseLearner learner) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        learner.writeSnapshot(out);
        return out.toByteArray();
    }

    private static CoPurchaseSnapshot read(byte[] bytes) throws IOException {
        return CoPurchaseSnapshot.read(new ByteArrayInputStream(bytes));
    }

    @Test
    public void aSnapshotRoundTripKeepsStatisticsRowsGenerationAndWatermark() throws IOException {
        CoPurchaseLearner original = rebuild(WORKLOAD, LIFT, SETTINGS);
        // some incremental orders (with new products) so that partner rows have deltas when written
        List<Basket> all = new ArrayList<>(WORKLOAD);
        for (Basket b : random(8, 200, 1500)) {
            Basket shifted = Fixtures.basket(10_000 + b.getOrderId(), b.getProductIds());
            original.apply(shifted);
            all.add(shifted);
        }
        original.refreshAll();
        CoPurchaseSnapshot snapshot = read(snapshot(original));
        assertEquals(original.current().generation(), snapshot.generation());
        assertEquals(10_200, snapshot.watermark());
        assertEquals(3200, snapshot.baskets());
        assertEquals(original.pairs(), snapshot.pairs());
        CoPurchaseLearner loaded = snapshot.learner(LIFT, SETTINGS, null);
        long[] ids = productIds(all);
        assertEquals(pairs(original, ids), pairs(loaded, ids));
        assertEquals(dump(original.current(), ids), dump(loaded.current(), ids));
        assertEquals(original.current().generation(), loaded.current().generation());
    }

    @Test
    public void aServingNodeLoadsTheModelAlone() throws IOException {
        CoPurchaseLearner original = rebuild(WORKLOAD, LIFT, SETTINGS);
        CompactCoPurchaseModel model = read(snapshot(original)).model(LIFT, SETTINGS, null);
        assertEquals(dump(original.current(), IDS), dump(model, IDS));
        assertEquals(original.current().generation(), model.generation());
        assertEquals(original.current().productsWithNeighbors(10), model.productsWithNeighbors(10));
    }

    @Test
    public void aLoadedSnapshotContinuesIncrementally() throws IOException {
        CoPurchaseLearner first = rebuild(WORKLOAD.subList(0, 2000), LIFT, SETTINGS);
        CoPurchaseLearner restarted = read(snapshot(first)).learner(LIFT, SETTINGS, RebuildProgress.NONE);
        assertEquals(2000, restarted.watermark());
        assertEquals(1000, restarted.catchUp(WORKLOAD));
        restarted.refreshAll();
        CoPurchaseLearner full = rebuild(WORKLOAD, LIFT, SETTINGS);
        assertEquals(pairs(full, IDS), pairs(restarted, IDS));
        assertEquals(dump(full.current(), IDS), dump(restarted.current(), IDS));
    }

    @Test
    public void anEmptySnapshotRoundTrips() throws IOException {
        CoPurchaseLearner empty = rebuild(Collections.emptyList(), LIFT, SETTINGS);
        CoPurchaseSnapshot snapshot = read(snapshot(empty));
        assertEquals(0, snapshot.products());
        assertEquals(Long.MIN_VALUE, snapshot.watermark());
        assertEquals(0, snapshot.learner(LIFT, SETTINGS, null).current().products());
    }

    @Test
    public void aSnapshotIsReadExactlyLeavingTheRestOfTheStream() throws IOException {
        byte[] bytes = snapshot(rebuild(WORKLOAD.subList(0, 100), LIFT, SETTINGS));
        byte[] withTail = Arrays.copyOf(bytes, bytes.length + 3);
        ByteArrayInputStream in = new ByteArrayInputStream(withTail);
        CoPurchaseSnapshot.read(in);
        assertEquals(3, in.available());
    }

    @Test
    public void aTruncatedSnapshotIsRefusedAtAnyLength() throws IOException {
        byte[] bytes = snapshot(rebuild(WORKLOAD.subList(0, 300), LIFT, SETTINGS));
        for (int length : new int[] {0, 5, 8, 19, 20, 51, 52, 400, bytes.length / 2, bytes.length - 4,
                bytes.length - 1}) {
            String message = failure(Arrays.copyOf(bytes, length));
            assertTrue(length + ": " + message, message.startsWith(length < 8 ? "not an Uplift" : "truncated snapshot"));
        }
    }

    @Test
    public void aCorruptedByteAnywhereIsRefused() throws IOException {
        byte[] bytes = snapshot(rebuild(WORKLOAD.subList(0, 300), LIFT, SETTINGS));
        for (int at = 20; at < bytes.length; at += 37) {
            byte[] corrupt = bytes.clone();
            corrupt[at] ^= 0x10;
            String message = failure(corrupt);
            assertTrue(at + ": " + message, message.startsWith("corrupt snapshot"));
        }
    }

    @Test
    public void aSnapshotOfAnotherVersionIsRefusedNamingBothVersions() throws IOException {
        byte[] bytes = snapshot(rebuild(WORKLOAD.subList(0, 50), LIFT, SETTINGS));
        bytes[11] = 2;
        assertEquals("unsupported snapshot version 2: this build reads version 1", failure(bytes));
    }

    @Test
    public void somethingElseIsNotASnapshot() {
        assertEquals("not an Uplift co-purchase snapshot: the first bytes are 504b030414000000, expected "
                + "55504c4946544350 (\"UPLIFTCP\")", failure(new byte[] {0x50, 0x4b, 3, 4, 0x14, 0, 0, 0, 0, 0}));
    }

    private static String failure(byte[] bytes) {
        try {
            read(bytes);
            fail("accepted " + bytes.length + " bytes");
            return null;
        } catch (SnapshotFormatException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void aSnapshotTurnsIntoOneLearnerOnly() throws IOException {
        CoPurchaseSnapshot snapshot = read(snapshot(rebuild(WORKLOAD.subList(0, 50), LIFT, SETTINGS)));
        snapshot.learner(LIFT, SETTINGS, null);
        try {
            snapshot.learner(LIFT, SETTINGS, null);
            fail();
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("already"));
        }
    }
}
