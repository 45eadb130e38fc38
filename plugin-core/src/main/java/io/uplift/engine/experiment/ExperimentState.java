package io.uplift.engine.experiment;

/** An experiment's life: drafted, running (visitors are assigned), stopped (results frozen). No way back. */
public enum ExperimentState {
    DRAFT, RUNNING, STOPPED
}
