package io.uplift.slot;

import io.uplift.engine.upsell.PriceFraming;
import io.uplift.engine.upsell.PriceText;

import io.uplift.engine.ProductFacts;
import io.uplift.engine.Suggestion;

import java.math.BigDecimal;

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
    /** Why the card is shown; for logs and diagnostics, not for templates (see {@link #getReason()}). */
    @NotRendered
    private final String reason;
    /** The suggestion whose reason is written on first use, or null (see {@link #getReason()}). */
    @NotRendered
    private final Suggestion suggestion;
    private final String framing;

    public ProductCard(long productId, String name, String url, String imageUrl, String priceText, String stockNote,
            String source, String reason) {
        this(productId, name, url, imageUrl, priceText, stockNote, source, reason, null);
    }

    /**
     * @param framing the add-on price framing, e.g. "only +$79 for 2 years of accidental damage cover", or {@code null}
     */
    public ProductCard(long productId, String name, String url, String imageUrl, String priceText, String stockNote,
            String source, String reason, String framing) {
        this(productId, name, url, imageUrl, priceText, stockNote, source, reason, null, framing);
    }

    private ProductCard(long productId, String name, String url, String imageUrl, String priceText, String stockNote,
            String source, String reason, Suggestion suggestion, String framing) {
        this.productId = productId;
        this.name = name;
        this.url = url;
        this.imageUrl = imageUrl;
        this.priceText = priceText;
        this.stockNote = stockNote;
        this.source = source;
        this.reason = reason;
        this.suggestion = suggestion;
        this.framing = framing;
    }

    /**
     * The product attribute holding what an add-on gives, in words ("2 years of accidental damage cover"): a card of
     * a product that has it frames its price, "only +$79 for 2 years of accidental damage cover".
     */
    public static final String BENEFIT_ATTRIBUTE = "benefit";

    /** A card for a product, with price, scarcity and add-on framing from the product's real facts. */
    public static ProductCard of(ProductFacts p, String source, String reason) {
        return of(p, source, reason, null);
    }

    /**
     * A card for a suggested product: its source, and its reason written only if someone asks for it (the
     * storefront never does; a reason costs a formatted sentence per card and page).
     */
    public static ProductCard of(ProductFacts p, Suggestion suggestion) {
        return of(p, suggestion.getSource(), null, suggestion);
    }

    private static ProductCard of(ProductFacts p, String source, String reason, Suggestion suggestion) {
        String benefit = p.getAttributes().get(BENEFIT_ATTRIBUTE);
        String framing = benefit == null || benefit.trim().isEmpty() || p.getPrice() == null ? null
                : PriceFraming.addOn(p.getPrice(), p.getCurrency(), benefit);
        return new ProductCard(p.getId(), p.getName(), p.getUrl(), p.getImageUrl(),
                formatPrice(p.getPrice(), p.getCurrency()), stockNote(p.getQuantityAvailable()), source, reason,
                suggestion, framing);
    }

    static String formatPrice(BigDecimal amount, String currency) {
        return PriceText.format(amount, currency);
    }

    /** "Only N left" at or below {@link #LOW_STOCK_THRESHOLD} units, else {@code null} (also when stock is unknown). */
    public static String stockNote(Integer quantity) {
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

    /**
     * Why this product is suggested ("bought with ... in 12 of 40 orders ..."), for logs and diagnostics. Not part of
     * the storefront template contract: the render cache does not key on it.
     */
    public String getReason() {
        return reason != null || suggestion == null ? reason : suggestion.getReason();
    }

    /** "only +$79 for 2 years of accidental damage cover" for add-ons with a benefit text, else {@code null}. */
    public String getFraming() {
        return framing;
    }
}
