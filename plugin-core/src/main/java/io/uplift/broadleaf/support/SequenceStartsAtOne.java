package io.uplift.broadleaf.support;

import java.math.BigDecimal;
import javax.persistence.PrePersist;

/**
 * JPA entity listener for the plugin's ordered lists ({@code @EntityListeners(SequenceStartsAtOne.class)} on a
 * {@link Sequenced} entity): keeps sequences 1-based, as Broadleaf's reordering expects. Its admin gives the first row
 * added to an empty list the sequence 0 (then 1, 2, ...), and a later drag of the second row to the top (sequence 1)
 * would then change nothing.
 */
public class SequenceStartsAtOne {

    @PrePersist
    public void firstSequenceIsOne(Object entity) {
        if (entity instanceof Sequenced) {
            Sequenced row = (Sequenced) entity;
            if (row.getSequence() == null || row.getSequence().signum() <= 0) {
                row.setSequence(BigDecimal.ONE);
            }
        }
    }
}
