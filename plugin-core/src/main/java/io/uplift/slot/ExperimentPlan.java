package io.uplift.slot;

import io.uplift.engine.experiment.Assignment;
import io.uplift.engine.experiment.Experiment;
import io.uplift.engine.experiment.ExperimentAssigner;
import io.uplift.engine.experiment.VariantOverrides;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Applies a slot's running experiments to its widgets for one visitor: each experiment assigns the visitor
 * ({@link ExperimentAssigner}, sticky by visitor key); a visitor in an experiment's hold-out sees no widget of the
 * slot at all; a visitor in a variant sees the experiment's widget (or, for an experiment of the whole slot, every
 * widget of the slot) with the variant's overrides: number shown, position, title, source chain. A visitor without a
 * key (no session, no customer) is in no experiment and sees the widgets as configured. Stateless.
 */
public final class ExperimentPlan {

    private final ExperimentAssigner assigner;

    public ExperimentPlan(ExperimentAssigner assigner) {
        this.assigner = assigner;
    }

    /**
     * @param assignments receives experiment id to arm name for each experiment the visitor is in
     * @return the widgets to render, re-ordered by position; empty for a hold-out
     * @throws IllegalArgumentException when an override does not fit a widget (e.g. a title too long); the caller
     *                                  shows the widgets as configured
     */
    public List<WidgetSettings> apply(List<WidgetSettings> widgets, List<Experiment> running, String visitorKey,
            Map<String, String> assignments) {
        if (running.isEmpty() || visitorKey == null || visitorKey.trim().isEmpty()) {
            return widgets;
        }
        List<WidgetSettings> result = new ArrayList<WidgetSettings>(widgets);
        boolean holdout = false;
        for (Experiment e : running) {
            Assignment a = assigner.assign(e, visitorKey);
            if (!a.isInExperiment()) {
                continue;
            }
            assignments.put(e.getId(), a.getArm());
            if (a.isHoldout()) {
                holdout = true;
                continue;
            }
            VariantOverrides o = a.getVariant().getOverrides();
            for (int i = 0; i < result.size(); i++) {
                WidgetSettings w = result.get(i);
                if (e.getWidgetId() == null || e.getWidgetId() == w.getId()) {
                    result.set(i, override(w, o));
                }
            }
        }
        if (holdout) {
            return Collections.emptyList();
        }
        Collections.sort(result, new Comparator<WidgetSettings>() {
            @Override
            public int compare(WidgetSettings a, WidgetSettings b) {
                return Integer.compare(a.getPosition(), b.getPosition());
            }
        });
        return result;
    }

    /** The widget with the overrides that are set; the others as configured. */
    static WidgetSettings override(WidgetSettings w, VariantOverrides o) {
        if (VariantOverrides.NONE.equals(o)) {
            return w;
        }
        WidgetRules r = w.getRules();
        WidgetRules rules = o.getSources() == null ? r : new WidgetRules(o.getSources(), r.isExcludePurchased(),
                r.getPriceMinPercent(), r.getPriceMaxPercent(), r.isRotate(), r.isStockMarginBoost());
        return new WidgetSettings(w.getId(), w.getSlot(), w.getWidgetType(), w.isEnabled(),
                o.getTitle() == null ? w.getTitle() : o.getTitle(),
                o.getCount() == null ? w.getMaxItems() : o.getCount(),
                o.getPosition() == null ? w.getPosition() : o.getPosition(), rules, w.getUpsell());
    }
}
