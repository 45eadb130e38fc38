package io.uplift.slot;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link WidgetSettingsSource} whose next load the test sets: some widgets, rejected rows, or a failure. */
public final class FakeSettingsSource implements WidgetSettingsSource {

    private volatile Loaded next = new Loaded(Collections.<WidgetSettings>emptyList(), Collections.<String>emptyList());
    private volatile RuntimeException failure;
    final AtomicInteger loads = new AtomicInteger();

    public FakeSettingsSource widgets(WidgetSettings... widgets) {
        return loaded(new Loaded(Arrays.asList(widgets), Collections.<String>emptyList()));
    }

    FakeSettingsSource loaded(Loaded loaded) {
        this.next = loaded;
        this.failure = null;
        return this;
    }

    FakeSettingsSource failWith(RuntimeException e) {
        this.failure = e;
        return this;
    }

    @Override
    public Loaded loadAll() {
        loads.incrementAndGet();
        RuntimeException e = failure;
        if (e != null) {
            throw e;
        }
        return next;
    }

    static WidgetSettings widget(long id, SlotKey slot, String type, int position) {
        return new WidgetSettings(id, slot, type, true, "Widget " + id, 4, position);
    }

    static WidgetSettings disabled(long id, SlotKey slot, String type, int position) {
        return new WidgetSettings(id, slot, type, false, "Widget " + id, 4, position);
    }

    static List<Long> ids(List<WidgetSettings> widgets) {
        Long[] ids = new Long[widgets.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = widgets.get(i).getId();
        }
        return Arrays.asList(ids);
    }
}
