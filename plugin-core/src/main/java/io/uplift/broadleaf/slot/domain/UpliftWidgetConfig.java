package io.uplift.broadleaf.slot.domain;

/** A widget placed in a storefront slot, as stored and edited in the admin ("Uplift" &gt; "Widgets"). */
public interface UpliftWidgetConfig {

    Long getId();

    void setId(Long id);

    String getSlot();

    void setSlot(String slot);

    String getWidgetType();

    void setWidgetType(String widgetType);

    Boolean getEnabled();

    void setEnabled(Boolean enabled);

    String getTitle();

    void setTitle(String title);

    Integer getMaxItems();

    void setMaxItems(Integer maxItems);

    Integer getPosition();

    void setPosition(Integer position);

    String getSources();

    void setSources(String sources);

    Boolean getExcludePurchased();

    void setExcludePurchased(Boolean excludePurchased);

    Integer getPriceMinPercent();

    void setPriceMinPercent(Integer priceMinPercent);

    Integer getPriceMaxPercent();

    void setPriceMaxPercent(Integer priceMaxPercent);

    Boolean getRotate();

    void setRotate(Boolean rotate);

    Boolean getStockMarginBoost();

    void setStockMarginBoost(Boolean stockMarginBoost);
}
