package io.uplift.engine.upsell;

import io.uplift.engine.CartLine;
import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds cart upgrades: for each cart line whose product has a better version in its comparison group, the next
 * better version that is active and in stock for the line's quantity. Also the server's check of an upgrade request
 * ({@link #check}), so the widget and the action apply the same rules.
 */
public final class CartUpgrades {

    private final CatalogFacts catalog;
    private final SocialProofCounts counts;

    public CartUpgrades(CatalogFacts catalog, SocialProofCounts counts) {
        this.catalog = catalog;
        this.counts = counts;
    }

    /** At most {@code max} offers, one per line, in cart order. */
    public List<UpgradeOffer> find(ComparisonGroups groups, List<CartLine> lines, int max, UpsellOptions options) {
        List<UpgradeOffer> out = new ArrayList<UpgradeOffer>();
        for (CartLine line : lines) {
            if (out.size() >= max) {
                break;
            }
            ComparisonGroup group = groups.groupOf(line.getProductId());
            ProductFacts from = catalog.find(line.getProductId());
            if (group == null || from == null || from.getPrice() == null) {
                continue;
            }
            for (Long candidate : group.betterThan(line.getProductId())) {
                ProductFacts to = catalog.find(candidate);
                if (buyable(to, line.getQuantity())) {
                    out.add(offer(group, line, from, to, options));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Why the upgrade of a line from one product to another is refused, or {@code null} when it is allowed: the
     * target must be a better version of the line's product in one group, active, and in stock for the quantity.
     */
    public String check(ComparisonGroups groups, CartLine line, long toProductId) {
        ProductFacts from = catalog.find(line.getProductId());
        ProductFacts to = catalog.find(toProductId);
        if (to == null) {
            return "That product does not exist: '" + toProductId + "'.";
        }
        ComparisonGroup group = groups.groupOf(line.getProductId());
        if (from == null || group == null || !group.isUpgrade(line.getProductId(), toProductId)) {
            return to.getName() + " is not an upgrade of " + (from == null ? "that product" : from.getName()) + ".";
        }
        if (!buyable(to, line.getQuantity())) {
            return "Sorry, " + to.getName() + " is not available in that quantity.";
        }
        return null;
    }

    /** The price difference per unit from the catalog, or {@code null} when a price is unknown. */
    public BigDecimal unitDelta(long fromProductId, long toProductId) {
        ProductFacts from = catalog.find(fromProductId);
        ProductFacts to = catalog.find(toProductId);
        return from == null || to == null || from.getPrice() == null || to.getPrice() == null ? null
                : to.getPrice().subtract(from.getPrice());
    }

    private static boolean buyable(ProductFacts p, int quantity) {
        return p != null && p.isActive() && p.isAvailable() && p.getPrice() != null
                && (p.getQuantityAvailable() == null || p.getQuantityAvailable() >= quantity);
    }

    private UpgradeOffer offer(ComparisonGroup group, CartLine line, ProductFacts from, ProductFacts to,
            UpsellOptions options) {
        BigDecimal delta = to.getPrice().subtract(from.getPrice());
        String framed = null;
        List<ProductFacts> pair = new ArrayList<ProductFacts>();
        pair.add(from);
        pair.add(to);
        for (String a : ComparisonBuilder.attributes(group, pair)) {
            String fromValue = ComparisonBuilder.value(from, a);
            String toValue = ComparisonBuilder.value(to, a);
            if (PriceFraming.benefit(a, fromValue, toValue) != null) {
                framed = PriceFraming.upgrade(delta, to.getCurrency(), a, fromValue, toValue);
                break;
            }
        }
        String deltaText = framed != null ? framed : PriceText.signed(delta, to.getCurrency());
        String total = line.getQuantity() > 1
                ? PriceText.signed(delta.multiply(BigDecimal.valueOf(line.getQuantity())), to.getCurrency()) + " in total"
                : null;
        GroupCounts c = options.isSocialProof() ? counts.get(group.getId(), options.getWindowDays()) : null;
        String proof = c == null ? null : c.socialProof(to.getId(), options.getMinOrders(), group.getName());
        return new UpgradeOffer(line.getLineId(), from.getId(), from.getName(), to.getId(), to.getName(), to.getUrl(),
                to.getImageUrl(), line.getQuantity(), delta, deltaText, total, proof,
                options.scarcity(to.getQuantityAvailable()));
    }
}
