package io.uplift.engine.trending;

import io.uplift.engine.basket.Basket;
import io.uplift.engine.learn.ModelHolder;
import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Covers {@link TrendingCounter}, the {@link TrendingModel} it publishes and the {@link TrendingLearner}. */
public class TrendingCounterTest {

    /** 2024-03-10T12:00:00Z. */
    private static final long T0 = 1710072000000L;
    private static final long DAY = TrendingCounter.DAY_MILLIS;
    private static final double EPS = 1e-12;

    private long nextOrderId = 1;

    @Test
    public void anOrderOneHalfLifeOlderCountsHalf() {
        TrendingCounter counter = new TrendingCounter(7);
        counter.add(order(T0, 1));
        counter.add(order(T0 + 7 * DAY, 2));
        assertEquals("2=1.0/1 1=0.5/1", dump(counter.snapshot()));
    }

    @Test
    public void twoHalfLivesCountAQuarterAndOrdersOfOneProductAddUp() {
        TrendingCounter counter = new TrendingCounter(1);
        counter.add(order(T0, 1, 2));
        counter.add(order(T0 + DAY, 1));
        counter.add(order(T0 + 2 * DAY, 1, 3));
        assertEquals("1=1.75/3 3=1.0/1 2=0.25/1", dump(counter.snapshot()));
    }

    @Test
    public void theOrderOrdersArriveInDoesNotMatter() {
        TrendingCounter forward = new TrendingCounter(7);
        forward.add(order(T0, 1));
        forward.add(order(T0 + 3 * DAY, 2));
        forward.add(order(T0 + 7 * DAY, 3));
        TrendingCounter backward = new TrendingCounter(7);
        backward.add(order(T0 + 7 * DAY, 3));
        backward.add(order(T0 + 3 * DAY, 2));
        backward.add(order(T0, 1));
        assertEquals(dump(forward.snapshot()), dump(backward.snapshot()));
    }

    @Test
    public void theModelRanksByDecayedOrdersNotByPlainCounts() {
        TrendingCounter counter = new TrendingCounter(1);
        for (int i = 0; i < 3; i++) {
            counter.add(order(T0, 5));
        }
        counter.add(order(T0 + 3 * DAY, 6));
        counter.add(order(T0 + 3 * DAY, 6));
        List<TrendingModel.Entry> top = counter.snapshot().top(10);
        assertEquals(6L, top.get(0).getProductId());
        assertEquals(2, top.get(0).getOrders());
        assertEquals(5L, top.get(1).getProductId());
        assertEquals(3, top.get(1).getOrders());
        assertEquals(3 / 8.0, top.get(1).getDecayedOrders(), EPS);
    }

    @Test
    public void equalDecayedCountsRankBySmallerIdFirst() {
        TrendingCounter counter = new TrendingCounter(7);
        counter.add(order(T0, 30, 10, 20));
        assertEquals("10=1.0/1 20=1.0/1 30=1.0/1", dump(counter.snapshot()));
    }

    @Test
    public void theModelIsAsOfTheNewestOrderWithTheHalfLife() {
        TrendingCounter counter = new TrendingCounter(2.5);
        counter.add(order(T0 + DAY, 1));
        counter.add(order(T0, 2));
        TrendingModel model = counter.snapshot();
        assertEquals(T0 + DAY, model.getAsOfMillis());
        assertEquals(2.5, model.getHalfLifeDays(), 0);
        assertEquals(2, model.size());
    }

    @Test
    public void anEmptyCounterGivesAnEmptyModel() {
        TrendingModel model = new TrendingCounter(7).snapshot();
        assertEquals(0, model.size());
        assertEquals(0, model.getAsOfMillis());
        assertTrue(model.top(5).isEmpty());
    }

