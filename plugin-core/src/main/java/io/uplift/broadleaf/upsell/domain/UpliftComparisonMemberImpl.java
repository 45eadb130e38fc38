package io.uplift.broadleaf.upsell.domain;

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

/** One version of a comparison group (an adorned target: the admin picks the product and drags to order). */
@Entity
@EntityListeners(SequenceStartsAtOne.class)
@Table(name = "UPLIFT_COMPARISON_MEMBER")
@AdminPresentationClass(friendlyName = "Uplift comparison version")
public class UpliftComparisonMemberImpl implements Sequenced, UpliftComparisonMember, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "UpliftComparisonMemberId")
    @GenericGenerator(name = "UpliftComparisonMemberId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "UpliftComparisonMemberImpl"),
                    @Parameter(name = "entity_name", value = "io.uplift.broadleaf.upsell.domain.UpliftComparisonMemberImpl")
            })
    @Column(name = "MEMBER_ID")
    protected Long id;

    @ManyToOne(targetEntity = UpliftComparisonGroupImpl.class, optional = false)
    @JoinColumn(name = "GROUP_ID", nullable = false)
    protected UpliftComparisonGroup group;

    @ManyToOne(targetEntity = ProductImpl.class, optional = false)
    @JoinColumn(name = "PRODUCT_ID", nullable = false)
    protected Product product;

    @Column(name = "SEQUENCE", precision = 10, scale = 6)
    @AdminPresentation(visibility = VisibilityEnum.HIDDEN_ALL)
    protected BigDecimal sequence;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public UpliftComparisonGroup getGroup() {
        return group;
    }

    @Override
    public void setGroup(UpliftComparisonGroup group) {
        this.group = group;
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
    public BigDecimal getSequence() {
        return sequence;
    }

    @Override
    public void setSequence(BigDecimal sequence) {
        this.sequence = sequence;
    }
}
