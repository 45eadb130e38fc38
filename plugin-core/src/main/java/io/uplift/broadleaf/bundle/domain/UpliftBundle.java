package io.uplift.broadleaf.bundle.domain;

import org.broadleafcommerce.core.catalog.domain.Product;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

/**
 * A "frequently bought together" bundle, as the admin edits it ({@link UpliftBundleImpl}). The admin's "Bundle
 * suggestions" page has this interface as its section's ceiling entity: Broadleaf finds an entity's section by its
 * class name, which must stay Uplift &gt; Bundles for the implementation class.
 */
public interface UpliftBundle {

    Long getId();

    void setId(Long id);

    String getName();

    void setName(String name);

    Boolean getEnabled();

    void setEnabled(Boolean enabled);

    Product getAnchorProduct();

    void setAnchorProduct(Product anchorProduct);

    String getDiscountType();

    void setDiscountType(String discountType);

    BigDecimal getDiscountValue();

    void setDiscountValue(BigDecimal discountValue);

    Date getStarts();

    void setStarts(Date starts);

    Date getEnds();

    void setEnds(Date ends);

    String getOrigin();

    void setOrigin(String origin);

    List<UpliftBundleItemImpl> getCompanions();

    void setCompanions(List<UpliftBundleItemImpl> companions);
}
