package io.uplift.admin.bundle;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.bundle.Bundle;
import io.uplift.engine.bundle.BundlePricing;
import io.uplift.engine.bundle.BundleSuggestion;
import io.uplift.engine.bundle.SuggestedBundle;
import io.uplift.engine.copurchase.Neighbor;
import io.uplift.engine.upsell.PriceText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One bundle suggestion as the admin's page shows it: the anchor, each companion with its pair figures, the set's
 * price with the bundle discount accepting would give, and the key the "Accept" button posts. Immutable.
 */
public final class SuggestionView {

    private final String key;
    private final Item anchor;
    private final List<Item> companions;
    private final int anchorOrders;
    private final int orders;
    private final String setPriceText;
    private final String discountText;
    private final String bundlePriceText;
    private final String discountPercent;

    private SuggestionView(String key, Item anchor, List<Item> companions, int anchorOrders, int orders,
            String setPriceText, String discountText, String bundlePriceText, String discountPercent) {
        this.key = key;
        this.anchor = anchor;
        this.companions = Collections.unmodifiableList(companions);
        this.anchorOrders = anchorOrders;
        this.orders = orders;
        this.setPriceText = setPriceText;
        this.discountText = discountText;
        this.bundlePriceText = bundlePriceText;
        this.discountPercent = discountPercent;
    }

    /** The views of these suggestions, in order; a suggestion that cannot make a valid bundle is left out. */
    public static List<SuggestionView> of(List<BundleSuggestion> suggestions, CatalogFacts catalog,
            BigDecimal discountPercent) {
        List<SuggestionView> out = new ArrayList<SuggestionView>();
        for (BundleSuggestion s : suggestions) {
            ProductFacts anchor = catalog.find(s.getAnchorProductId());
            if (anchor == null) {
                continue;
            }
            Bundle bundle;
            try {
                bundle = SuggestedBundle.of(s, catalog, discountPercent, new Date()).getBundle();
            } catch (IllegalArgumentException e) {
                continue;
            }
            Map<Long, BigDecimal> prices = new HashMap<Long, BigDecimal>();
            List<Item> companions = new ArrayList<Item>();
            prices.put(anchor.getId(), anchor.getPrice());
            for (Neighbor n : s.getCompanions()) {
                ProductFacts p = catalog.find(n.getProductId());
                if (p != null) {
                    prices.put(p.getId(), p.getPrice());
                }
                companions.add(new Item(n.getProductId(), p == null ? "product " + n.getProductId() : p.getName(),
                        p == null ? "" : PriceText.format(p.getPrice(), p.getCurrency()), n));
            }
            String currency = anchor.getCurrency();
            BigDecimal setPrice = BundlePricing.setPrice(bundle, prices);
            BigDecimal discount = setPrice == null ? null : BundlePricing.setDiscount(bundle, setPrice);
            out.add(new SuggestionView(key(bundle), new Item(anchor.getId(), anchor.getName(),
                    PriceText.format(anchor.getPrice(), currency), null), companions, s.getAnchorOrders(),
                    s.getOrders(), PriceText.format(setPrice, currency), PriceText.format(discount, currency),
                    setPrice == null ? "" : PriceText.format(setPrice.subtract(discount), currency),
                    bundle.getDiscountValue().toPlainString()));
        }
        return out;
    }

    /** "anchor-companion-companion": what the accept form posts. */
    static String key(Bundle bundle) {
        StringBuilder b = new StringBuilder();
        for (Long id : bundle.getItems()) {
            b.append(b.length() == 0 ? "" : "-").append(id);
        }
        return b.toString();
    }

    public String getKey() {
        return key;
    }

    public Item getAnchor() {
        return anchor;
    }

    public List<Item> getCompanions() {
        return companions;
    }

    /** Orders with the anchor. */
    public int getAnchorOrders() {
        return anchorOrders;
    }

    /** All orders the statistics come from. */
    public int getOrders() {
        return orders;
    }

    /** The items' prices added up ("$862.00"); empty when a price is unknown. */
    public String getSetPriceText() {
        return setPriceText;
    }

    public String getDiscountText() {
        return discountText;
    }

    public String getBundlePriceText() {
        return bundlePriceText;
    }

    /** The percentage accepting gives ("10"). */
    public String getDiscountPercent() {
        return discountPercent;
    }

    /** A product of the suggestion; a companion also has its figures with the anchor. */
    public static final class Item {
        private final long productId;
        private final String name;
        private final String priceText;
        private final Neighbor pair;

        Item(long productId, String name, String priceText, Neighbor pair) {
            this.productId = productId;
            this.name = name;
            this.priceText = priceText;
            this.pair = pair;
        }

        public long getProductId() {
            return productId;
        }

        public String getName() {
            return name;
        }

        public String getPriceText() {
            return priceText;
        }

        /** Orders with both this companion and the anchor. */
        public int getTogether() {
            return pair == null ? 0 : pair.getTogether();
        }

        /** Orders with this companion. */
        public int getOrders() {
            return pair == null ? 0 : pair.getCount();
        }

        /** Share of the anchor's orders that also have this companion, in whole percent ("60"). */
        public String getConfidencePercent() {
            return pair == null ? "" : SuggestedBundle.confidencePercent(pair);
        }

        /** How many times more often than chance the two are bought together, two decimals ("5.29"). */
        public String getLiftText() {
            return pair == null ? "" : SuggestedBundle.lift(pair);
        }
    }
}
