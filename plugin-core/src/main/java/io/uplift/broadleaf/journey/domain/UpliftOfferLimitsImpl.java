package io.uplift.broadleaf.journey.domain;

import java.io.Serializable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The shop's frequency caps (Uplift &gt; Offer limits): one row, id {@value #ID}. No row: the defaults of
 * {@code io.uplift.engine.journey.OfferLimits#DEFAULTS}. Blank columns mean "no limit". Written only by the admin page,
 * which checks both values; the storefront checks them again when it reads the row.
 */
@Entity
@Table(name = "UPLIFT_OFFER_LIMITS")
public class UpliftOfferLimitsImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The one row's id. */
    public static final long ID = 1L;

    @Id
    @Column(name = "LIMITS_ID")
    protected Long id = ID;

    @Column(name = "WARRANTY_DECLINES")
    protected Integer warrantyDeclines;

    @Column(name = "PRODUCT_PLACES")
    protected Integer productPlaces;

    public Long getId() {
        return id;
    }

    public Integer getWarrantyDeclines() {
        return warrantyDeclines;
    }

    public void setWarrantyDeclines(Integer warrantyDeclines) {
        this.warrantyDeclines = warrantyDeclines;
    }

    public Integer getProductPlaces() {
        return productPlaces;
    }

    public void setProductPlaces(Integer productPlaces) {
        this.productPlaces = productPlaces;
    }
}
