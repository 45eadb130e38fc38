package io.uplift.engine;

/** One top-level line of the shopper's cart, as the engine sees it. Immutable. */
public final class CartLine {

    private final long lineId;
    private final long productId;
    private final int quantity;

    /**
     * @param lineId the shop's id of the line (Broadleaf's order item id), echoed back by upgrade forms
     */
    public CartLine(long lineId, long productId, int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("cart line " + lineId + ": quantity must be at least 1: " + quantity);
        }
        this.lineId = lineId;
        this.productId = productId;
        this.quantity = quantity;
    }

    public long getLineId() {
        return lineId;
    }

    public long getProductId() {
        return productId;
    }

    public int getQuantity() {
        return quantity;
    }
}
