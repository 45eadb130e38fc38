package io.uplift.widget.upsell;

import io.uplift.engine.CartLine;
import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.bundle.BundlePricing;
import io.uplift.engine.bundle.BundlesSource;
import io.uplift.engine.bundle.CartBundleSavings;
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
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Upgrade to 256 GB for +$100" in the cart: one offer per cart line that has a better version in stock (at most
 * the widget's number of products). Each offer is a form posting to the upgrade action, so it works without
 * JavaScript. Its model ({@code upliftWidget.detail}) is the list of {@link UpgradeOffer}s. A line that completes a
 * bundle in the cart is not offered an upgrade: the upgrade would also cost the bundle saving.
 */
public class CartUpgradeWidgetProvider implements WidgetProvider, DescribedWidget {

    public static final String TYPE = "CART_UPGRADE";
    public static final String TEMPLATE = "uplift/widgets/cart-upgrade";

    private final ComparisonGroupsSource groups;
    private final CartUpgrades upgrades;
    private final BundlesSource bundles;
    private final CatalogFacts catalog;

    public CartUpgradeWidgetProvider(ComparisonGroupsSource groups, CartUpgrades upgrades) {
        this(groups, upgrades, null, null);
    }

    /**
     * @param bundles the shop's bundles: a line that completes a bundle in the cart is not offered an upgrade, since
     *                replacing it would cost the cart its bundle saving (the offer's "+$X" would not be the truth);
     *                {@code null} for none
     * @param catalog prices of the cart's products, to tell which bundles the cart completes
     */
    public CartUpgradeWidgetProvider(ComparisonGroupsSource groups, CartUpgrades upgrades, BundlesSource bundles,
            CatalogFacts catalog) {
        this.groups = groups;
        this.upgrades = upgrades;
        this.bundles = bundles;
        this.catalog = catalog;
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
        List<CartLine> lines = request.getContext().getCartLines();
        Set<Long> inSets = productsInCompleteBundles(lines);
        List<CartLine> upgradable = new ArrayList<CartLine>(lines.size());
        for (CartLine line : lines) {
            if (!inSets.contains(line.getProductId())) {
                upgradable.add(line);
            }
        }
        return upgrades.find(groups.current(), upgradable, settings.getMaxItems(), settings.getUpsell());
    }

    /** Products of the bundles the cart completes now (the pricing step's rule, at catalog prices). */
    Set<Long> productsInCompleteBundles(List<CartLine> lines) {
        if (bundles == null || catalog == null || lines.isEmpty()) {
            return Collections.emptySet();
        }
        CartBundleSavings cart = new CartBundleSavings();
        for (CartLine line : lines) {
            ProductFacts p = catalog.find(line.getProductId());
            cart.line(line.getProductId(), line.getQuantity(), p == null ? null : p.getPrice());
        }
        Set<Long> out = new HashSet<Long>();
        for (BundlePricing.Applied a : cart.savings(bundles.current().active(new Date()), null)) {
            out.addAll(a.getBundle().getItems());
        }
        return out;
    }
}
