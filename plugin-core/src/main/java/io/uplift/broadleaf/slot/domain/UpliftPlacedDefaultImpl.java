package io.uplift.broadleaf.slot.domain;

import java.io.Serializable;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One default widget the plugin has placed (or, on an upgrade, found already handled) once, e.g.
 * {@code CART:FREE_SHIPPING}: it is never placed again, so a merchandiser who removed it keeps it removed, and a shop
 * upgrading to a plugin version with new default widgets gets just the new ones.
 */
@Entity
@Table(name = "UPLIFT_PLACED_DEFAULT")
public class UpliftPlacedDefaultImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@code SLOT:WIDGET_TYPE}. */
    @Id
    @Column(name = "DEFAULT_KEY", length = 120)
    protected String key;

    @Column(name = "PLACED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date placedAt;

    /** PLACED (a widget was added), PLACED_OFF (added switched off), KEPT (the shop already had it or removed it). */
    @Column(name = "OUTCOME", nullable = false, length = 20)
    protected String outcome;

    public UpliftPlacedDefaultImpl() {
    }

    public UpliftPlacedDefaultImpl(String key, String outcome) {
        this.key = key;
        this.outcome = outcome;
        this.placedAt = new Date();
    }

    public String getKey() {
        return key;
    }

    public String getOutcome() {
        return outcome;
    }
}
