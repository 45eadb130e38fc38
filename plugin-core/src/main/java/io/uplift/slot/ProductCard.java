package io.uplift.slot;

import io.uplift.engine.ProductFacts;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * A product as a widget shows it: every text already formatted on the server. Immutable; templates escape it.
 */
public final class ProductCard {

    /** "Only N left" is shown at or below this stock level, never when stock is unknown. */
    public static final int LOW_STOCK_THRESHOLD = 5;

    private final long productId;
    private final String name;
    private final String url;
    private final String imageUrl;
    private final String priceText;
    private final String stockNote;
    private final String source;
    private final String reason;

    public ProductCard(long productId, String name, String url, String imageUrl, String priceText, String stockNote,
            String source, String reason) {
        this.productId = productId;
        this.name = name;
        this.url = url;
        this.imageUrl = imageUrl;
        this.priceText = priceText;
        this.stockNote = stockNote;
        this.source = source;
        this.reason = reason;
    }

    /** A card for a product, with price and scarcity from the product's real facts. */
    public static ProductCard of(ProductFacts p, String source, String reason) {
        return new ProductCard(p.getId(), p.getName(), p.getUrl(), p.getImageUrl(),
                formatPrice(p.getPrice(), p.getCurrency()), stockNote(p.getQuantityAvailable()), source, reason);
    }

    /** NumberFormat is costly to create and not thread-safe: one per thread and currency. */
    private static final ThreadLocal<java.util.Map<String, NumberFormat>> FORMATS =
            new ThreadLocal<java.util.Map<String, NumberFormat>>() {
                @Override
                protected java.util.Map<String, NumberFormat> initialValue() {
                    return new java.util.HashMap<String, NumberFormat>();
                }
            };

    static String formatPrice(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        java.util.Map<String, NumberFormat> formats = FORMATS.get();
        String key = currency == null ? "" : currency;
        NumberFormat format = formats.get(key);
        if (format == null) {
            format = NumberFormat.getCurrencyInstance(Locale.US);
            if (currency != null) {
                try {
                    format.setCurrency(Currency.getInstance(currency));
                } catch (IllegalArgumentException e) {
                    return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " " + currency;
                }
            }
            formats.put(key, format);
        }
        return format.format(amount);
    }

    static String stockNote(Integer quantity) {
        if (quantity == null || quantity <= 0 || quantity > LOW_STOCK_THRESHOLD) {
            return null;
        }
        return "Only " + quantity + " left";
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

    /** "Only 3 left" from real inventory, or {@code null}. */
    public String getStockNote() {
        return stockNote;
    }

    /** The source that proposed this product (for "why this suggestion"). */
    public String getSource() {
        return source;
    }

    public String getReason() {
        return reason;
    }
}
