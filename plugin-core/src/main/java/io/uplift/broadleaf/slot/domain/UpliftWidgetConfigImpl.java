package io.uplift.broadleaf.slot.domain;

import io.uplift.engine.upsell.PriceFraming;
import io.uplift.engine.upsell.UpsellOptions;

import io.uplift.engine.source.SourceChain;
import io.uplift.slot.WidgetSettings;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A widget placed in a storefront slot. Edited through Broadleaf's generic admin screens; the validation
 * annotations here are the admin's save rules (count 1-12, non-blank title), the same rules
 * {@link WidgetSettings} applies when the storefront reads a row.
 *
 * <p>Not second-level cached on purpose: the storefront re-reads this table every few seconds in the background
 * so that an admin change shows without a restart.</p>
 */
@Entity
@Table(name = "UPLIFT_WIDGET_CONFIG")
@AdminPresentationClass(friendlyName = "Uplift widget")
public class UpliftWidgetConfigImpl implements UpliftWidgetConfig, Serializable {

    private static final long serialVersionUID = 1L;

    /** The admin tab of the comparison-table and cart-upgrade options. */
    public static final String UPSELL_TAB = "Upsell (comparison table, cart upgrade)";

    @Id
    @GeneratedValue(generator = "UpliftWidgetConfigId")
    @GenericGenerator(name = "UpliftWidgetConfigId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "UpliftWidgetConfigImpl"),
                    @Parameter(name = "entity_name", value = "io.uplift.broadleaf.slot.domain.UpliftWidgetConfigImpl")
            })
    @Column(name = "WIDGET_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "SLOT_KEY", nullable = false, length = 40)
    @AdminPresentation(friendlyName = "Slot", order = 1000, prominent = true, gridOrder = 1,
            requiredOverride = RequiredOverride.REQUIRED,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.uplift.broadleaf.slot.domain.UpliftSlotType",
            // one of the list, and not away from the slot of a running experiment that tests this widget
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftEnumerationValidator"),
                    @ValidationConfiguration(validationImplementation = "blUpliftWidgetSlotValidator")
            })
    protected String slot;

    @Column(name = "WIDGET_TYPE", nullable = false, length = 60)
    @AdminPresentation(friendlyName = "Widget", order = 2000, prominent = true, gridOrder = 2,
            requiredOverride = RequiredOverride.REQUIRED,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.uplift.broadleaf.slot.domain.UpliftWidgetType",
            validationConfigurations = @ValidationConfiguration(validationImplementation = "blUpliftEnumerationValidator"))
    protected String widgetType;

    @Column(name = "ENABLED", nullable = false)
    @AdminPresentation(friendlyName = "Shown on the storefront", order = 3000, prominent = true, gridOrder = 3,
            requiredOverride = RequiredOverride.REQUIRED)
    protected Boolean enabled = Boolean.TRUE;

    @Column(name = "TITLE", nullable = false, length = WidgetSettings.MAX_TITLE_LENGTH)
    @AdminPresentation(friendlyName = "Title shown to shoppers", order = 4000, prominent = true, gridOrder = 4,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedRegexValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "regularExpression", itemValue = "(?s)(?=.*\\S).{1,80}"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The title must not be empty or blank (at most 80 characters).")
                            })
            })
    protected String title;

    @Column(name = "MAX_ITEMS", nullable = false)
    @AdminPresentation(friendlyName = "Number of products (1-12)", order = 5000, prominent = true, gridOrder = 5,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedRangeValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "min", itemValue = "" + WidgetSettings.MIN_ITEMS),
                                    @ConfigurationItem(itemName = "max", itemValue = "" + WidgetSettings.MAX_ITEMS),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The number of products must be a whole number from 1 to 12.")
                            })
            })
    protected Integer maxItems = 4;

    @Column(name = "POSITION", nullable = false)
    @AdminPresentation(friendlyName = "Position in the slot (smallest first)", order = 6000, gridOrder = 6,
            requiredOverride = RequiredOverride.REQUIRED)
    protected Integer position = 0;

    @Column(name = "SOURCES", length = SourceChain.MAX_TEXT_LENGTH)
    @AdminPresentation(friendlyName = "Sources, in fallback order (blank: the widget's default)", order = 7000,
            gridOrder = 7, tooltip = "Comma-separated, e.g. copurchase, similar, trending. Known sources: manual,"
                    + " copurchase, similar, trending, personal. The first fills the widget, the next ones fill what is left.",
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftSourceChainValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "Sources must be known source names separated by commas,"
                                                    + " each at most once: manual, copurchase, similar, trending, personal.")
                            })
            })
    protected String sources;

    @Column(name = "EXCLUDE_PURCHASED")
    @AdminPresentation(friendlyName = "Leave out what the customer already bought", order = 8000)
    protected Boolean excludePurchased = Boolean.FALSE;

    @Column(name = "PRICE_MIN_PCT")
    @AdminPresentation(friendlyName = "Price band: at least this % of the product's price (blank: no minimum)",
            order = 9000,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedRangeValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "min", itemValue = "0"),
                                    @ConfigurationItem(itemName = "max", itemValue = "1000"),
                                    @ConfigurationItem(itemName = "optional", itemValue = "true"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The price band minimum must be blank or a whole number from 0 to 1000.")
                            })
            })
    protected Integer priceMinPercent;

    @Column(name = "PRICE_MAX_PCT")
    @AdminPresentation(friendlyName = "Price band: at most this % of the product's price (blank: no maximum)",
            order = 10000,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "io.uplift.admin.validation.PriceBandValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The price band maximum must be blank or a whole number from 1 to"
                                                    + " 1000, and not below the minimum.")
                            })
            })
    protected Integer priceMaxPercent;

    @Column(name = "ROTATE")
    @AdminPresentation(friendlyName = "Rotate near-equal suggestions per visitor and day", order = 11000)
    protected Boolean rotate = Boolean.FALSE;

    @Column(name = "STOCK_MARGIN_BOOST")
    @AdminPresentation(friendlyName = "Stock- and margin-aware ranking", order = 12000)
    protected Boolean stockMarginBoost = Boolean.FALSE;

    // upsell options: comparison table and cart upgrade widgets (tab "Upsell")

    @Column(name = "SOCIAL_PROOF")
    @AdminPresentation(friendlyName = "Show social proof (share of the family's orders per version)", order = 13000,
            tab = UPSELL_TAB, tabOrder = 2000)
    protected Boolean socialProof = Boolean.TRUE;

    @Column(name = "SOCIAL_PROOF_MIN")
    @AdminPresentation(friendlyName = "Social proof: smallest sample, in orders of the family (blank: 30)",
            order = 14000, tab = UPSELL_TAB, tabOrder = 2000,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedRangeValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "min", itemValue = "1"),
                                    @ConfigurationItem(itemName = "max", itemValue = "" + UpsellOptions.MAX_MIN_ORDERS),
                                    @ConfigurationItem(itemName = "optional", itemValue = "true"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The smallest sample must be blank or a whole number from 1 to 1000000.")
                            })
            })
    protected Integer socialProofMinOrders;

    @Column(name = "SOCIAL_PROOF_DAYS")
    @AdminPresentation(friendlyName = "Social proof: orders of the last N days (blank: 90)", order = 15000,
            tab = UPSELL_TAB, tabOrder = 2000,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedRangeValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "min", itemValue = "1"),
                                    @ConfigurationItem(itemName = "max", itemValue = "" + UpsellOptions.MAX_WINDOW_DAYS),
                                    @ConfigurationItem(itemName = "optional", itemValue = "true"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The window must be blank or a whole number of days from 1 to 730.")
                            })
            })
    protected Integer socialProofDays;

    @Column(name = "LOW_STOCK")
    @AdminPresentation(friendlyName = "Scarcity: show \"only N left\" at or below this stock (blank: 5, 0: never)",
            order = 16000, tab = UPSELL_TAB, tabOrder = 2000,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedRangeValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "min", itemValue = "0"),
                                    @ConfigurationItem(itemName = "max", itemValue = "" + UpsellOptions.MAX_LOW_STOCK),
                                    @ConfigurationItem(itemName = "optional", itemValue = "true"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The scarcity threshold must be blank or a whole number from 0 to 1000.")
                            })
            })
    protected Integer lowStock;

    @Column(name = "PER_MONTH")
    @AdminPresentation(friendlyName = "Also frame the price difference per month over N months (blank or 0: off)",
            order = 17000, tab = UPSELL_TAB, tabOrder = 2000,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedRangeValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "min", itemValue = "0"),
                                    @ConfigurationItem(itemName = "max", itemValue = "" + PriceFraming.MAX_MONTHS),
                                    @ConfigurationItem(itemName = "optional", itemValue = "true"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The per-month framing must be blank or a whole number of months from 0 to 60.")
                            })
            })
    protected Integer perMonthMonths;

    public Boolean getSocialProof() {
        return socialProof;
    }

    public void setSocialProof(Boolean socialProof) {
        this.socialProof = socialProof;
    }

    public Integer getSocialProofMinOrders() {
        return socialProofMinOrders;
    }

    public void setSocialProofMinOrders(Integer socialProofMinOrders) {
        this.socialProofMinOrders = socialProofMinOrders;
    }

    public Integer getSocialProofDays() {
        return socialProofDays;
    }

    public void setSocialProofDays(Integer socialProofDays) {
        this.socialProofDays = socialProofDays;
    }

    public Integer getLowStock() {
        return lowStock;
    }

    public void setLowStock(Integer lowStock) {
        this.lowStock = lowStock;
    }

    public Integer getPerMonthMonths() {
        return perMonthMonths;
    }

    public void setPerMonthMonths(Integer perMonthMonths) {
        this.perMonthMonths = perMonthMonths;
    }

    /** The upsell options of this row, blanks as the defaults; throws for values outside the admin's rules. */
    public UpsellOptions toUpsellOptions() {
        return new UpsellOptions(!Boolean.FALSE.equals(socialProof),
                socialProofMinOrders == null ? UpsellOptions.DEFAULT_MIN_ORDERS : socialProofMinOrders,
                socialProofDays == null ? UpsellOptions.DEFAULT_WINDOW_DAYS : socialProofDays,
                lowStock == null ? UpsellOptions.DEFAULT_LOW_STOCK : lowStock,
                perMonthMonths == null ? 0 : perMonthMonths);
    }

    @Override
    public String getSources() {
        return sources;
    }

    @Override
    public void setSources(String sources) {
        this.sources = sources;
    }

    @Override
    public Boolean getExcludePurchased() {
        return excludePurchased;
    }

    @Override
    public void setExcludePurchased(Boolean excludePurchased) {
        this.excludePurchased = excludePurchased;
    }

    @Override
    public Integer getPriceMinPercent() {
        return priceMinPercent;
    }

    @Override
    public void setPriceMinPercent(Integer priceMinPercent) {
        this.priceMinPercent = priceMinPercent;
    }

    @Override
    public Integer getPriceMaxPercent() {
        return priceMaxPercent;
    }

    @Override
    public void setPriceMaxPercent(Integer priceMaxPercent) {
        this.priceMaxPercent = priceMaxPercent;
    }

    @Override
    public Boolean getRotate() {
        return rotate;
    }

    @Override
    public void setRotate(Boolean rotate) {
        this.rotate = rotate;
    }

    @Override
    public Boolean getStockMarginBoost() {
        return stockMarginBoost;
    }

    @Override
    public void setStockMarginBoost(Boolean stockMarginBoost) {
        this.stockMarginBoost = stockMarginBoost;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public String getSlot() {
        return slot;
    }

    @Override
    public void setSlot(String slot) {
        this.slot = slot;
    }

    @Override
    public String getWidgetType() {
        return widgetType;
    }

    @Override
    public void setWidgetType(String widgetType) {
        this.widgetType = widgetType;
    }

    @Override
    public Boolean getEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    public void setTitle(String title) {
        this.title = title;
    }

    @Override
    public Integer getMaxItems() {
        return maxItems;
    }

    @Override
    public void setMaxItems(Integer maxItems) {
        this.maxItems = maxItems;
    }

    @Override
    public Integer getPosition() {
        return position;
    }

    @Override
    public void setPosition(Integer position) {
        this.position = position;
    }
}
