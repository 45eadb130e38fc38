package io.uplift.engine;

import java.math.BigDecimal;

/**
 * What the engine knows of one product: enough to filter, rank and show it. Immutable; built by a catalog
 * adapter from the shop's catalog.
 */
public final class ProductFacts {

    private final long id;
    private final String name;
    private final String url;
    private final BigDecimal price;
    private final String currency;
    private final String imageUrl;
    private final boolean active;
    private final boolean available;
    private final Integer quantityAvailable;

    /**
     * @param price             the current selling price (sale price if any), never negative
     * @param available         whether the product can be bought now (active and inventory allows at least one)
     * @param quantityAvailable units in stock, or {@code null} when the shop does not track inventory for it
     */
    public ProductFacts(long id, String name, String url, BigDecimal price, String currency, String imageUrl,
            boolean active, boolean available, Integer quantityAvailable) {
        if (name == null) {
            throw new IllegalArgumentException("product " + id + ": name is required");
        }
        if (price != null && price.signum() < 0) {
            throw new IllegalArgumentException("product " + id + ": price cannot be negative: " + price);
        }
        this.id = id;
        this.name = name;
        this.url = url;
        this.price = price;
        this.currency = currency;
        this.imageUrl = imageUrl;
        this.active = active;
        this.available = available;
        this.quantityAvailable = quantityAvailable;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getCurrency() {
        return currency;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isAvailable() {
        return available;
    }

    public Integer getQuantityAvailable() {
        return quantityAvailable;
    }
}
