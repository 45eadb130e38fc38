package io.uplift.slot;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a slot: the enabled widgets the admin placed in it, in their order, each built by its provider.
 * Runs on the page-render path and does no I/O of its own: settings come from {@link SlotSettingsCache}.
 *
 * <p>A widget that fails is left out and recorded in {@link WidgetFailures}; the other widgets and the page go on.</p>
 */
public class SlotService {

    private final SlotSettingsCache settings;
    private final WidgetProviderRegistry providers;
    private final WidgetFailures failures;

    public SlotService(SlotSettingsCache settings, WidgetProviderRegistry providers, WidgetFailures failures) {
        this.settings = settings;
        this.providers = providers;
        this.failures = failures;
    }

    /** Never null, never throws for a widget's fault. */
    public SlotView render(SlotRequest request) {
        List<WidgetView> views = new ArrayList<WidgetView>();
        for (WidgetSettings w : settings.widgets(request.getSlot())) {
            if (!w.isEnabled()) {
                continue;
            }
            try {
                WidgetView view = providers.get(w.getWidgetType()).build(w, request);
                if (view != null && !view.isEmpty()) {
                    views.add(view);
                }
            } catch (RuntimeException e) {
                failures.record("render:" + request.getSlot().tagName() + ":" + w.getWidgetType(),
                        "slot '" + request.getSlot().tagName() + "', widget " + w.getId() + ", product "
                                + request.getContext().getProductId(), e);
            }
        }
        return new SlotView(request.getSlot(), views);
    }

    public WidgetFailures getFailures() {
        return failures;
    }

    public SlotSettingsCache getSettings() {
        return settings;
    }
}
