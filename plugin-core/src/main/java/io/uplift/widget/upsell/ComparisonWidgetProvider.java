package io.uplift.widget.upsell;

import io.uplift.engine.upsell.ComparisonBuilder;
import io.uplift.engine.upsell.ComparisonGroup;
import io.uplift.engine.upsell.ComparisonGroupsSource;
import io.uplift.engine.upsell.ComparisonTable;
import io.uplift.slot.ProductCard;
import io.uplift.slot.SlotRequest;
import io.uplift.slot.WidgetProvider;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetView;

import java.util.Collections;
import java.util.Date;

/**
 * The comparison table of the product page: the viewed product against up to three better versions of its
 * comparison group (the widget's "number of products", capped at three). Nothing when the product is in no group or
 * has no buyable better version. The versions shown are marked on the page, so later widgets do not repeat them.
 */
public class ComparisonWidgetProvider implements WidgetProvider {

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

    public ComparisonGroupsSource getGroups() {
        return groups;
    }
}