    @Test
    public void topCutsToMaxAndNeverFailsBeyondTheSize() {
        TrendingCounter counter = new TrendingCounter(7);
        counter.add(order(T0, 1, 2, 3));
        assertEquals(2, counter.snapshot().top(2).size());
        assertEquals(3, counter.snapshot().top(50).size());
        assertTrue(counter.snapshot().top(0).isEmpty());
    }

    /**
     * Weights are kept relative to a reference time and grow by 2 per half-life: 400 days at a half-life of 0.1
     * days would be 2^4000 without moving the reference. The ratios must come out as if computed directly.
     */
    @Test
    public void rebasingKeepsTheRatiosOverVeryLongHistories() {
        TrendingCounter counter = new TrendingCounter(0.1);
        for (int day = 0; day <= 400; day++) {
            counter.add(order(T0 + day * DAY, 9));
        }
        long newest = T0 + 400 * DAY;
        counter.add(order(newest - DAY / 10, 2));
        counter.add(order(newest, 3));
        TrendingModel model = counter.snapshot();
        assertEquals(newest, model.getAsOfMillis());
        assertEquals(1.0, decayed(model, 3), EPS);
        assertEquals(0.5, decayed(model, 2), EPS);
        // one order a day is 10 half-lives apart: 1 + 2^-10 + 2^-20 + ...
        assertEquals(1 / (1 - Math.pow(2, -10)), decayed(model, 9), 1e-9);
        assertEquals(403, sum(model.top(10)));
    }

    @Test
    public void halfLifeOutsideItsRangeIsRefusedQuotingIt() {
        assertEquals("trending half-life must be between 0.1 and 3650 days: 0.05",
                assertThrows(IllegalArgumentException.class, () -> new TrendingCounter(0.05)).getMessage());
        assertEquals("trending half-life must be between 0.1 and 3650 days: 3651.0",
                assertThrows(IllegalArgumentException.class, () -> new TrendingCounter(3651)).getMessage());
        assertEquals("trending half-life must be between 0.1 and 3650 days: NaN",
                assertThrows(IllegalArgumentException.class, () -> new TrendingCounter(Double.NaN)).getMessage());
    }

    @Test
    public void modelArraysMustAgreeInLength() {
        assertEquals("trending arrays differ in length: 2, 1, 2", assertThrows(IllegalArgumentException.class,
                () -> new TrendingModel(new long[2], new double[1], new int[2], 7, 0)).getMessage());
    }

    @Test
    public void writeThenReadRestoresTheCountsAndLaterOrdersCountTheSame() throws IOException {
        TrendingCounter original = new TrendingCounter(3);
        original.add(order(T0, 1, 2));
        original.add(order(T0 + 2 * DAY, 2, 3));
        TrendingCounter copy = TrendingCounter.read(input(bytes(original)));

        assertEquals(dump(original.snapshot()), dump(copy.snapshot()));
        assertEquals(3, copy.getHalfLifeDays(), 0);
        original.add(order(T0 + 5 * DAY, 3));
        copy.add(order(T0 + 5 * DAY, 3));
        assertEquals(dump(original.snapshot()), dump(copy.snapshot()));
        assertEquals(original.snapshot().getAsOfMillis(), copy.snapshot().getAsOfMillis());
    }

    @Test
    public void anEmptyCounterRoundTrips() throws IOException {
        TrendingCounter copy = TrendingCounter.read(input(bytes(new TrendingCounter(7))));
        assertEquals(0, copy.snapshot().size());
        copy.add(order(T0, 4));
        assertEquals("4=1.0/1", dump(copy.snapshot()));
    }

    @Test
    public void truncatedCountsAreRefused() throws IOException {
        TrendingCounter counter = new TrendingCounter(7);
        counter.add(order(T0, 1, 2));
        byte[] whole = bytes(counter);
        assertThrows(EOFException.class, () -> TrendingCounter.read(input(Arrays.copyOf(whole, whole.length - 1))));
    }

