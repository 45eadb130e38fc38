package io.uplift.widget.bundle;

import io.uplift.engine.bundle.Bundle;
import io.uplift.engine.bundle.BundlePricing;
import io.uplift.engine.upsell.PriceText;
import io.uplift.slot.PerRendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the "frequently bought together" widget shows for one bundle and one selection: the anchor and its
 * companions with their prices and check boxes, the selection's total, and the complete set's bundle price and
 * saving. Every text is formatted on the server with {@link BundlePricing} (the arithmetic the cart's pricing uses);
 * the unit prices in cents and the discount rule are also given for the page's script, which recomputes the same
 * figures when boxes change (display only: the server never reads them back). Immutable.
 */
public final class BundleOffer {

    private final Bundle bundle;
    private final List<Item> items;
    private final BundlePricing.Quote quote;
    private final BigDecimal fullSetPrice;
    private final String currency;
    @PerRendering
    private final String token;

    BundleOffer(Bundle bundle, List<Item> items, BundlePricing.Quote quote, BigDecimal fullSetPrice, String currency,
            String token) {
        this.bundle = bundle;
        this.items = Collections.unmodifiableList(new ArrayList<Item>(items));
        this.quote = quote;
        this.fullSetPrice = fullSetPrice;
        this.currency = currency;
        this.token = token;
    }

    public long getBundleId() {
        return bundle.getId();
    }

    /** The merchandiser's name of the bundle, e.g. "The Nova X starter set". */
    public String getName() {
        return bundle.getName();
    }

    /** The anchor first, then the companions in the merchandiser's order. */
    public List<Item> getItems() {
        return items;
    }

    /** How many products the complete set has (N in "select all N to save $Y"). */
    public int getItemCount() {
        return items.size();
    }

    public int getSelectedCount() {
        return quote.getSelectedCount();
    }

    /** Every item is selected: the bundle price applies. */
    public boolean isComplete() {
        return quote.isComplete();
    }

    /** No item is selected. */
    public boolean isNoneSelected() {
        return quote.getSelectedCount() == 0;
    }

    /** Some but not all items are selected: no discount, "select all N to save $Y". */
    public boolean isPartial() {
        return !isComplete() && !isNoneSelected();
    }

    /** The selected items' prices added up, e.g. "$628.00". */
    public String getSelectedTotalText() {
        return PriceText.format(quote.getItemsTotal(), currency);
    }

    /** What the selection costs: the bundle price when complete, else the selected total. */
    public String getTotalText() {
        return PriceText.format(quote.getTotal(), currency);
    }

    /** The complete set's items added up, before the discount. */
    public String getFullSetPriceText() {
        return PriceText.format(fullSetPrice, currency);
    }

    /** The complete set's price after the bundle discount. */
    public String getBundlePriceText() {
        return PriceText.format(fullSetPrice.subtract(quote.getFullSetDiscount()), currency);
    }

    /** The complete set's saving, e.g. "$67.40". */
    public String getSavingText() {
        return PriceText.format(quote.getFullSetDiscount(), currency);
    }

    /** {@code PERCENT} or {@code AMOUNT}, for the page's script. */
    public String getDiscountType() {
        return bundle.getDiscountType().name();
    }

    /** The discount's value as a plain number ("10", "12.5", "25.00"), for the page's script. */
    public String getDiscountValue() {
        return bundle.getDiscountValue().toPlainString();
    }

    /** ISO currency code of the prices (e.g. USD), or {@code null} when the catalog gives none. */
    public String getCurrency() {
        return currency;
    }

    /**
     * A fresh random token of this rendering, sent back with "add selected to cart": the same token twice in one
     * session adds nothing the second time (a double submit, a reload of the answer, a retry).
     */
    public String getToken() {
        return token;
    }

    /** Every product id of the bundle in display order (anchor first). */
    public List<Long> getProductIds() {
        List<Long> ids = new ArrayList<Long>();
        for (Item i : items) {
            ids.add(i.getProductId());
        }
        return ids;
    }

    /** Selected product ids in display order, e.g. for links that keep the selection. */
    public List<Long> getSelectedIds() {
        List<Long> ids = new ArrayList<Long>();
        for (Item i : items) {
            if (i.isSelected()) {
                ids.add(i.getProductId());
            }
        }
        return ids;
    }

    /** One product of the bundle as shown. */
    public static final class Item {
        private final long productId;
        private final String name;
        private final String url;
        private final String imageUrl;
        private final BigDecimal price;
        private final String priceText;
        private final String stockNote;
        private final boolean anchor;
        private final boolean selected;

        Item(long productId, String name, String url, String imageUrl, BigDecimal price, String priceText,
                String stockNote, boolean anchor, boolean selected) {
            this.productId = productId;
            this.name = name;
            this.url = url;
            this.imageUrl = imageUrl;
            this.price = price;
            this.priceText = priceText;
            this.stockNote = stockNote;
            this.anchor = anchor;
            this.selected = selected;
        }

        public long getProductId() {
            return productId;
        }

        public String getName() {
            return name;
        }

        public String getUrl() {
            return url;
        }

        public String getImageUrl() {
            return imageUrl;
        }

        public String getPriceText() {
            return priceText;
        }

        /** The unit price in cents, for the page's script (display only). */
        public long getPriceCents() {
            return price.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        }

        /** "Only 2 left" at low stock, else {@code null}. */
        public String getStockNote() {
            return stockNote;
        }

        /** The viewed product (the bundle's anchor). */
        public boolean isAnchor() {
            return anchor;
        }

        /** Checked in this rendering. */
        public boolean isSelected() {
            return selected;
        }
    }
}
