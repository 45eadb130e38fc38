package io.uplift.engine.experiment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An A/B experiment on one slot (and optionally one widget of it): its variants (the first is the control), the
 * hold-out percentage (visitors who see no suggestions at all in the slot, carved out of all traffic first; 0-50)
 * and the split of the rest between the variants (weights summing to 100). The salt makes assignment independent
 * of other experiments (two experiments with different salts shuffle visitors differently); it is fixed at creation.
 * <p>
 * States: {@link #start(Instant)} DRAFT to RUNNING, {@link #stop(Instant)} RUNNING to STOPPED; each returns a new
 * experiment. Variants, weights and hold-out are fixed once made (changing them while running would move visitors
 * between arms; make a new experiment instead). Immutable.
 */
public final class Experiment {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern SLOT = Pattern.compile("[a-z]{1,32}");

    private final String id;
    private final String salt;
    private final String slot;
    private final Long widgetId;
    private final List<Variant> variants;
    private final int holdoutPercent;
    private final ExperimentState state;
    private final Instant startedAt;
    private final Instant stoppedAt;

    /**
     * A draft.
     *
     * @param widgetId the widget the variants override, or null for the whole slot
     * @throws IllegalArgumentException quoting the bad value
     */
    public Experiment(String id, String salt, String slot, Long widgetId, List<Variant> variants, int holdoutPercent) {
        this(id, salt, slot, widgetId, variants, holdoutPercent, ExperimentState.DRAFT, null, null);
    }

    /**
     * As stored (the adapter's way back from the database).
     *
     * @throws IllegalArgumentException quoting the bad value, also times that do not fit the state
     */
    public Experiment(String id, String salt, String slot, Long widgetId, List<Variant> variants, int holdoutPercent,
            ExperimentState state, Instant startedAt, Instant stoppedAt) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("experiment id must be 1-64 letters, digits, _ or -: '" + id + "'");
        }
        String what = "experiment '" + id + "'";
        if (salt == null || salt.trim().isEmpty() || salt.length() > 64) {
            throw new IllegalArgumentException(what + ": salt must be 1-64 characters: '" + salt + "'");
        }
        if (slot == null || !SLOT.matcher(slot).matches()) {
            throw new IllegalArgumentException(what + ": slot must be a slot name such as 'product': '" + slot + "'");
        }
        if (widgetId != null && widgetId <= 0) {
            throw new IllegalArgumentException(what + ": widget id must be positive: " + widgetId);
        }
        if (variants == null || variants.isEmpty() || variants.contains(null)) {
            throw new IllegalArgumentException(what + ": needs at least one variant (the first is the control): "
                    + variants);
        }
        int sum = 0;
        Set<String> names = new HashSet<String>();
        for (Variant v : variants) {
            sum += v.getWeight();
            if (!names.add(v.getName())) {
                throw new IllegalArgumentException(what + ": two variants are named '" + v.getName() + "'");
            }
        }
        if (sum != 100) {
            throw new IllegalArgumentException(what + ": the variants' weights must sum to 100: " + sum + " in "
                    + variants);
        }
        if (holdoutPercent < 0 || holdoutPercent > 50) {
            throw new IllegalArgumentException(what + ": hold-out must be 0 to 50 percent: " + holdoutPercent);
        }
        if (state == null) {
            throw new IllegalArgumentException(what + ": state must not be null");
        }
        boolean started = state != ExperimentState.DRAFT;
        boolean stopped = state == ExperimentState.STOPPED;
        if (started != (startedAt != null) || stopped != (stoppedAt != null)
                || (stopped && stoppedAt.isBefore(startedAt))) {
            throw new IllegalArgumentException(what + ": times do not fit state " + state + ": started " + startedAt
                    + ", stopped " + stoppedAt);
        }
        this.id = id;
        this.salt = salt;
        this.slot = slot;
        this.widgetId = widgetId;
        this.variants = Collections.unmodifiableList(new ArrayList<Variant>(variants));
        this.holdoutPercent = holdoutPercent;
        this.state = state;
        this.startedAt = startedAt;
        this.stoppedAt = stoppedAt;
    }

    /** @throws IllegalStateException naming the state when it is not a draft */
    public Experiment start(Instant at) {
        if (state != ExperimentState.DRAFT) {
            throw new IllegalStateException("experiment '" + id + "' can only be started as a draft; it is " + state);
        }
        return new Experiment(id, salt, slot, widgetId, variants, holdoutPercent, ExperimentState.RUNNING, at, null);
    }

    /** @throws IllegalStateException naming the state when it is not running */
    public Experiment stop(Instant at) {
        if (state != ExperimentState.RUNNING) {
            throw new IllegalStateException("experiment '" + id + "' can only be stopped while running; it is "
                    + state);
        }
        return new Experiment(id, salt, slot, widgetId, variants, holdoutPercent, ExperimentState.STOPPED, startedAt,
                at);
    }

    /** The control: the first variant. */
    public Variant getControl() {
        return variants.get(0);
    }

    public String getId() {
        return id;
    }

    public String getSalt() {
        return salt;
    }

    public String getSlot() {
        return slot;
    }

    /** The widget overridden, or null for the whole slot. */
    public Long getWidgetId() {
        return widgetId;
    }

    public List<Variant> getVariants() {
        return variants;
    }

    public int getHoldoutPercent() {
        return holdoutPercent;
    }

    public ExperimentState getState() {
        return state;
    }

    /** When it was started, or null for a draft. */
    public Instant getStartedAt() {
        return startedAt;
    }

    /** When it was stopped, or null. */
    public Instant getStoppedAt() {
        return stoppedAt;
    }
}
