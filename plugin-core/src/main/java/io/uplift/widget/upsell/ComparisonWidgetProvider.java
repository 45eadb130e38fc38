package io.uplift.widget.upsell;

import io.uplift.engine.upsell.ComparisonBuilder;
import io.uplift.engine.upsell.ComparisonGroup;
import io.uplift.engine.upsell.ComparisonGroupsSource;
import io.uplift.engine.upsell.ComparisonTable;
import io.uplift.engine.upsell.GroupCounts;
import io.uplift.engine.upsell.UpsellOptions;
import io.uplift.slot.DescribedWidget;
import io.uplift.slot.ProductCard;
import io.uplift.slot.SlotRequest;
import io.uplift.slot.WidgetProvider;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetView;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The comparison table of the product page: the viewed product against up to three better versions of its
 * comparison group (the widget's "number of products", capped at three). Nothing when the product is in no group or
 * has no buyable better version. The versions shown are marked on the page, so later widgets do not repeat them.
 */
public class ComparisonWidgetProvider implements WidgetProvider, DescribedWidget {

    public static final String TYPE = "COMPARISON";
    public static final String TEMPLATE = "uplift/widgets/comparison";

    private final ComparisonGroupsSource groups;
    private final ComparisonBuilder builder;
    private final Clock clock;

    /** The time offers are checked against; a test clock in tests. */
    public interface Clock {
        long millis();

        Clock SYSTEM = new Clock() {
            @Override
            public long millis() {
                return System.currentTimeMillis();
            }
        };
    }

    public ComparisonWidgetProvider(ComparisonGroupsSource groups, ComparisonBuilder builder, Clock clock) {
        this.groups = groups;
        this.builder = builder;
        this.clock = clock == null ? Clock.SYSTEM : clock;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public WidgetView build(WidgetSettings settings, SlotRequest request) {
        ComparisonTable table = table(settings, request);
        if (table == null) {
            return null;
        }
        for (ComparisonTable.Column c : table.getColumns()) {
            request.getContext().getPage().markShown(c.getProductId());
        }
        return new WidgetView(settings.getId(), TYPE, TEMPLATE, settings.getTitle(),
                Collections.<ProductCard>emptyList(), table);
    }

    /** The versions the table shows, which the storefront marks on the page (the preview marks them too). */
    @Override
    public Set<Long> shownProducts(WidgetSettings settings, SlotRequest request) {
        ComparisonTable table = table(settings, request);
        Set<Long> ids = new LinkedHashSet<Long>();
        for (ComparisonTable.Column c : table == null ? Collections.<ComparisonTable.Column>emptyList() : table.getColumns()) {
            ids.add(c.getProductId());
        }
        return ids;
    }

    /** The table this widget would show (also the admin preview); {@code null} when none. Marks nothing. */
    public ComparisonTable table(WidgetSettings settings, SlotRequest request) {
        Long productId = request.getContext().getProductId();
        if (productId == null) {
            return null;
        }
        ComparisonGroup group = groups.current().groupOf(productId);
        if (group == null) {
            return null;
        }
        return builder.build(group, productId, settings.getMaxItems(), settings.getUpsell(), new Date(clock.millis()));
    }

    /**
     * The table's versions with their prices and framing, and the order counts behind the social proof (orders of
     * each version, the family's orders, whether the minimum sample is met), for the admin preview.
     */
    @Override
    public List<String> describe(WidgetSettings settings, SlotRequest request) {
        List<String> lines = new ArrayList<String>();
        Long productId = request.getContext().getProductId();
        ComparisonGroup group = productId == null ? null : groups.current().groupOf(productId);
        if (productId == null) {
            lines.add("Shown on product pages: choose a product.");
            return lines;
        }
        if (group == null) {
            lines.add("Product " + productId + " is in no comparison group (Uplift > Comparisons).");
            return lines;
        }
        ComparisonTable table = table(settings, request);
        if (table == null) {
            lines.add("Group '" + group.getName() + "': no better version of product " + productId
                    + " is active and in stock, so nothing is shown.");
            return lines;
        }
        UpsellOptions o = settings.getUpsell();
        GroupCounts counts = builder.getCounts().get(group.getId(), o.getWindowDays());
        lines.add("Group '" + group.getName() + "', " + (table.getColumns().size() - 1) + " better version(s) shown"
                + (table.getOfferText() != null ? "; offer running: " + table.getOfferText() + " (" + table.getOfferEndsText() + ")" : ""));
        if (!o.isSocialProof()) {
            lines.add("Social proof is switched off for this widget.");
        } else if (counts == null) {
            lines.add("Social proof: the orders of the last " + o.getWindowDays() + " days are being counted.");
        } else {
            lines.add("Social proof: " + counts.getTotalOrders() + " orders of the family in the last "
                    + o.getWindowDays() + " days; minimum sample " + o.getMinOrders() + ": "
                    + (counts.getTotalOrders() >= o.getMinOrders() ? "met, shares shown" : "not met, nothing shown"));
        }
        for (ComparisonTable.Column c : table.getColumns()) {
            StringBuilder b = new StringBuilder(c.getName()).append(": ").append(c.getPriceText());
            if (c.getDeltaText() != null) {
                b.append(", ").append(c.getDeltaText());
            }
            if (counts != null) {
                Integer share = counts.sharePercent(c.getProductId(), 1);
                b.append("; ").append(counts.ordersOf(c.getProductId())).append(" of ").append(counts.getTotalOrders())
                        .append(" orders").append(share == null ? "" : " (" + share + "% floored)");
            }
            if (c.getScarcity() != null) {
                b.append("; ").append(c.getScarcity());
            }
            lines.add(b.toString());
        }
        return lines;
    }

    public ComparisonGroupsSource getGroups() {
        return groups;
    }
}
