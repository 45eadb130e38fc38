package io.uplift.widget.upsell;

import io.uplift.engine.upsell.CartUpgrades;
import io.uplift.engine.upsell.ComparisonGroupsSource;
import io.uplift.engine.upsell.UpgradeOffer;
import io.uplift.slot.DescribedWidget;
import io.uplift.slot.ProductCard;
import io.uplift.slot.SlotRequest;
import io.uplift.slot.WidgetProvider;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetView;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * "Upgrade to 256 GB for +$100" in the cart: one offer per cart line that has a better version in stock (at most
 * the widget's number of products). Each offer is a form posting to the upgrade action, so it works without
 * JavaScript. Its model ({@code upliftWidget.detail}) is the list of {@link UpgradeOffer}s.
 */
public class CartUpgradeWidgetProvider implements WidgetProvider, DescribedWidget {

    public static final String TYPE = "CART_UPGRADE";
    public static final String TEMPLATE = "uplift/widgets/cart-upgrade";

    private final ComparisonGroupsSource groups;
    private final CartUpgrades upgrades;

    public CartUpgradeWidgetProvider(ComparisonGroupsSource groups, CartUpgrades upgrades) {
        this.groups = groups;
        this.upgrades = upgrades;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public WidgetView build(WidgetSettings settings, SlotRequest request) {
        List<UpgradeOffer> offers = offers(settings, request);
        if (offers.isEmpty()) {
            return null;
        }
        for (UpgradeOffer o : offers) {
            request.getContext().getPage().markShown(o.getToProductId());
        }
        return new WidgetView(settings.getId(), TYPE, TEMPLATE, settings.getTitle(),
                Collections.<ProductCard>emptyList(), offers);
    }

    /** The offers for the admin preview, one line each. */
    @Override
    public List<String> describe(WidgetSettings settings, SlotRequest request) {
        List<String> lines = new ArrayList<String>();
        if (request.getContext().getCartLines().isEmpty()) {
            lines.add("Shown in the cart for lines whose product has a better version in stock: add a product of a"
                    + " comparison group to the preview's cart.");
            return lines;
        }
        List<UpgradeOffer> offers = offers(settings, request);
        if (offers.isEmpty()) {
            lines.add("No line of this cart has a better version in stock.");
        }
        for (UpgradeOffer o : offers) {
            lines.add("Upgrade " + o.getFromName() + " to " + o.getToName() + ": " + o.getDeltaText()
                    + (o.getTotalText() == null ? "" : " each, " + o.getTotalText())
                    + (o.getSocialProof() == null ? "" : "; " + o.getSocialProof())
                    + (o.getScarcity() == null ? "" : "; " + o.getScarcity()));
        }
        return lines;
    }

    /** The offers this widget would show (also the admin preview). Marks nothing. */
    public List<UpgradeOffer> offers(WidgetSettings settings, SlotRequest request) {
        return upgrades.find(groups.current(), request.getContext().getCartLines(), settings.getMaxItems(),
                settings.getUpsell());
    }
}
