package io.uplift.slot;

import io.uplift.engine.experiment.ExperimentAssigner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    private final SlotExperiments experiments;
    private final ExperimentPlan plan = new ExperimentPlan(new ExperimentAssigner());

    public SlotService(SlotSettingsCache settings, WidgetProviderRegistry providers, WidgetFailures failures) {
        this(settings, providers, failures, SlotExperiments.NONE);
    }

    /** @param experiments the running A/B experiments (read without I/O), applied per visitor */
    public SlotService(SlotSettingsCache settings, WidgetProviderRegistry providers, WidgetFailures failures,
            SlotExperiments experiments) {
        this.settings = settings;
        this.providers = providers;
        this.failures = failures;
        this.experiments = experiments == null ? SlotExperiments.NONE : experiments;
    }

    /**
     * Whether nothing can show in the slot for anyone: none of its widgets is enabled and no experiment runs on it
     * (an experiment's arms never enable a widget, but its visitors are exposed even where nothing shows). The slot
     * tag then skips the shopper's context and the rendering altogether, so that widgets switched off cost a page
     * next to nothing. Reads the in-memory settings only.
     */
    public boolean isIdle(SlotKey slot) {
        for (WidgetSettings w : settings.widgets(slot)) {
            if (w.isEnabled()) {
                return false;
            }
        }
        return experiments.running(slot).isEmpty();
    }

    /** Never null, never throws for a widget's fault. */
    public SlotView render(SlotRequest request) {
        List<WidgetView> views = new ArrayList<WidgetView>();
        for (WidgetSettings w : withExperiments(request)) {
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

    /**
     * The slot's widgets as this visitor sees them under the running experiments (none for a hold-out); the
     * visitor's arms are recorded in the page state. An experiment that cannot be applied is recorded as a failure
     * and the widgets are shown as configured.
     */
    private List<WidgetSettings> withExperiments(SlotRequest request) {
        List<WidgetSettings> widgets = settings.widgets(request.getSlot());
        try {
            Map<String, String> arms = new LinkedHashMap<String, String>();
            List<WidgetSettings> seen = plan.apply(widgets, experiments.running(request.getSlot()),
                    request.getContext().getVisitorKey(), arms);
            for (Map.Entry<String, String> arm : arms.entrySet()) {
                request.getContext().getPage().recordAssignment(arm.getKey(), arm.getValue());
            }
            return seen;
        } catch (RuntimeException e) {
            failures.record("experiment:" + request.getSlot().tagName(), "slot '" + request.getSlot().tagName()
                    + "', visitor " + request.getContext().getVisitorKey(), e);
            return widgets;
        }
    }

    public WidgetFailures getFailures() {
        return failures;
    }

    public SlotSettingsCache getSettings() {
        return settings;
    }
}
