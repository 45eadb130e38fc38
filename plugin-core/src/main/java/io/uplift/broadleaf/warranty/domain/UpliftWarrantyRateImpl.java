package io.uplift.broadleaf.warranty.domain;

import io.uplift.engine.warranty.WarrantyRate;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/**
 * One price of a warranty plan ({@link WarrantyRate}): for a term and a band of item prices ("from" inclusive, "to"
 * exclusive; blank ends are the plan's own limits), either a fixed amount or a percentage of the item's price with
 * an optional floor and ceiling.
 */
@Entity
@Table(name = "UPLIFT_WARRANTY_RATE")
@AdminPresentationClass(friendlyName = "Uplift warranty price")
public class UpliftWarrantyRateImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "UpliftWarrantyRateId")
    @GenericGenerator(name = "UpliftWarrantyRateId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "UpliftWarrantyRateImpl"),
                    @Parameter(name = "entity_name", value = "io.uplift.broadleaf.warranty.domain.UpliftWarrantyRateImpl")
            })
    @Column(name = "RATE_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @ManyToOne(targetEntity = UpliftWarrantyPlanImpl.class, optional = false)
    @JoinColumn(name = "PLAN_ID", nullable = false)
    @AdminPresentation(excluded = true)
    protected UpliftWarrantyPlanImpl plan;

    @Column(name = "YEARS", nullable = false)
    @AdminPresentation(friendlyName = "Term (years)", order = 1000, prominent = true, gridOrder = 1,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedRangeValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "min", itemValue = "" + WarrantyRate.MIN_YEARS),
                                    @ConfigurationItem(itemName = "max", itemValue = "" + WarrantyRate.MAX_YEARS),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "A term must be a whole number of years from 1 to 10.")
                            })
            })
    protected Integer years;

    @Column(name = "BAND_FROM", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "For items priced from (blank: the plan's minimum)", order = 2000,
            prominent = true, gridOrder = 2,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = UpliftWarrantyPlanImpl.MONEY_VALIDATOR,
                            configurationItems = {
                                    @ConfigurationItem(itemName = "optional", itemValue = "true"),
                                    @ConfigurationItem(itemName = "zero", itemValue = "true"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The band's start must be blank, zero or a positive amount with"
                                                    + " at most two decimals.")
                            })
            })
    protected BigDecimal bandFrom;

    @Column(name = "BAND_TO", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "... up to under (blank: the plan's maximum)", order = 3000, prominent = true,
            gridOrder = 3,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = UpliftWarrantyPlanImpl.MONEY_VALIDATOR,
                            configurationItems = {
                                    @ConfigurationItem(itemName = "optional", itemValue = "true"),
                                    @ConfigurationItem(itemName = "above", itemValue = "bandFrom"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The band's end must be blank or a positive amount with at most"
                                                    + " two decimals, above its start.")
                            })
            })
    protected BigDecimal bandTo;

    @Column(name = "AMOUNT", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "Fixed price (or leave blank and give a percentage)", order = 4000,
            prominent = true, gridOrder = 4,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftWarrantyRateValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "Give either a fixed price (positive, at most two decimals) or a"
                                                    + " percentage above 0 and at most 100, not both; a floor or"
                                                    + " ceiling only with a percentage, the ceiling not below the floor.")
                            })
            })
    protected BigDecimal amount;

    @Column(name = "PERCENT", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "Percentage of the item's price", order = 5000, prominent = true,
            gridOrder = 5,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = UpliftWarrantyPlanImpl.MONEY_VALIDATOR,
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
            gridOrder = 6,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = UpliftWarrantyPlanImpl.MONEY_VALIDATOR,
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
            gridOrder = 7,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = UpliftWarrantyPlanImpl.MONEY_VALIDATOR,
                            configurationItems = {
                                    @ConfigurationItem(itemName = "optional", itemValue = "true"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The ceiling must be blank or a positive amount with at most"
                                                    + " two decimals.")
                            })
            })
    protected BigDecimal ceiling;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UpliftWarrantyPlanImpl getPlan() {
        return plan;
    }

    public void setPlan(UpliftWarrantyPlanImpl plan) {
        this.plan = plan;
    }

    public Integer getYears() {
        return years;
    }

    public void setYears(Integer years) {
        this.years = years;
    }

    public BigDecimal getBandFrom() {
        return bandFrom;
    }

    public void setBandFrom(BigDecimal bandFrom) {
        this.bandFrom = bandFrom;
    }

    public BigDecimal getBandTo() {
        return bandTo;
    }

    public void setBandTo(BigDecimal bandTo) {
        this.bandTo = bandTo;
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
}
