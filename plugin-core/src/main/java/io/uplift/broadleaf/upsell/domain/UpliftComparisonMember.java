package io.uplift.broadleaf.upsell.domain;

import org.broadleafcommerce.core.catalog.domain.Product;

import java.math.BigDecimal;

/** One version of a comparison group; the sequence orders the versions, good first. */
public interface UpliftComparisonMember {

    Long getId();

    void setId(Long id);

    UpliftComparisonGroup getGroup();

    void setGroup(UpliftComparisonGroup group);

    Product getProduct();

    void setProduct(Product product);

    BigDecimal getSequence();

    void setSequence(BigDecimal sequence);
}
