package io.uplift.broadleaf.bundle.domain;

import io.uplift.broadleaf.support.SequenceStartsAtOne;
import io.uplift.broadleaf.support.Sequenced;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
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

/** One companion product of a bundle (an adorned target: the admin picks the product and drags to order). */
@Entity
@EntityListeners(SequenceStartsAtOne.class)
@Table(name = "UPLIFT_BUNDLE_ITEM")
@AdminPresentationClass(friendlyName = "Uplift bundle companion")
public class UpliftBundleItemImpl implements Sequenced, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "UpliftBundleItemId")
    @GenericGenerator(name = "UpliftBundleItemId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "UpliftBundleItemImpl"),
                    @Parameter(name = "entity_name", value = "io.uplift.broadleaf.bundle.domain.UpliftBundleItemImpl")
            })
    @Column(name = "ITEM_ID")
    protected Long id;

    @ManyToOne(targetEntity = UpliftBundleImpl.class, optional = false)
    @JoinColumn(name = "BUNDLE_ID", nullable = false)
    protected UpliftBundleImpl bundle;

    @ManyToOne(targetEntity = ProductImpl.class, optional = false)
    @JoinColumn(name = "PRODUCT_ID", nullable = false)
    protected Product product;

    @Column(name = "SEQUENCE", precision = 10, scale = 6)
    @AdminPresentation(visibility = VisibilityEnum.HIDDEN_ALL)
    protected BigDecimal sequence;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UpliftBundleImpl getBundle() {
        return bundle;
    }

    public void setBundle(UpliftBundleImpl bundle) {
        this.bundle = bundle;
    }

    public Product getProduct() {
        return product;
    }

    public void setProduct(Product product) {
        this.product = product;
    }

    public BigDecimal getSequence() {
        return sequence;
    }

    public void setSequence(BigDecimal sequence) {
        this.sequence = sequence;
    }
}
