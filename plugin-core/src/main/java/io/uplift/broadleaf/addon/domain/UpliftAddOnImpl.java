package io.uplift.broadleaf.addon.domain;

import io.uplift.engine.addon.AddOn;
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
import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * An order-level checkout add-on (Uplift &gt; Checkout add-ons): name and description shown to shoppers, kind, a
 * fixed price or a percentage of the order's merchandise subtotal with optional floor and ceiling, on/off, display
 * order. Each field is checked when the admin saves (nothing is saved on a bad value, the message quotes it); the
 * storefront applies the same rules ({@link AddOn}) when it reads the table, so a row written by other means that
 * breaks them is left out and named. Not second-level cached: the storefront re-reads the table every few seconds.
 */
@Entity
@Table(name = "UPLIFT_ADD_ON")
@AdminPresentationClass(friendlyName = "Uplift checkout add-on")
public class UpliftAddOnImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String MONEY = "blUpliftQuotedMoneyValidator";

    @Id
    @GeneratedValue(generator = "UpliftAddOnId")
    @GenericGenerator(name = "UpliftAddOnId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "UpliftAddOnImpl"),
                    @Parameter(name = "entity_name", value = "io.uplift.broadleaf.addon.domain.UpliftAddOnImpl")
            })
    @Column(name = "ADD_ON_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = AddOn.MAX_NAME_LENGTH)
    @AdminPresentation(friendlyName = "Name (shown to shoppers, e.g. Gift wrap)", order = 1000, prominent = true,
            gridOrder = 1, requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedTextValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "max", itemValue = "" + AddOn.MAX_NAME_LENGTH),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The name must not be empty or blank (at most 80 characters).")
                            })
            })
    protected String name;

    @Column(name = "DESCRIPTION", length = AddOn.MAX_DESCRIPTION_LENGTH)
    @AdminPresentation(friendlyName = "Description (shown to shoppers under the name)", order = 2000,
            largeEntry = true,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedTextValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "max", itemValue = "" + AddOn.MAX_DESCRIPTION_LENGTH),
                                    @ConfigurationItem(itemName = "optional", itemValue = "true"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The description must be at most 500 characters.")
                            })
            })
    protected String description;

    @Column(name = "KIND", nullable = false, length = 30)
    @AdminPresentation(friendlyName = "Kind", order = 3000, prominent = true, gridOrder = 2,
            requiredOverride = RequiredOverride.REQUIRED, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.uplift.broadleaf.addon.domain.UpliftAddOnKind",
            validationConfigurations = @ValidationConfiguration(validationImplementation = "blUpliftEnumerationValidator"))
    protected String kind = AddOn.Kind.OTHER.name();

    @Column(name = "AMOUNT", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "Fixed price per order (or leave blank and give a percentage)", order = 4000,
            prominent = true, gridOrder = 3,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = MONEY,
                            configurationItems = {
                                    @ConfigurationItem(itemName = "optional", itemValue = "true"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The fixed price must be blank or a positive amount with at"
                                                    + " most two decimals.")
                            }),
                    @ValidationConfiguration(validationImplementation = "blUpliftAddOnPriceValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "Give either a fixed price or a percentage, not both; a floor"
                                                    + " or ceiling only with a percentage, the ceiling not below the"
                                                    + " floor.")
                            })
            })
    protected BigDecimal amount;

    @Column(name = "PERCENT", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "Percentage of the order's merchandise subtotal", order = 5000,
            prominent = true, gridOrder = 4,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = MONEY,
                            configurationItems = {
                                    @ConfigurationItem(itemName = "optional", itemValue = "true"),
                                    @ConfigurationItem(itemName = "max", itemValue = "100"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The percentage must be blank or above 0 and at most 100, with"
                                                    + " at most two decimals.")
                            })
            })
    protected BigDecimal percent;

    @Column(name = "FLOOR_PRICE", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "Floor (percentage only: never less)", order = 6000, prominent = true,
            gridOrder = 5,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = MONEY,
                            configurationItems = {
                                    @ConfigurationItem(itemName = "optional", itemValue = "true"),
                                    @ConfigurationItem(itemName = "zero", itemValue = "true"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The floor must be blank, zero or a positive amount with at"
                                                    + " most two decimals.")
                            })
            })
    protected BigDecimal floor;

    @Column(name = "CEILING_PRICE", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "Ceiling (percentage only: never more)", order = 7000, prominent = true,
            gridOrder = 6,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = MONEY,
                            configurationItems = {
                                    @ConfigurationItem(itemName = "optional", itemValue = "true"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The ceiling must be blank or a positive amount with at most"
                                                    + " two decimals.")
                            })
            })
    protected BigDecimal ceiling;

    @Column(name = "ENABLED", nullable = false)
    @AdminPresentation(friendlyName = "On (offered at checkout)", order = 8000, prominent = true, gridOrder = 7,
            requiredOverride = RequiredOverride.REQUIRED)
    protected Boolean enabled = Boolean.TRUE;

    @Column(name = "DISPLAY_ORDER", nullable = false)
    @AdminPresentation(friendlyName = "Display order (smallest first)", order = 9000, prominent = true,
            gridOrder = 8, requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedRangeValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "min", itemValue = "0"),
                                    @ConfigurationItem(itemName = "max", itemValue = "9999"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The display order must be a whole number from 0 to 9999.")
                            })
            })
    protected Integer displayOrder = 100;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }

    public BigDecimal getFloor() {
        return floor;
    }

    public void setFloor(BigDecimal floor) {
        this.floor = floor;
    }

    public BigDecimal getCeiling() {
        return ceiling;
    }

    public void setCeiling(BigDecimal ceiling) {
        this.ceiling = ceiling;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getDisplayOrder() {
        return displayOrder;
    }

    public void setDisplayOrder(Integer displayOrder) {
        this.displayOrder = displayOrder;
    }
}
