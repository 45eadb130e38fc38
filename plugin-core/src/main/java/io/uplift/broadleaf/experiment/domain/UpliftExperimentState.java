package io.uplift.broadleaf.experiment.domain;

import io.uplift.broadleaf.slot.domain.UpliftEnumeration;
import io.uplift.engine.experiment.ExperimentState;

import java.util.LinkedHashMap;
import java.util.Map;

/** An experiment's states as the admin offers them ({@link ExperimentState}). */
public class UpliftExperimentState extends UpliftEnumeration {

    private static final long serialVersionUID = 1L;
    private static final Map<String, UpliftExperimentState> TYPES = new LinkedHashMap<String, UpliftExperimentState>();

    public static final UpliftExperimentState DRAFT = new UpliftExperimentState(ExperimentState.DRAFT.name(),
            "Draft (nobody assigned)");
    public static final UpliftExperimentState RUNNING = new UpliftExperimentState(ExperimentState.RUNNING.name(),
            "Running (start)");
    public static final UpliftExperimentState STOPPED = new UpliftExperimentState(ExperimentState.STOPPED.name(),
            "Stopped (final)");

    public UpliftExperimentState() {
    }

    public UpliftExperimentState(String type, String friendlyType) {
        super(type, friendlyType);
        if (!TYPES.containsKey(type)) {
            TYPES.put(type, this);
        }
    }

    public static UpliftExperimentState getInstance(String type) {
        return TYPES.get(type);
    }
}
