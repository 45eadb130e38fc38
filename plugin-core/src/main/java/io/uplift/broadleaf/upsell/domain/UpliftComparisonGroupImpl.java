package io.uplift.broadleaf.upsell.domain;

import io.uplift.engine.upsell.ComparisonGroup;
import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationAdornedTargetCollection;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.hibernate.annotations.Cascade;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A product family in good/better/best versions, for the comparison table on the product page and the cart
 * upgrade. Edited in the admin (Uplift &gt; Comparisons) or created by accepting a proposal. Not second-level cached:
 * the storefront re-reads the table every few seconds in the background.
 */
@Entity
@Table(name = "UPLIFT_COMPARISON_GROUP")
@AdminPresentationClass(friendlyName = "Uplift comparison group")
public class UpliftComparisonGroupImpl implements UpliftComparisonGroup, AdminMainEntity, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "UpliftComparisonGroupId")
    @GenericGenerator(name = "UpliftComparisonGroupId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "UpliftComparisonGroupImpl"),
                    @Parameter(name = "entity_name", value = "io.uplift.broadleaf.upsell.domain.UpliftComparisonGroupImpl")
            })
    @Column(name = "GROUP_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 80)
    @AdminPresentation(friendlyName = "Family name (shown to shoppers, e.g. Nova X)", order = 1000, prominent = true,
            gridOrder = 1, requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedRegexValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "regularExpression", itemValue = "(?s)(?=.*\\S).{1,80}"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The family name must not be empty or blank (at most 80 characters).")
                            })
            })
    protected String name;

    @Column(name = "ENABLED", nullable = false)
    @AdminPresentation(friendlyName = "Shown on the storefront", order = 2000, prominent = true, gridOrder = 2,
            requiredOverride = RequiredOverride.REQUIRED)
    protected Boolean enabled = Boolean.TRUE;

    @Column(name = "ATTRIBUTES", length = 400)
    @AdminPresentation(friendlyName = "Attributes to compare, in order (blank: every attribute that differs)",
            order = 3000, prominent = true, gridOrder = 3,
            tooltip = "Comma-separated product attribute names, e.g. storage, ram, battery, screen.",
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedRegexValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "regularExpression",
                                            itemValue = "\\s*|(?=[\\s\\S]{1,400}$)[^,<>]{1,60}(,[^,<>]{1,60}){0,19}"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "Attributes must be blank or up to 20 names separated by commas"
                                                    + " (each 1-60 characters, no < or >, 400 characters in all).")
                            })
            })
    protected String attributes;

    @Column(name = "OFFER_TEXT", length = ComparisonGroup.MAX_OFFER_LENGTH)
    @AdminPresentation(friendlyName = "Limited-time offer text (optional; needs an end date)", order = 4000,
            gridOrder = 4,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftOfferValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "A limited-time offer needs both a text (at most 120 characters)"
                                                    + " and an end date.")
                            })
            })
    protected String offerText;

    @Column(name = "OFFER_ENDS")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Offer ends (the offer disappears at this date)", order = 5000, gridOrder = 5,
            validationConfigurations = {
                    // in the future when there is an offer text (the validator's own message quotes the end)
                    @ValidationConfiguration(validationImplementation = "blUpliftOfferEndValidator")
            })
    protected Date offerEnds;

    @OneToMany(mappedBy = "group", targetEntity = UpliftComparisonMemberImpl.class, cascade = {CascadeType.ALL})
    @Cascade(value = {org.hibernate.annotations.CascadeType.ALL, org.hibernate.annotations.CascadeType.DELETE_ORPHAN})
    @OrderBy(value = "sequence")
    @AdminPresentationAdornedTargetCollection(friendlyName = "Versions, good to best (drag to order)", order = 6000,
            targetObjectProperty = "product", parentObjectProperty = "group", sortProperty = "sequence",
            gridVisibleFields = {"defaultSku.name", "defaultSku.retailPrice"})
    protected List<UpliftComparisonMember> members = new ArrayList<UpliftComparisonMember>();

    /** The family name, shown by the admin in its breadcrumb and page title. */
    @Override
    public String getMainEntityName() {
        return name;
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
    public String getAttributes() {
        return attributes;
    }

    @Override
    public void setAttributes(String attributes) {
        this.attributes = attributes;
    }

    @Override
    public String getOfferText() {
        return offerText;
    }

    @Override
    public void setOfferText(String offerText) {
        this.offerText = offerText;
    }

    @Override
    public Date getOfferEnds() {
        return offerEnds;
    }

    @Override
    public void setOfferEnds(Date offerEnds) {
        this.offerEnds = offerEnds;
    }

    @Override
    public List<UpliftComparisonMember> getMembers() {
        return members;
    }

    @Override
    public void setMembers(List<UpliftComparisonMember> members) {
        this.members = members;
    }
}
