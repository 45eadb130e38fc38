package io.uplift.broadleaf.event;

import io.uplift.engine.event.KnownWidget;
import io.uplift.slot.SlotKey;
import io.uplift.slot.SlotSettingsCache;
import io.uplift.slot.WidgetSettings;

/**
 * The shop's widgets as the event validator and the attribution look them up: an enabled widget of the admin's
 * configuration (the storefront's settings cache, refreshed in the background), with its type and its slot's name
 * ({@link SlotKey#tagName()}). A deleted, disabled or invented widget id is unknown.
 */
public class SlotWidgetDirectory implements KnownWidget.Directory {

    private final SlotSettingsCache settings;

    public SlotWidgetDirectory(SlotSettingsCache settings) {
        this.settings = settings;
    }

    @Override
    public KnownWidget find(long widgetId) {
        for (SlotKey slot : SlotKey.values()) {
            for (WidgetSettings w : settings.widgets(slot)) {
                if (w.getId() == widgetId && w.isEnabled()) {
                    return new KnownWidget(w.getId(), w.getWidgetType(), slot.tagName());
                }
            }
        }
        return null;
    }
}
