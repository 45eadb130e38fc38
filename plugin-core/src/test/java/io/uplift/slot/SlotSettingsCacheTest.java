package io.uplift.slot;

import org.junit.After;
import org.junit.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.uplift.slot.FakeSettingsSource.disabled;
import static io.uplift.slot.FakeSettingsSource.ids;
import static io.uplift.slot.FakeSettingsSource.widget;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class SlotSettingsCacheTest {

    private final FakeSettingsSource source = new FakeSettingsSource();
    private final WidgetFailures failures = new WidgetFailures();
    private final SlotSettingsCache cache = new SlotSettingsCache(source, failures, 2000);

    @After
    public void stop() {
        cache.stop();
    }

    @Test
    public void everySlotIsEmptyBeforeTheFirstLoad() {
        assertTrue(cache.widgets(SlotKey.PRODUCT).isEmpty());
        assertEquals(0, cache.getLoadedAtMillis());
        assertEquals(0, source.loads.get());
    }

    @Test
    public void firstLoadGroupsWidgetsBySlot() {
        source.widgets(widget(1, SlotKey.PRODUCT, "A", 0), widget(2, SlotKey.CART, "A", 0),
                widget(3, SlotKey.PRODUCT, "B", 1));
        assertTrue(cache.refresh());
        assertEquals(Arrays.asList(1L, 3L), ids(cache.widgets(SlotKey.PRODUCT)));
        assertEquals(Arrays.asList(2L), ids(cache.widgets(SlotKey.CART)));
        assertTrue(cache.widgets(SlotKey.CHECKOUT).isEmpty());
        assertTrue(cache.getLoadedAtMillis() > 0);
        assertFalse(cache.isLastRefreshFailed());
    }

    @Test
    public void widgetsAreInPositionOrderThenIdOrder() {
        source.widgets(widget(9, SlotKey.PRODUCT, "A", 20), widget(7, SlotKey.PRODUCT, "A", 10),
                widget(5, SlotKey.PRODUCT, "A", 10), widget(8, SlotKey.PRODUCT, "A", -1));
        cache.refresh();
        assertEquals(Arrays.asList(8L, 5L, 7L, 9L), ids(cache.widgets(SlotKey.PRODUCT)));
    }

    @Test
    public void disabledWidgetsAreKeptInTheSnapshot() {
        source.widgets(disabled(1, SlotKey.PRODUCT, "A", 0), widget(2, SlotKey.PRODUCT, "A", 1));
        cache.refresh();
        List<WidgetSettings> widgets = cache.widgets(SlotKey.PRODUCT);
        assertEquals(Arrays.asList(1L, 2L), ids(widgets));
        assertFalse(widgets.get(0).isEnabled());
    }

    @Test
    public void snapshotListsCannotBeChangedByCallers() {
        source.widgets(widget(1, SlotKey.PRODUCT, "A", 0));
        cache.refresh();
        assertThrows(UnsupportedOperationException.class, () -> cache.widgets(SlotKey.PRODUCT).clear());
        assertThrows(UnsupportedOperationException.class,
                () -> cache.widgets(SlotKey.CART).add(widget(2, SlotKey.CART, "A", 0)));
    }

    @Test
    public void aFailingSourceKeepsTheLastGoodSnapshotAndRecordsTheFailure() {
        source.widgets(widget(1, SlotKey.PRODUCT, "A", 0));
        cache.refresh();
        List<WidgetSettings> good = cache.widgets(SlotKey.PRODUCT);
        long loadedAt = cache.getLoadedAtMillis();

        source.failWith(new IllegalStateException("database down"));
        assertFalse(cache.refresh());

        assertSame(good, cache.widgets(SlotKey.PRODUCT));
        assertEquals(loadedAt, cache.getLoadedAtMillis());
        assertTrue(cache.isLastRefreshFailed());
        assertEquals(1, failures.count("settings:load"));
    }

    @Test
    public void aFailureBeforeTheFirstLoadLeavesEverySlotEmpty() {
        source.failWith(new IllegalStateException("database down"));
        assertFalse(cache.refresh());
        assertTrue(cache.widgets(SlotKey.PRODUCT).isEmpty());
        assertEquals(0, cache.getLoadedAtMillis());
    }

    @Test
    public void theNextSuccessfulLoadEndsTheFailure() {
        source.widgets(widget(1, SlotKey.PRODUCT, "A", 0));
        cache.refresh();
        source.failWith(new IllegalStateException("database down"));
        cache.refresh();
        cache.refresh();

        source.widgets(widget(2, SlotKey.PRODUCT, "A", 0));
        assertTrue(cache.refresh());

        assertFalse(cache.isLastRefreshFailed());
        assertEquals(Arrays.asList(2L), ids(cache.widgets(SlotKey.PRODUCT)));
        assertEquals(2, failures.count("settings:load"));
    }

    @Test
    public void rejectedRowsAreCountedAndTheValidOnesLoaded() {
        source.loaded(new WidgetSettingsSource.Loaded(Collections.singletonList(widget(1, SlotKey.CART, "A", 0)),
                Arrays.asList("widget 2: number of items must be between 1 and 12: 40",
                        "widget 3: unknown slot: 'footer'")));
        assertTrue(cache.refresh());
        assertEquals(2, failures.count("settings:invalid-row"));
        assertEquals(Arrays.asList(1L), ids(cache.widgets(SlotKey.CART)));
    }

    @Test
    public void aWidgetRemovedByTheAdminDisappearsOnTheNextLoad() {
        source.widgets(widget(1, SlotKey.PRODUCT, "A", 0));
        cache.refresh();
        source.widgets();
        cache.refresh();
        assertTrue(cache.widgets(SlotKey.PRODUCT).isEmpty());
    }

    /**
     * A source breaking its contract (a null result, a null row) made refresh() throw; thrown from the scheduled
     * task, that ended the background refresh for good and admin changes never reached the storefront again.
     */
    @Test
    public void aSourceReturningNullIsAFailedLoadNotAnException() {
        source.widgets(widget(1, SlotKey.PRODUCT, "A", 0));
        cache.refresh();
        source.loaded(null);
        assertFalse(cache.refresh());
        assertTrue(cache.isLastRefreshFailed());
        assertEquals(1, failures.count("settings:load"));
        assertEquals(Arrays.asList(1L), ids(cache.widgets(SlotKey.PRODUCT)));
    }

    @Test
    public void aNullRowIsAFailedLoadNotAnException() {
        source.loaded(new WidgetSettingsSource.Loaded(Arrays.asList(widget(1, SlotKey.PRODUCT, "A", 0), null),
                Collections.<String>emptyList()));
        assertFalse(cache.refresh());
        assertEquals(1, failures.count("settings:load"));
    }

    @Test
    public void backgroundRefreshSurvivesABadLoad() throws InterruptedException {
        final CountDownLatch recovered = new CountDownLatch(1);
        final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        WidgetSettingsSource nullOnce = new WidgetSettingsSource() {
            @Override
            public Loaded loadAll() {
                int n = calls.incrementAndGet();
                if (n == 2) {
                    return null;
                }
                if (n >= 3) {
                    recovered.countDown();
                }
                return source.loadAll();
            }
        };
        SlotSettingsCache background = new SlotSettingsCache(nullOnce, failures, 100);
        try {
            background.start();
            assertTrue("background refresh stopped after a bad load", recovered.await(30, TimeUnit.SECONDS));
            assertEquals(1, failures.count("settings:load"));
        } finally {
            background.stop();
        }
    }

    @Test
    public void refreshMillisBelowOneHundredIsRejectedQuotingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SlotSettingsCache(source, failures, 99));
        assertEquals("uplift.slot.refreshMillis must be at least 100: 99", e.getMessage());
        assertEquals(100, new SlotSettingsCache(source, failures, 100).getRefreshMillis());
    }

    @Test
    public void sourceAndFailuresAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> new SlotSettingsCache(null, failures, 2000));
        assertThrows(IllegalArgumentException.class, () -> new SlotSettingsCache(source, null, 2000));
    }

    @Test
    public void startLoadsAtOnceAndThenRefreshesInTheBackground() throws InterruptedException {
        final CountDownLatch secondLoad = new CountDownLatch(2);
        WidgetSettingsSource counting = new WidgetSettingsSource() {
            @Override
            public Loaded loadAll() {
                Loaded l = source.loadAll();
                secondLoad.countDown();
                return l;
            }
        };
        SlotSettingsCache background = new SlotSettingsCache(counting, failures, 100);
        source.widgets(widget(1, SlotKey.PRODUCT, "A", 0));
        try {
            background.start();
            assertEquals("start() loads before it returns", Arrays.asList(1L), ids(background.widgets(SlotKey.PRODUCT)));
            source.widgets(widget(2, SlotKey.PRODUCT, "A", 0));
            assertTrue("no background refresh within 30 s", secondLoad.await(30, TimeUnit.SECONDS));
            long deadline = System.currentTimeMillis() + 30000;
            while (!ids(background.widgets(SlotKey.PRODUCT)).equals(Arrays.asList(2L))
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(Arrays.asList(2L), ids(background.widgets(SlotKey.PRODUCT)));
        } finally {
            background.stop();
        }
    }
}
