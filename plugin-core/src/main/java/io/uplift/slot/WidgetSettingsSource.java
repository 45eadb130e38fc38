package io.uplift.slot;

import java.util.List;

/**
 * Where widget settings are stored (the plugin's table, in the Broadleaf adapter). Called only off the page-render
 * path, by {@link SlotSettingsCache}.
 */
public interface WidgetSettingsSource {

    /**
     * Every stored widget, valid or not: a row that cannot be turned into {@link WidgetSettings} is reported in
     * {@link Loaded#getRejected()} with its reason.
     */
    Loaded loadAll();

    /** The result of one load. */
    final class Loaded {
        private final List<WidgetSettings> widgets;
        private final List<String> rejected;

        public Loaded(List<WidgetSettings> widgets, List<String> rejected) {
            this.widgets = java.util.Collections.unmodifiableList(new java.util.ArrayList<WidgetSettings>(widgets));
            this.rejected = java.util.Collections.unmodifiableList(new java.util.ArrayList<String>(rejected));
        }

        public List<WidgetSettings> getWidgets() {
            return widgets;
        }

        /** One message per stored row that was rejected, quoting the bad value. */
        public List<String> getRejected() {
            return rejected;
        }
    }
}
