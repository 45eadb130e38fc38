package io.uplift.widget.suggest;

import io.uplift.engine.rank.Rescorers;

/**
 * Deploy-time knobs of the optional ranking rules (Broadleaf runtime properties, see the README):
 * {@code uplift.rank.marginWeight} (0.5), {@code uplift.rank.lowStock} (5), {@code uplift.rank.lowStockFactor}
 * (0.8), {@code uplift.rank.rotationAmplitude} (0.15). Checked at start.
 */
public final class RankingSettings {

    private final double marginWeight;
    private final int lowStock;
    private final double lowStockFactor;
    private final double rotationAmplitude;
    private final Rescorers.Clock clock;

    public RankingSettings(double marginWeight, int lowStock, double lowStockFactor, double rotationAmplitude) {
        this(marginWeight, lowStock, lowStockFactor, rotationAmplitude, Rescorers.Clock.SYSTEM);
    }

    public RankingSettings(double marginWeight, int lowStock, double lowStockFactor, double rotationAmplitude,
            Rescorers.Clock clock) {
        // the rescorers' own guards quote the bad value; building them once checks every knob at start
        Rescorers.stockAndMargin(marginWeight, lowStock, lowStockFactor);
        Rescorers.rotation(rotationAmplitude, clock);
        if (lowStock < 0) {
            throw new IllegalArgumentException("uplift.rank.lowStock cannot be negative: " + lowStock);
        }
        this.marginWeight = marginWeight;
        this.lowStock = lowStock;
        this.lowStockFactor = lowStockFactor;
        this.rotationAmplitude = rotationAmplitude;
        this.clock = clock;
    }

    public double getMarginWeight() {
        return marginWeight;
    }

    public int getLowStock() {
        return lowStock;
    }

    public double getLowStockFactor() {
        return lowStockFactor;
    }

    public double getRotationAmplitude() {
        return rotationAmplitude;
    }

    public Rescorers.Clock getClock() {
        return clock;
    }
}