    @Test
    public void corruptCountsAreRefusedNamingWhatIsWrong() {
        assertEquals("corrupt trending counts: trending half-life must be between 0.1 and 3650 days: 0.0",
                readFailure(0, T0, T0, 0));
        assertEquals("corrupt trending counts: negative size -1", readFailure(7, T0, T0, -1));
        assertEquals("corrupt trending counts for product 5: weight -1.0, orders 1",
                readFailure(7, T0, T0, 1, 5L, -1.0, 1));
        assertEquals("corrupt trending counts for product 5: weight NaN, orders 1",
                readFailure(7, T0, T0, 1, 5L, Double.NaN, 1));
        assertEquals("corrupt trending counts for product 5: weight 1.0, orders -2",
                readFailure(7, T0, T0, 1, 5L, 1.0, -2));
    }

    @Test
    public void theLearnerPublishesIntoItsHolderAndClearForgets() {
        ModelHolder<TrendingModel> holder = new ModelHolder<TrendingModel>(TrendingModel.empty());
        TrendingLearner learner = new TrendingLearner(holder, 7);
        assertEquals(TrendingLearner.NAME, learner.name());
        learner.add(order(T0, 1, 2));
        assertEquals(0, holder.get().size());
        learner.publish(1);
        assertEquals("1=1.0/1 2=1.0/1", dump(holder.get()));

        learner.clear();
        learner.add(order(T0, 3));
        learner.publish(2);
        assertEquals("3=1.0/1", dump(holder.get()));
    }

    @Test
    public void aLearnerThatFailsToReadKeepsItsState() throws IOException {
        ModelHolder<TrendingModel> holder = new ModelHolder<TrendingModel>(TrendingModel.empty());
        TrendingLearner learner = new TrendingLearner(holder, 7);
        learner.add(order(T0, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        learner.write(new DataOutputStream(out));
        byte[] truncated = Arrays.copyOf(out.toByteArray(), out.size() - 3);

        assertThrows(IOException.class, () -> learner.read(input(truncated)));
        learner.publish(1);
        assertEquals("1=1.0/1", dump(holder.get()));
    }

    @Test
    public void theEmptyModelIsShared() {
        assertSame(TrendingModel.empty(), TrendingModel.empty());
    }

    private Basket order(long at, long... productIds) {
        return new Basket(nextOrderId++, Basket.ANONYMOUS, at, productIds);
    }

    /** "id=decayed/orders" best first. */
    static String dump(TrendingModel model) {
        List<String> parts = new ArrayList<String>();
        for (TrendingModel.Entry e : model.top(model.size())) {
            parts.add(e.getProductId() + "=" + e.getDecayedOrders() + "/" + e.getOrders());
        }
        return String.join(" ", parts);
    }

    private static double decayed(TrendingModel model, long productId) {
        for (TrendingModel.Entry e : model.top(model.size())) {
            if (e.getProductId() == productId) {
                return e.getDecayedOrders();
            }
        }
        throw new AssertionError("product " + productId + " not in " + dump(model));
    }

    private static int sum(List<TrendingModel.Entry> entries) {
        int n = 0;
        for (TrendingModel.Entry e : entries) {
            n += e.getOrders();
        }
        return n;
    }

    private static byte[] bytes(TrendingCounter counter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        counter.write(new DataOutputStream(out));
        return out.toByteArray();
    }

    private static DataInputStream input(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }

    /** Writes the fields of {@link TrendingCounter#write} by hand and returns the message of the read's failure. */
    private static String readFailure(double halfLife, long reference, long newest, int size, Object... entries) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeDouble(halfLife);
            out.writeLong(reference);
            out.writeLong(newest);
            out.writeInt(size);
            for (int i = 0; i < entries.length; i += 3) {
                out.writeLong((Long) entries[i]);
                out.writeDouble((Double) entries[i + 1]);
                out.writeInt((Integer) entries[i + 2]);
            }
            return assertThrows(IOException.class, () -> TrendingCounter.read(input(bytes.toByteArray())))
                    .getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
