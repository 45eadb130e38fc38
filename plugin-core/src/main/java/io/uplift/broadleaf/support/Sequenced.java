package io.uplift.broadleaf.support;

import java.math.BigDecimal;

/** A row of an admin-ordered list (Broadleaf's adorned target collections sort by it). */
public interface Sequenced {

    BigDecimal getSequence();

    void setSequence(BigDecimal sequence);
}
