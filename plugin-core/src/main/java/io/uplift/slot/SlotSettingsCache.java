package io.uplift.slot;

import io.uplift.engine.learn.PeriodicTask;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Widget settings for the page-render path, held in memory and refreshed from the {@link WidgetSettingsSource}
 * by one background thread every {@code refreshMillis}. Rendering a page never waits for the database: it reads
 * the last snapshot. An admin change reaches the storefront within one refresh period (default 2 s).
 *
 * <p>If a refresh fails the last good snapshot stays in use and the failure is recorded; a refresh that
 * succeeds again ends the failure by itself. Until the first successful load every slot is empty.</p>
 */
public class SlotSettingsCache {

    private static final Log LOG = LogFactory.getLog(SlotSettingsCache.class);

    private static final Comparator<WidgetSettings> BY_POSITION = new Comparator<WidgetSettings>() {
        @Override
        public int compare(WidgetSettings a, WidgetSettings b) {
            int c = Integer.compare(a.getPosition(), b.getPosition());
            return c != 0 ? c : Long.compare(a.getId(), b.getId());
        }
    };

    private final WidgetSettingsSource source;
    private final WidgetFailures failures;
    private final long refreshMillis;
    private volatile Map<SlotKey, List<WidgetSettings>> snapshot = Collections.emptyMap();
    private volatile long loadedAtMillis;
    private volatile boolean lastRefreshFailed;
    private final PeriodicTask task;

    /**
     * @param refreshMillis how often to reload, in milliseconds; at least 100
     */
    public SlotSettingsCache(WidgetSettingsSource source, WidgetFailures failures, long refreshMillis) {
        if (source == null || failures == null) {
            throw new IllegalArgumentException("source and failures are required");
        }
        if (refreshMillis < 100) {
            throw new IllegalArgumentException("uplift.slot.refreshMillis must be at least 100: " + refreshMillis);
        }
        this.source = source;
        this.failures = failures;
        this.refreshMillis = refreshMillis;
        this.task = new PeriodicTask("uplift-slot-settings-refresh", refreshMillis, new PeriodicTask.Task() {
            @Override
            public void run() {
                refresh();
            }

            @Override
            public void failed(Throwable e) {
                SlotSettingsCache.this.failures.record("settings:load", "refreshing widget settings", e);
            }
        });
    }

    /** Loads once now, then keeps refreshing in the background. */
    public void start() {
        refresh();
        task.start(refreshMillis);
    }

    public void stop() {
        task.stop();
    }

    /**
     * Reloads now; never throws. Returns whether the load succeeded.
     */
    public synchronized boolean refresh() {
        WidgetSettingsSource.Loaded loaded;
        Map<SlotKey, List<WidgetSettings>> next;
        try {
            loaded = source.loadAll();
            if (loaded == null) {
                throw new IllegalStateException(source.getClass().getName() + ".loadAll() returned null");
            }
            next = bySlotInPositionOrder(loaded.getWidgets());
        } catch (RuntimeException e) {
            failures.record("settings:load", "loading widget settings (keeping the last good settings)", e);
            lastRefreshFailed = true;
            return false;
        }
        for (String rejected : loaded.getRejected()) {
            failures.record("settings:invalid-row", rejected, null);
        }
        if (lastRefreshFailed) {
            LOG.info("Uplift widget settings load recovered");
        }
        snapshot = next;
        loadedAtMillis = System.currentTimeMillis();
        lastRefreshFailed = false;
        return true;
    }

    private static Map<SlotKey, List<WidgetSettings>> bySlotInPositionOrder(List<WidgetSettings> widgets) {
        Map<SlotKey, List<WidgetSettings>> next = new EnumMap<SlotKey, List<WidgetSettings>>(SlotKey.class);
        for (WidgetSettings w : widgets) {
            List<WidgetSettings> list = next.get(w.getSlot());
            if (list == null) {
                list = new ArrayList<WidgetSettings>();
                next.put(w.getSlot(), list);
            }
            list.add(w);
        }
        for (Map.Entry<SlotKey, List<WidgetSettings>> e : next.entrySet()) {
            Collections.sort(e.getValue(), BY_POSITION);
            e.setValue(Collections.unmodifiableList(e.getValue()));
        }
        return Collections.unmodifiableMap(next);
    }

    /** Every widget of the slot, enabled or not, in position order; never null. */
    public List<WidgetSettings> widgets(SlotKey slot) {
        List<WidgetSettings> list = snapshot.get(slot);
        return list == null ? Collections.<WidgetSettings>emptyList() : list;
    }

    /** When the snapshot in use was loaded (epoch millis), 0 before the first successful load. */
    public long getLoadedAtMillis() {
        return loadedAtMillis;
    }

    public long getRefreshMillis() {
        return refreshMillis;
    }

    public boolean isLastRefreshFailed() {
        return lastRefreshFailed;
    }
}
