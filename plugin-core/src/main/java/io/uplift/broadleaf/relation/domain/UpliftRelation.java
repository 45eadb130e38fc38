package io.uplift.broadleaf.relation.domain;

import org.broadleafcommerce.core.catalog.domain.Product;

/** A relation the merchandiser sets in the plugin's admin section (Uplift &gt; Relations): show B with A. */
public interface UpliftRelation {

    Long getId();

    void setId(Long id);

    Product getProduct();

    void setProduct(Product product);

    Product getRelatedProduct();

    void setRelatedProduct(Product relatedProduct);

    Integer getPosition();

    void setPosition(Integer position);
}
