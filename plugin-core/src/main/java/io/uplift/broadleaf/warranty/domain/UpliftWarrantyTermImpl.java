package io.uplift.broadleaf.warranty.domain;

import io.uplift.broadleaf.support.SequenceStartsAtOne;
import io.uplift.broadleaf.support.Sequenced;
import io.uplift.engine.warranty.WarrantyRate;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/**
 * One term of a warranty plan: its length in years and the catalog product whose cart line carries the plan (e.g.
 * "Protection Plan 2 Years"); an adorned target: the admin picks the product and enters the years. Such a product is
 * never sold alone: only as a child line of a line the plan covers.
 */
@Entity
@EntityListeners(SequenceStartsAtOne.class)
@Table(name = "UPLIFT_WARRANTY_TERM")
@AdminPresentationClass(friendlyName = "Uplift warranty term")
public class UpliftWarrantyTermImpl implements Sequenced, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "UpliftWarrantyTermId")
    @GenericGenerator(name = "UpliftWarrantyTermId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "UpliftWarrantyTermImpl"),
                    @Parameter(name = "entity_name", value = "io.uplift.broadleaf.warranty.domain.UpliftWarrantyTermImpl")
            })
    @Column(name = "TERM_ID")
    protected Long id;

    @ManyToOne(targetEntity = UpliftWarrantyPlanImpl.class, optional = false)
    @JoinColumn(name = "PLAN_ID", nullable = false)
    protected UpliftWarrantyPlanImpl plan;

    @ManyToOne(targetEntity = ProductImpl.class, optional = false)
    @JoinColumn(name = "PRODUCT_ID", nullable = false)
    protected Product product;

    @Column(name = "YEARS", nullable = false)
    @AdminPresentation(friendlyName = "Years", order = 1000, prominent = true, gridOrder = 2,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedRangeValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "min", itemValue = "" + WarrantyRate.MIN_YEARS),
                                    @ConfigurationItem(itemName = "max", itemValue = "" + WarrantyRate.MAX_YEARS),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "A term must be a whole number of years from 1 to 10.")
                            }),
                    // the picked product: checked with the years, which are saved with the pick
                    @ValidationConfiguration(validationImplementation = "blUpliftWarrantyTermProductValidator")
            })
    protected Integer years;

    @Column(name = "SEQUENCE", precision = 10, scale = 6)
    @AdminPresentation(visibility = VisibilityEnum.HIDDEN_ALL)
    protected BigDecimal sequence;

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

    public Product getProduct() {
        return product;
    }

    public void setProduct(Product product) {
        this.product = product;
    }

    public Integer getYears() {
        return years;
    }

    public void setYears(Integer years) {
        this.years = years;
    }

    public BigDecimal getSequence() {
        return sequence;
    }

    public void setSequence(BigDecimal sequence) {
        this.sequence = sequence;
    }
}
