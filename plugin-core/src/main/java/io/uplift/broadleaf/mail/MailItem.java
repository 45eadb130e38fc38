package io.uplift.broadleaf.mail;

/**
 * One product in an e-mail, as its templates show it: a cart line (with its quantity) or a suggestion (with why it
 * is suggested), and its tracked link. Plain text throughout: the templates escape it. Immutable.
 */
public final class MailItem {

    private final long productId;
    private final String name;
    private final String priceText;
    private final String imageUrl;
    private final String url;
    private final int quantity;
    private final String note;

    public MailItem(long productId, String name, String priceText, String imageUrl, String url, int quantity, String note) {
        this.productId = productId;
        this.name = name;
        this.priceText = priceText;
        this.imageUrl = imageUrl;
        this.url = url;
        this.quantity = quantity;
        this.note = note;
    }

    public long getProductId() {
        return productId;
    }

    public String getName() {
        return name;
    }

    /** The price as the shop shows it, or null when unknown. */
    public String getPriceText() {
        return priceText;
    }

    /** Absolute image URL, or null. */
    public String getImageUrl() {
        return imageUrl;
    }

    /** The tracked link (absolute) that leads to the product in the shop. */
    public String getUrl() {
        return url;
    }

    /** Units in the cart (cart lines); 1 for suggestions. */
    public int getQuantity() {
        return quantity;
    }

    /** A usage tip (bought products) or the suggestion's reason; may be null. */
    public String getNote() {
        return note;
    }
}
