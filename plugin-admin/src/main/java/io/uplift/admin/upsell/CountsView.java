package io.uplift.admin.upsell;

import io.uplift.broadleaf.upsell.ComparisonGroupRows;
import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.upsell.GroupCounts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The order counts behind one group's social proof, as the admin preview shows them: the window, the family's
 * orders in it, per version its orders and floored share, and whether the minimum sample is met (below it the
 * storefront shows no share at all).
 */
public final class CountsView {

    private final long groupId;
    private final String name;
    private final boolean enabled;
    private final String error;
    private final int windowDays;
    private final int minOrders;
    private final long totalOrders;
    private final List<VersionCount> versions;

    private CountsView(long groupId, String name, boolean enabled, String error, int windowDays, int minOrders,
            long totalOrders, List<VersionCount> versions) {
        this.groupId = groupId;
        this.name = name;
        this.enabled = enabled;
        this.error = error;
        this.windowDays = windowDays;
        this.minOrders = minOrders;
        this.totalOrders = totalOrders;
        this.versions = Collections.unmodifiableList(versions);
    }

    /** A group the engine refuses (so the storefront never counts it): the reason instead of counts. */
    static CountsView invalid(ComparisonGroupRows.Row row, String reason) {
        return new CountsView(row.getId(), row.getName(), row.isEnabled(), reason, 0, 0, 0,
                Collections.<VersionCount>emptyList());
    }

    static CountsView of(ComparisonGroupRows.Row row, GroupCounts counts, int minOrders, CatalogFacts catalog) {
        List<VersionCount> versions = new ArrayList<VersionCount>();
        for (Long id : row.getMembers()) {
            ProductFacts p = catalog.find(id);
            long orders = counts.ordersOf(id);
            Integer share = counts.sharePercent(id, 1);
            versions.add(new VersionCount(id, p == null ? "product " + id + " (not found)" : p.getName(), orders,
                    share == null && counts.getTotalOrders() > 0 ? Integer.valueOf(0) : share,
                    counts.sharePercent(id, minOrders) != null));
        }
        return new CountsView(row.getId(), row.getName(), row.isEnabled(), null, counts.getWindowDays(), minOrders,
                counts.getTotalOrders(), versions);
    }

    public long getGroupId() {
        return groupId;
    }

    public String getName() {
        return name;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Why the group cannot be counted (it breaks a rule), else {@code null}. */
    public String getError() {
        return error;
    }

    public int getWindowDays() {
        return windowDays;
    }

    public int getMinOrders() {
        return minOrders;
    }

    /** Submitted orders in the window with at least one version of the family. */
    public long getTotalOrders() {
        return totalOrders;
    }

    /** Whether the family's orders reach the minimum sample, so the storefront shows shares. */
    public boolean isSampleMet() {
        return error == null && totalOrders >= minOrders && totalOrders > 0;
    }

    public List<VersionCount> getVersions() {
        return versions;
    }

    /** One version's orders in the window. */
    public static final class VersionCount {
        private final long productId;
        private final String name;
        private final long orders;
        private final Integer sharePercent;
        private final boolean shown;

        VersionCount(long productId, String name, long orders, Integer sharePercent, boolean shown) {
            this.productId = productId;
            this.name = name;
            this.orders = orders;
            this.sharePercent = sharePercent;
            this.shown = shown;
        }

        public long getProductId() {
            return productId;
        }

        public String getName() {
            return name;
        }

        public long getOrders() {
            return orders;
        }

        /** Whole percent of the family's orders, floored; {@code null} when the family has no orders. */
        public Integer getSharePercent() {
            return sharePercent;
        }

        /** Whether the storefront shows this version's share ("chosen in N% of ..."). */
        public boolean isShown() {
            return shown;
        }
    }
}
