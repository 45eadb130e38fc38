package io.uplift.widget.bundle;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.ProductFacts;
import io.uplift.engine.bundle.Bundle;
import io.uplift.engine.bundle.BundlePricing;
import io.uplift.engine.bundle.BundlesSource;
import io.uplift.engine.rank.Rescorers;
import io.uplift.engine.upsell.PriceText;
import io.uplift.slot.DescribedWidget;
import io.uplift.slot.PageParameters;
import io.uplift.slot.ProductCard;
import io.uplift.slot.SlotRequest;
import io.uplift.slot.WidgetProvider;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Frequently bought together" on the product page: the viewed product's first bundle that is active now and whose
 * products are all active, in stock and priced, with every product pre-checked. A selection made without
 * JavaScript arrives as page parameters ({@code upliftBundle=<id>&upliftItem=<product id>...}, see
 * {@link #PARAM_BUNDLE}); it applies only to the bundle shown, and ids that are not its products are ignored.
 * Nothing is shown for a product without such a bundle. The products shown are marked on the page, so later
 * widgets do not repeat them. The admin preview describes the product's bundles and why one is left out. The widget's "number of products" is not used: a bundle shows all its products.
 */
public class BundleWidgetProvider implements WidgetProvider, DescribedWidget {

    public static final String TYPE = "BUNDLE";
    public static final String TEMPLATE = "uplift/widgets/bundle";
    /** Page parameter: the bundle the selection is for. */
    public static final String PARAM_BUNDLE = "upliftBundle";
    /** Page parameter, repeated: a selected product of that bundle. */
    public static final String PARAM_ITEM = "upliftItem";
    /** The widget's element id is this prefix and the bundle id, the anchor a selection returns to. */
    public static final String ELEMENT_ID_PREFIX = "uplift-bundle-";

    private final BundlesSource bundles;
    private final CatalogFacts catalog;
    private final Rescorers.Clock clock;

    public BundleWidgetProvider(BundlesSource bundles, CatalogFacts catalog, Rescorers.Clock clock) {
        this.bundles = bundles;
        this.catalog = catalog;
        this.clock = clock == null ? Rescorers.Clock.SYSTEM : clock;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public WidgetView build(WidgetSettings settings, SlotRequest request) {
        BundleOffer offer = offer(request);
        if (offer == null) {
            return null;
        }
        for (Long id : offer.getProductIds()) {
            request.getContext().getPage().markShown(id);
        }
        return new WidgetView(settings.getId(), TYPE, TEMPLATE, settings.getTitle(),
                Collections.<ProductCard>emptyList(), offer);
    }

    /** The offer this widget would show for the request, or {@code null}. Marks nothing. */
    public BundleOffer offer(SlotRequest request) {
        Long productId = request.getContext().getProductId();
        if (productId == null) {
            return null;
        }
        for (Bundle b : bundles.current().activeForAnchor(productId, new Date(clock.millis()))) {
            Map<Long, ProductFacts> facts = new HashMap<Long, ProductFacts>();
            if (unbuyable(b, facts) == null) {
                return offer(b, facts, selection(b, request.getParameters()));
            }
        }
        return null;
    }

    /**
     * Why the bundle cannot be shown now (a product missing, inactive, out of stock or without a price), or
     * {@code null} when it can; fills {@code facts} with the products' facts.
     */
    private String unbuyable(Bundle b, Map<Long, ProductFacts> facts) {
        for (Long id : b.getItems()) {
            ProductFacts p = catalog.find(id);
            if (p == null) {
                return "product " + id + " does not exist";
            }
            if (!p.isActive()) {
                return p.getName() + " is inactive";
            }
            if (!p.isAvailable()) {
                return p.getName() + " is out of stock";
            }
            if (p.getPrice() == null) {
                return p.getName() + " has no price";
            }
            facts.put(id, p);
        }
        return null;
    }

    /** The admin preview: the bundles of the product, which one is shown with its figures, and why others are not. */
    @Override
    public List<String> describe(WidgetSettings settings, SlotRequest request) {
        List<String> lines = new ArrayList<String>();
        Long productId = request.getContext().getProductId();
        if (productId == null) {
            lines.add("Shown on product pages: choose a product.");
            return lines;
        }
        List<Bundle> active = bundles.current().activeForAnchor(productId, new Date(clock.millis()));
        if (active.isEmpty()) {
            lines.add("Product " + productId + " anchors no enabled bundle that is active now (Uplift > Bundles).");
            return lines;
        }
        for (Bundle b : active) {
            Map<Long, ProductFacts> facts = new HashMap<Long, ProductFacts>();
            String why = unbuyable(b, facts);
            if (why != null) {
                lines.add("Bundle '" + b.getName() + "' is left out: " + why + ".");
                continue;
            }
            BundleOffer offer = offer(b, facts, new LinkedHashSet<Long>(b.getItems()));
            StringBuilder items = new StringBuilder();
            for (BundleOffer.Item i : offer.getItems()) {
                items.append(items.length() == 0 ? "" : " + ").append(i.getName()).append(' ').append(i.getPriceText());
            }
            lines.add("Bundle '" + b.getName() + "' shown: " + items + " = " + offer.getFullSetPriceText()
                    + "; bundle price " + offer.getBundlePriceText() + ", saving " + offer.getSavingText() + " ("
                    + (b.getDiscountType() == Bundle.DiscountType.PERCENT ? b.getDiscountValue().toPlainString()
                            + " % off the set" : offer.getSavingText() + " off the set") + ").");
            return lines;
        }
        lines.add("Nothing is shown: no bundle of product " + productId + " can be bought now.");
        return lines;
    }

    /** The products the storefront shows (and marks on the page) for the request. */
    @Override
    public Set<Long> shownProducts(WidgetSettings settings, SlotRequest request) {
        BundleOffer offer = offer(request);
        return offer == null ? Collections.<Long>emptySet() : new LinkedHashSet<Long>(offer.getProductIds());
    }

    /**
     * The selected products: those of the page parameters when they are for this bundle (unknown ids dropped, so a
     * selection may be empty), else every product.
     */
    static Set<Long> selection(Bundle b, PageParameters parameters) {
        Long forBundle = parameters.id(PARAM_BUNDLE);
        if (forBundle == null || forBundle != b.getId()) {
            return new LinkedHashSet<Long>(b.getItems());
        }
        Set<Long> chosen = new LinkedHashSet<Long>();
        Set<Long> asked = parameters.ids(PARAM_ITEM);
        for (Long id : b.getItems()) {
            if (asked.contains(id)) {
                chosen.add(id);
            }
        }
        return chosen;
    }

    /**
     * The page with this selection as its page parameters, replacing any earlier selection and keeping the page's
     * other parameters, and the widget as the fragment, e.g. {@code /p?upliftBundle=7&upliftItem=1#uplift-bundle-7}.
     *
     * @param path a path of this site, already checked (it may carry a query)
     */
    public static String selectionPath(String path, long bundleId, Collection<Long> items) {
        int q = path.indexOf('?');
        StringBuilder out = new StringBuilder(q < 0 ? path : path.substring(0, q));
        char sep = '?';
        if (q >= 0) {
            for (String pair : path.substring(q + 1).split("&")) {
                String name = pair.indexOf('=') < 0 ? pair : pair.substring(0, pair.indexOf('='));
                if (!pair.isEmpty() && !name.equals(PARAM_BUNDLE) && !name.equals(PARAM_ITEM)) {
                    out.append(sep).append(pair);
                    sep = '&';
                }
            }
        }
        out.append(sep).append(PARAM_BUNDLE).append('=').append(bundleId);
        for (Long id : items) {
            out.append('&').append(PARAM_ITEM).append('=').append(id);
        }
        return out.append('#').append(ELEMENT_ID_PREFIX).append(bundleId).toString();
    }

    private static BundleOffer offer(Bundle b, Map<Long, ProductFacts> facts, Set<Long> selected) {
        Map<Long, BigDecimal> prices = new HashMap<Long, BigDecimal>();
        List<BundleOffer.Item> items = new ArrayList<BundleOffer.Item>();
        String currency = null;
        for (Long id : b.getItems()) {
            ProductFacts p = facts.get(id);
            prices.put(id, p.getPrice());
            if (currency == null) {
                currency = p.getCurrency();
            }
            items.add(new BundleOffer.Item(id, p.getName(), p.getUrl(), p.getImageUrl(), p.getPrice(),
                    PriceText.format(p.getPrice(), p.getCurrency()), ProductCard.stockNote(p.getQuantityAvailable()),
                    id == b.getAnchorProductId(), selected.contains(id)));
        }
        BundlePricing.Quote quote = BundlePricing.quote(b, selected, prices);
        return new BundleOffer(b, items, quote, BundlePricing.setPrice(b, prices), currency, BundleTokens.next());
    }
}
