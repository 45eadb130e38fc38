package io.uplift.broadleaf.bundle.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationAdornedTargetCollection;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.hibernate.annotations.Cascade;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A "frequently bought together" bundle: the anchor product, 1-4 companions, the discount off the complete set, an
 * optional validity window. Defined in the admin (Uplift &gt; Bundles) or accepted from a suggestion mined from the
 * shop's orders (then {@code origin} holds the figures). Not second-level cached: the storefront re-reads the table
 * every few seconds in the background.
 */
@Entity
@Table(name = "UPLIFT_BUNDLE")
@AdminPresentationClass(friendlyName = "Uplift bundle")
public class UpliftBundleImpl implements UpliftBundle, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "UpliftBundleId")
    @GenericGenerator(name = "UpliftBundleId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "UpliftBundleImpl"),
                    @Parameter(name = "entity_name", value = "io.uplift.broadleaf.bundle.domain.UpliftBundleImpl")
            })
    @Column(name = "BUNDLE_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 80)
    @AdminPresentation(friendlyName = "Name (shown to shoppers, e.g. The Nova X starter set)", order = 1000,
            prominent = true, gridOrder = 1, requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedRegexValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "regularExpression", itemValue = "(?s)(?=.*\\S).{1,80}"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The name must not be empty or blank (at most 80 characters).")
                            })
            })
    protected String name;

    @Column(name = "ENABLED", nullable = false)
    @AdminPresentation(friendlyName = "On (shown and priced)", order = 2000, prominent = true, gridOrder = 2,
            requiredOverride = RequiredOverride.REQUIRED)
    protected Boolean enabled = Boolean.TRUE;

    @ManyToOne(targetEntity = ProductImpl.class, optional = false)
    @JoinColumn(name = "ANCHOR_PRODUCT_ID", nullable = false)
    @AdminPresentation(friendlyName = "Anchor product (the product page that shows the bundle)", order = 3000,
            prominent = true, gridOrder = 3, requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = "blUpliftBundleAnchorValidator"))
    @AdminPresentationToOneLookup(lookupDisplayProperty = "defaultSku.name")
    protected Product anchorProduct;

    @Column(name = "DISCOUNT_TYPE", nullable = false, length = 10)
    @AdminPresentation(friendlyName = "Discount type", order = 4000, prominent = true, gridOrder = 4,
            requiredOverride = RequiredOverride.REQUIRED, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.uplift.broadleaf.bundle.domain.UpliftDiscountType",
            validationConfigurations = @ValidationConfiguration(validationImplementation = "blUpliftEnumerationValidator"))
    protected String discountType = "PERCENT";

    @Column(name = "DISCOUNT_VALUE", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "Discount off the complete set (percent 0.01-90, or amount)", order = 5000,
            prominent = true, gridOrder = 5, requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftBundleDiscountValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The discount must be a positive number with at most two decimals;"
                                                    + " a percentage at most 90.")
                            })
            })
    protected BigDecimal discountValue;

    @Column(name = "STARTS")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Starts (blank: now)", order = 6000, gridOrder = 6)
    protected Date starts;

    @Column(name = "ENDS")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Ends (blank: never; neither shown nor priced after it)", order = 7000,
            gridOrder = 7,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftBundleDatesValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The end must be after the start.")
                            })
            })
    protected Date ends;

    @Column(name = "ORIGIN", length = 400)
    @AdminPresentation(friendlyName = "Origin", order = 8000, readOnly = true,
            tooltip = "Defined by hand, or accepted from a suggestion (with the co-purchase figures at that time).")
    protected String origin;

    @OneToMany(mappedBy = "bundle", targetEntity = UpliftBundleItemImpl.class, cascade = {CascadeType.ALL})
    @Cascade(value = {org.hibernate.annotations.CascadeType.ALL, org.hibernate.annotations.CascadeType.DELETE_ORPHAN})
    @OrderBy(value = "sequence")
    @AdminPresentationAdornedTargetCollection(friendlyName = "Companion products (1-4, one of each per set)",
            order = 9000, targetObjectProperty = "product", parentObjectProperty = "bundle", sortProperty = "sequence",
            gridVisibleFields = {"defaultSku.name", "defaultSku.retailPrice"})
    protected List<UpliftBundleItemImpl> companions = new ArrayList<UpliftBundleItemImpl>();

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
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
    public Product getAnchorProduct() {
        return anchorProduct;
    }

    @Override
    public void setAnchorProduct(Product anchorProduct) {
        this.anchorProduct = anchorProduct;
    }

    @Override
    public String getDiscountType() {
        return discountType;
    }

    @Override
    public void setDiscountType(String discountType) {
        this.discountType = discountType;
    }

    @Override
    public BigDecimal getDiscountValue() {
        return discountValue;
    }

    @Override
    public void setDiscountValue(BigDecimal discountValue) {
        this.discountValue = discountValue;
    }

    @Override
    public Date getStarts() {
        return starts;
    }

    @Override
    public void setStarts(Date starts) {
        this.starts = starts;
    }

    @Override
    public Date getEnds() {
        return ends;
    }

    @Override
    public void setEnds(Date ends) {
        this.ends = ends;
    }

    @Override
    public String getOrigin() {
        return origin;
    }

    @Override
    public void setOrigin(String origin) {
        this.origin = origin;
    }

    @Override
    public List<UpliftBundleItemImpl> getCompanions() {
        return companions;
    }

    @Override
    public void setCompanions(List<UpliftBundleItemImpl> companions) {
        this.companions = companions;
    }
}
