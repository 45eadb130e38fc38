package io.uplift.engine.upsell;

/**
 * The merchandiser's upsell settings of one widget (comparison table or cart upgrade). Immutable; the guards are
 * the admin's save rules and quote the bad value.
 */
public final class UpsellOptions {

    public static final int DEFAULT_MIN_ORDERS = 30;
    public static final int DEFAULT_WINDOW_DAYS = 90;
    public static final int DEFAULT_LOW_STOCK = 5;
    public static final int MAX_WINDOW_DAYS = 730;
    public static final int MAX_MIN_ORDERS = 1000000;
    public static final int MAX_LOW_STOCK = 1000;

    public static final UpsellOptions DEFAULTS = new UpsellOptions(true, DEFAULT_MIN_ORDERS, DEFAULT_WINDOW_DAYS,
            DEFAULT_LOW_STOCK, 0);

    private final boolean socialProof;
    private final int minOrders;
    private final int windowDays;
    private final int lowStock;
    private final int perMonthMonths;

    /**
     * @param socialProof    show "chosen in N% of orders" figures
     * @param minOrders      the smallest sample (orders of the family in the window) for which shares are shown
     * @param windowDays     the window of orders counted, in days back from now
     * @param lowStock       "only N left" at or below this many units (0: never)
     * @param perMonthMonths spread the price difference over this many months (0: off)
     */
    public UpsellOptions(boolean socialProof, int minOrders, int windowDays, int lowStock, int perMonthMonths) {
        if (minOrders < 1 || minOrders > MAX_MIN_ORDERS) {
            throw new IllegalArgumentException("social proof minimum sample must be between 1 and " + MAX_MIN_ORDERS
                    + " orders: " + minOrders);
        }
        if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
            throw new IllegalArgumentException("social proof window must be between 1 and " + MAX_WINDOW_DAYS
                    + " days: " + windowDays);
        }
        if (lowStock < 0 || lowStock > MAX_LOW_STOCK) {
            throw new IllegalArgumentException("low-stock threshold must be between 0 (off) and " + MAX_LOW_STOCK + ": "
                    + lowStock);
        }
        if (perMonthMonths < 0 || perMonthMonths > PriceFraming.MAX_MONTHS) {
            throw new IllegalArgumentException("per-month framing must be between 0 (off) and " + PriceFraming.MAX_MONTHS
                    + " months: " + perMonthMonths);
        }
        this.socialProof = socialProof;
        this.minOrders = minOrders;
        this.windowDays = windowDays;
        this.lowStock = lowStock;
        this.perMonthMonths = perMonthMonths;
    }

    public boolean isSocialProof() {
        return socialProof;
    }

    public int getMinOrders() {
        return minOrders;
    }

    public int getWindowDays() {
        return windowDays;
    }

    public int getLowStock() {
        return lowStock;
    }

    public int getPerMonthMonths() {
        return perMonthMonths;
    }

    /** "Only 3 left" when the stock is known, positive and at or below the threshold; else {@code null}. */
    public String scarcity(Integer quantityAvailable) {
        if (lowStock == 0 || quantityAvailable == null || quantityAvailable <= 0 || quantityAvailable > lowStock) {
            return null;
        }
        return "Only " + quantityAvailable + " left";
    }

    @Override
    public String toString() {
        return "upsell{socialProof=" + socialProof + ", minOrders=" + minOrders + ", windowDays=" + windowDays
                + ", lowStock=" + lowStock + ", perMonth=" + perMonthMonths + "}";
    }
}
