package io.uplift.broadleaf.warranty.domain;

import io.uplift.broadleaf.support.SequenceStartsAtOne;
import io.uplift.broadleaf.support.Sequenced;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryImpl;
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

/** One category a warranty plan covers (an adorned target: the admin picks the category). */
@Entity
@EntityListeners(SequenceStartsAtOne.class)
@Table(name = "UPLIFT_WARRANTY_CATEGORY")
@AdminPresentationClass(friendlyName = "Uplift warranty category")
public class UpliftWarrantyCategoryImpl implements Sequenced, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "UpliftWarrantyCategoryId")
    @GenericGenerator(name = "UpliftWarrantyCategoryId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "UpliftWarrantyCategoryImpl"),
                    @Parameter(name = "entity_name", value = "io.uplift.broadleaf.warranty.domain.UpliftWarrantyCategoryImpl")
            })
    @Column(name = "ITEM_ID")
    protected Long id;

    @ManyToOne(targetEntity = UpliftWarrantyPlanImpl.class, optional = false)
    @JoinColumn(name = "PLAN_ID", nullable = false)
    protected UpliftWarrantyPlanImpl plan;

    @ManyToOne(targetEntity = CategoryImpl.class, optional = false)
    @JoinColumn(name = "CATEGORY_ID", nullable = false)
    protected Category category;

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

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public BigDecimal getSequence() {
        return sequence;
    }

    public void setSequence(BigDecimal sequence) {
        this.sequence = sequence;
    }
}
