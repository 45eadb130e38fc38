package io.uplift.engine.experiment;

import java.util.Arrays;
import java.util.List;

/**
 * What one arm (a variant or the hold-out) collected: visitors assigned to it, the revenue of each visitor who
 * bought (one entry per buying visitor, the sum of that visitor's orders), each order's total, and the arm's seen
 * impressions and accepted suggestions (attributed order lines). Visitors who bought nothing are counted in
 * {@code visitors} only: revenue per visitor includes them as zeros. Amounts in the shop's currency as doubles
 * (statistics only; money shown to the merchandiser is rounded from them). Immutable.
 */
public final class ArmSample {

    private final String arm;
    private final long visitors;
    private final double[] buyerRevenue;
    private final double[] orderTotals;
    private final long seen;
    private final long accepted;

    /** @throws IllegalArgumentException quoting the bad value */
    public ArmSample(String arm, long visitors, double[] buyerRevenue, double[] orderTotals, long seen,
            long accepted) {
        if (arm == null || arm.trim().isEmpty()) {
            throw new IllegalArgumentException("an arm needs a name: '" + arm + "'");
        }
        if (visitors < 0 || seen < 0 || accepted < 0) {
            throw new IllegalArgumentException("arm '" + arm + "': counts must not be negative: visitors " + visitors
                    + ", seen " + seen + ", accepted " + accepted);
        }
        if (buyerRevenue == null || orderTotals == null) {
            throw new IllegalArgumentException("arm '" + arm + "': buyer revenue and order totals are required");
        }
        if (buyerRevenue.length > visitors || orderTotals.length < buyerRevenue.length) {
            throw new IllegalArgumentException("arm '" + arm + "': " + buyerRevenue.length + " buyers, "
                    + orderTotals.length + " orders and " + visitors + " visitors do not fit (buyers <= visitors,"
                    + " orders >= buyers)");
        }
        for (double[] values : new double[][] {buyerRevenue, orderTotals}) {
            for (double v : values) {
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw new IllegalArgumentException("arm '" + arm + "': amounts must be finite and not negative: "
                            + v);
                }
            }
        }
        double buyersSum = 0;
        double ordersSum = 0;
        for (double v : buyerRevenue) {
            buyersSum += v;
        }
        for (double v : orderTotals) {
            ordersSum += v;
        }
        if (Math.abs(buyersSum - ordersSum) > 1e-6 * Math.max(1, ordersSum)) {
            throw new IllegalArgumentException("arm '" + arm + "': the buyers' revenue " + buyersSum
                    + " is not the sum of the order totals " + ordersSum);
        }
        this.arm = arm;
        this.visitors = visitors;
        this.buyerRevenue = buyerRevenue.clone();
        this.orderTotals = orderTotals.clone();
        this.seen = seen;
        this.accepted = accepted;
    }

    /** All the samples as one arm (e.g. every variant together against the hold-out). */
    public static ArmSample merge(String arm, List<ArmSample> samples) {
        long visitors = 0;
        long seen = 0;
        long accepted = 0;
        double[] buyers = new double[0];
        double[] orders = new double[0];
        for (ArmSample s : samples) {
            visitors += s.visitors;
            seen += s.seen;
            accepted += s.accepted;
            buyers = concat(buyers, s.buyerRevenue);
            orders = concat(orders, s.orderTotals);
        }
        return new ArmSample(arm, visitors, buyers, orders, seen, accepted);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    public String getArm() {
        return arm;
    }

    public long getVisitors() {
        return visitors;
    }

    public int getBuyers() {
        return buyerRevenue.length;
    }

    public int getOrders() {
        return orderTotals.length;
    }

    public long getSeen() {
        return seen;
    }

    public long getAccepted() {
        return accepted;
    }

    /** Buying visitors / visitors, NaN without visitors. */
    public double conversion() {
        return visitors == 0 ? Double.NaN : (double) buyerRevenue.length / visitors;
    }

    /** Accepted suggestions / seen impressions, NaN without seen impressions. */
    public double acceptanceRate() {
        return seen == 0 ? Double.NaN : (double) accepted / seen;
    }

    /** The sum of the order totals. */
    public double revenue() {
        double sum = 0;
        for (double v : orderTotals) {
            sum += v;
        }
        return sum;
    }

    /** Mean order total, NaN without orders. */
    public double aov() {
        return orderTotals.length == 0 ? Double.NaN : revenue() / orderTotals.length;
    }

    /** Revenue / visitors (non-buyers count as zeros), NaN without visitors. */
    public double revenuePerVisitor() {
        return visitors == 0 ? Double.NaN : revenue() / visitors;
    }

    double[] buyerRevenue() {
        return buyerRevenue;
    }

    double[] orderTotals() {
        return orderTotals;
    }
}
