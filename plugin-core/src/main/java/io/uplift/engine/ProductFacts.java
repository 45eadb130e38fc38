package io.uplift.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    private final List<Long> categoryIds;
    private final Map<String, String> attributes;
    private final BigDecimal cost;

    /**
     * @param price             the current selling price (sale price if any), never negative
     * @param available         whether the product can be bought now (active and inventory allows at least one)
     * @param quantityAvailable units in stock, or {@code null} when the shop does not track inventory for it
     */
    public ProductFacts(long id, String name, String url, BigDecimal price, String currency, String imageUrl,
            boolean active, boolean available, Integer quantityAvailable) {
        this(id, name, url, price, currency, imageUrl, active, available, quantityAvailable, null, null, null);
    }

    /**
     * @param categoryIds the categories the product is in, main category first; may be null (none)
     * @param attributes  comparable attributes (name to value, e.g. storage = 256 GB); may be null (none)
     * @param cost        what one unit costs the shop, for margin-aware ranking; {@code null} when unknown
     */
    public ProductFacts(long id, String name, String url, BigDecimal price, String currency, String imageUrl,
            boolean active, boolean available, Integer quantityAvailable, List<Long> categoryIds,
            Map<String, String> attributes, BigDecimal cost) {
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
        this.categoryIds = categoryIds == null ? Collections.<Long>emptyList()
                : Collections.unmodifiableList(new ArrayList<Long>(categoryIds));
        this.attributes = attributes == null ? Collections.<String, String>emptyMap()
                : Collections.unmodifiableMap(new TreeMap<String, String>(attributes));
        if (cost != null && cost.signum() < 0) {
            throw new IllegalArgumentException("product " + id + ": cost cannot be negative: " + cost);
        }
        this.cost = cost;
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

    /** Categories, main category first; never null. */
    public List<Long> getCategoryIds() {
        return categoryIds;
    }

    /** Comparable attributes by name, sorted; never null. */
    public Map<String, String> getAttributes() {
        return attributes;
    }

    /** Unit cost to the shop, or {@code null} when unknown. */
    public BigDecimal getCost() {
        return cost;
    }

    /**
     * (price - cost) / price, or {@code null} when price or cost is unknown or the price is zero. Negative when
     * the product sells below cost.
     */
    public Double getMarginRate() {
        if (cost == null || price == null || price.signum() == 0) {
            return null;
        }
        return price.subtract(cost).divide(price, 6, RoundingMode.HALF_UP).doubleValue();
    }
}
