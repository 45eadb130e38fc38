package io.uplift.engine.bundle;

import io.uplift.engine.copurchase.Neighbor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A bundle the plugin proposes from co-purchase statistics, with the figures behind it. Immutable. */
public final class BundleSuggestion {

    private final long anchorProductId;
    private final String anchorName;
    private final List<Neighbor> companions;
    private final int anchorOrders;
    private final int orders;

    BundleSuggestion(long anchorProductId, String anchorName, List<Neighbor> companions, int anchorOrders, int orders) {
        this.anchorProductId = anchorProductId;
        this.anchorName = anchorName;
        this.companions = Collections.unmodifiableList(new ArrayList<Neighbor>(companions));
        this.anchorOrders = anchorOrders;
        this.orders = orders;
    }

    public long getAnchorProductId() {
        return anchorProductId;
    }

    public String getAnchorName() {
        return anchorName;
    }

    /** The companions with their pair figures (together, confidence, lift), highest lift first. */
    public List<Neighbor> getCompanions() {
        return companions;
    }

    public List<Long> getCompanionIds() {
        List<Long> ids = new ArrayList<Long>(companions.size());
        for (Neighbor n : companions) {
            ids.add(n.getProductId());
        }
        return ids;
    }

    /** Orders with the anchor. */
    public int getAnchorOrders() {
        return anchorOrders;
    }

    /** All orders the statistics were computed from. */
    public int getOrders() {
        return orders;
    }

    /** The weakest companion's lift: the suggestion is only as good as its weakest pair. */
    public double getMinLift() {
        double min = Double.MAX_VALUE;
        for (Neighbor n : companions) {
            min = Math.min(min, n.getLift());
        }
        return min;
    }
}
