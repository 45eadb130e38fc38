package io.uplift.slot;

import io.uplift.engine.experiment.Experiment;

import java.util.Collections;
import java.util.List;

/**
 * The running experiments of a slot, read without I/O (the storefront's implementation is a background cache of the
 * admin's table). Implementations return only experiments that passed the engine's rules.
 */
public interface SlotExperiments {

    /** No experiments. */
    SlotExperiments NONE = new SlotExperiments() {
        @Override
        public List<Experiment> running(SlotKey slot) {
            return Collections.emptyList();
        }
    };

    /** The slot's running experiments; never null. */
    List<Experiment> running(SlotKey slot);

    /** The slot's name as an {@link Experiment} keeps it (lower-case letters only: {@code minicart}). */
    static String engineSlot(SlotKey slot) {
        return slot.tagName().replace("-", "");
    }
}
