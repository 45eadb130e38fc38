package io.uplift.broadleaf.experiment;

import io.uplift.engine.event.EventBatchValidator;
import io.uplift.engine.event.KnownWidget;
import io.uplift.engine.experiment.ExperimentAssigner;
import io.uplift.engine.experiment.VisitorArm;
import io.uplift.slot.SlotExperiments;
import io.uplift.slot.SlotKey;

/**
 * The visitor's arm of the experiment running on a widget, computed like the slot service computes it when it
 * renders (same sticky assignment, no I/O): events, quick adds and order lines carry the arm the visitor saw.
 */
public class ExperimentArms implements EventBatchValidator.VariantCheck {

    private final SlotExperiments experiments;
    private final ExperimentAssigner assigner = new ExperimentAssigner();

    public ExperimentArms(SlotExperiments experiments) {
        this.experiments = experiments;
    }

    @Override
    public VisitorArm armOf(KnownWidget widget, String visitorKey) {
        if (widget == null) {
            return null;
        }
        SlotKey slot;
        try {
            slot = SlotKey.fromName(widget.getSlot());
        } catch (IllegalArgumentException e) {
            return null;
        }
        return VisitorArm.of(assigner, experiments.running(slot), widget.getId(), visitorKey);
    }
}
