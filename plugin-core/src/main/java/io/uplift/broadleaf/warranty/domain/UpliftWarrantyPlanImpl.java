package io.uplift.broadleaf.warranty.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationAdornedTargetCollection;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationCollection;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.AddMethodType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.Cascade;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;

/**
 * A warranty / protection plan (Uplift &gt; Warranty plans): name, provider, the terms text shoppers accept, the items
 * it covers (products in one of its categories priced from the minimum up to under the maximum), its terms (years and
 * the catalog product whose cart line carries the plan) and its prices per term and price band. Rules that span rows
 * (each term has prices; each term's bands cover the plan's price range without gap or overlap) are checked when the
 * storefront reads the plans ({@code io.uplift.engine.warranty.WarrantyPlan}): a plan that breaks them is left out,
 * never offered, and listed. Not second-level cached: the storefront re-reads the tables every few seconds.
 */
@Entity
@Table(name = "UPLIFT_WARRANTY_PLAN")
@AdminPresentationClass(friendlyName = "Uplift warranty plan")
public class UpliftWarrantyPlanImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String MONEY_VALIDATOR = "blUpliftMoneyValidator";

    @Id
    @GeneratedValue(generator = "UpliftWarrantyPlanId")
    @GenericGenerator(name = "UpliftWarrantyPlanId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "UpliftWarrantyPlanImpl"),
                    @Parameter(name = "entity_name", value = "io.uplift.broadleaf.warranty.domain.UpliftWarrantyPlanImpl")
            })
    @Column(name = "PLAN_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 80)
    @AdminPresentation(friendlyName = "Name (shown to shoppers, e.g. Phone protection)", order = 1000,
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

    @Column(name = "PROVIDER", nullable = false, length = 80)
    @AdminPresentation(friendlyName = "Provider (who honours the plan, e.g. Acme Care)", order = 2000,
            prominent = true, gridOrder = 2, requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedRegexValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "regularExpression", itemValue = "(?s)(?=.*\\S).{1,80}"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The provider must not be empty or blank (at most 80 characters).")
                            })
            })
    protected String provider;

    @Column(name = "ENABLED", nullable = false)
    @AdminPresentation(friendlyName = "On (offered to shoppers)", order = 3000, prominent = true, gridOrder = 3,
            requiredOverride = RequiredOverride.REQUIRED)
    protected Boolean enabled = Boolean.TRUE;

    @Column(name = "TERMS_TEXT", nullable = false, length = 4000)
    @AdminPresentation(friendlyName = "Terms (what the plan covers, shown to shoppers)", order = 4000,
            largeEntry = true, requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedRegexValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "regularExpression", itemValue = "(?s)(?=.*\\S).{1,4000}"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The terms must not be empty or blank (at most 4000 characters).")
                            })
            })
    protected String termsText;

    @Column(name = "MIN_PRICE", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "Covers items priced from (blank: 0)", order = 5000, prominent = true,
            gridOrder = 4,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = MONEY_VALIDATOR,
                            configurationItems = {
                                    @ConfigurationItem(itemName = "optional", itemValue = "true"),
                                    @ConfigurationItem(itemName = "zero", itemValue = "true"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The minimum item price must be blank, zero or a positive"
                                                    + " amount with at most two decimals.")
                            })
            })
    protected BigDecimal minPrice;

    @Column(name = "MAX_PRICE", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "... up to under (blank: no limit)", order = 6000, prominent = true,
            gridOrder = 5,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = MONEY_VALIDATOR,
                            configurationItems = {
                                    @ConfigurationItem(itemName = "optional", itemValue = "true"),
                                    @ConfigurationItem(itemName = "above", itemValue = "minPrice"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The maximum item price must be blank or a positive amount with"
                                                    + " at most two decimals, above the minimum.")
                            })
            })
    protected BigDecimal maxPrice;

    @OneToMany(mappedBy = "plan", targetEntity = UpliftWarrantyCategoryImpl.class, cascade = {CascadeType.ALL})
    @Cascade(value = {org.hibernate.annotations.CascadeType.ALL, org.hibernate.annotations.CascadeType.DELETE_ORPHAN})
    @OrderBy(value = "sequence")
    @AdminPresentationAdornedTargetCollection(friendlyName = "Covered categories (products in any of them)",
            order = 7000, targetObjectProperty = "category", parentObjectProperty = "plan", sortProperty = "sequence",
            gridVisibleFields = {"name"})
    protected List<UpliftWarrantyCategoryImpl> categories = new ArrayList<UpliftWarrantyCategoryImpl>();

    @OneToMany(mappedBy = "plan", targetEntity = UpliftWarrantyTermImpl.class, cascade = {CascadeType.ALL})
    @Cascade(value = {org.hibernate.annotations.CascadeType.ALL, org.hibernate.annotations.CascadeType.DELETE_ORPHAN})
    @OrderBy(value = "sequence")
    @AdminPresentationAdornedTargetCollection(friendlyName = "Terms (years, and the product of the plan's cart line)",
            order = 8000, targetObjectProperty = "product", parentObjectProperty = "plan", sortProperty = "sequence",
            maintainedAdornedTargetFields = {"years"}, gridVisibleFields = {"defaultSku.name", "years"})
    protected List<UpliftWarrantyTermImpl> terms = new ArrayList<UpliftWarrantyTermImpl>();

    @OneToMany(mappedBy = "plan", targetEntity = UpliftWarrantyRateImpl.class, cascade = {CascadeType.ALL})
    @Cascade(value = {org.hibernate.annotations.CascadeType.ALL, org.hibernate.annotations.CascadeType.DELETE_ORPHAN})
    @OrderBy(value = "years, bandFrom")
    @AdminPresentationCollection(addType = AddMethodType.PERSIST, order = 9000,
            friendlyName = "Prices (per term and item price band: a fixed amount, or a percentage with floor and ceiling)")
    protected List<UpliftWarrantyRateImpl> rates = new ArrayList<UpliftWarrantyRateImpl>();

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

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getTermsText() {
        return termsText;
    }

    public void setTermsText(String termsText) {
        this.termsText = termsText;
    }

    public BigDecimal getMinPrice() {
        return minPrice;
    }

    public void setMinPrice(BigDecimal minPrice) {
        this.minPrice = minPrice;
    }

    public BigDecimal getMaxPrice() {
        return maxPrice;
    }

    public void setMaxPrice(BigDecimal maxPrice) {
        this.maxPrice = maxPrice;
    }

    public List<UpliftWarrantyCategoryImpl> getCategories() {
        return categories;
    }

    public void setCategories(List<UpliftWarrantyCategoryImpl> categories) {
        this.categories = categories;
    }

    public List<UpliftWarrantyTermImpl> getTerms() {
        return terms;
    }

    public void setTerms(List<UpliftWarrantyTermImpl> terms) {
        this.terms = terms;
    }

    public List<UpliftWarrantyRateImpl> getRates() {
        return rates;
    }

    public void setRates(List<UpliftWarrantyRateImpl> rates) {
        this.rates = rates;
    }
}
