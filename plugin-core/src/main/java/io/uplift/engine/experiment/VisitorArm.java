package io.uplift.engine.experiment;

import java.util.Objects;

/**
 * A visitor's arm in one running experiment: the experiment's id and the arm's name (a variant's name or
 * {@value Assignment#HOLDOUT}), as recorded with events, order lines and exposures. Immutable.
 */
public final class VisitorArm {

    private final String experimentId;
    private final String arm;

    /** @throws IllegalArgumentException quoting a blank id or arm */
    public VisitorArm(String experimentId, String arm) {
        if (experimentId == null || experimentId.trim().isEmpty() || arm == null || arm.trim().isEmpty()) {
            throw new IllegalArgumentException("an experiment id and an arm are required: '" + experimentId + "' / '"
                    + arm + "'");
        }
        this.experimentId = experimentId;
        this.arm = arm;
    }

    /**
     * The arm of the first running experiment that covers the widget (an experiment of its slot without a widget, or
     * of this widget), or null when none does.
     *
     * @param running the running experiments of the widget's slot
     */
    public static VisitorArm of(ExperimentAssigner assigner, Iterable<Experiment> running, long widgetId,
            String visitorKey) {
        if (visitorKey == null || visitorKey.trim().isEmpty()) {
            return null;
        }
        for (Experiment e : running) {
            if (e.getWidgetId() == null || e.getWidgetId() == widgetId) {
                Assignment a = assigner.assign(e, visitorKey);
                if (a.isInExperiment()) {
                    return new VisitorArm(e.getId(), a.getArm());
                }
            }
        }
        return null;
    }

    public String getExperimentId() {
        return experimentId;
    }

    public String getArm() {
        return arm;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VisitorArm && experimentId.equals(((VisitorArm) o).experimentId)
                && arm.equals(((VisitorArm) o).arm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(experimentId, arm);
    }

    @Override
    public String toString() {
        return experimentId + ":" + arm;
    }
}
