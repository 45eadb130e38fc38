package io.uplift.broadleaf.relation.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/**
 * The plugin's own product relation, beside Broadleaf's cross-sale lists: the "manual" source suggests the related
 * product with the product, after the product's Broadleaf cross-sales, in position order. Not second-level cached:
 * the storefront re-reads the table every few seconds in the background.
 */
@Entity
@Table(name = "UPLIFT_RELATION")
@AdminPresentationClass(friendlyName = "Uplift relation")
public class UpliftRelationImpl implements UpliftRelation, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "UpliftRelationId")
    @GenericGenerator(name = "UpliftRelationId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "UpliftRelationImpl"),
                    @Parameter(name = "entity_name", value = "io.uplift.broadleaf.relation.domain.UpliftRelationImpl")
            })
    @Column(name = "RELATION_ID")
    @AdminPresentation(friendlyName = "ID", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @ManyToOne(targetEntity = ProductImpl.class, optional = false)
    @JoinColumn(name = "PRODUCT_ID", nullable = false)
    @AdminPresentation(friendlyName = "When a shopper looks at", order = 1000, prominent = true, gridOrder = 1,
            requiredOverride = RequiredOverride.REQUIRED)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "defaultSku.name")
    protected Product product;

    @ManyToOne(targetEntity = ProductImpl.class, optional = false)
    @JoinColumn(name = "RELATED_PRODUCT_ID", nullable = false)
    @AdminPresentation(friendlyName = "Suggest", order = 2000, prominent = true, gridOrder = 2,
            requiredOverride = RequiredOverride.REQUIRED)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "defaultSku.name")
    protected Product relatedProduct;

    @Column(name = "POSITION", nullable = false)
    @AdminPresentation(friendlyName = "Position (smallest first)", order = 3000, prominent = true, gridOrder = 3,
            requiredOverride = RequiredOverride.REQUIRED,
            // both picks are saved with the position: a product may not be suggested on its own page
            validationConfigurations = @ValidationConfiguration(
                    validationImplementation = "blUpliftSelfRelationValidator"))
    protected Integer position = 0;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public Product getProduct() {
        return product;
    }

    @Override
    public void setProduct(Product product) {
        this.product = product;
    }

    @Override
    public Product getRelatedProduct() {
        return relatedProduct;
    }

    @Override
    public void setRelatedProduct(Product relatedProduct) {
        this.relatedProduct = relatedProduct;
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
