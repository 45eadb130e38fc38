package io.uplift.broadleaf.experiment.domain;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One visitor's exposure to a running experiment (the table {@code UPLIFT_EXPERIMENT_VISITOR}): the first time a page
 * showed the experiment's slot to the visitor, and the arm the visitor is in (a variant or {@code holdout}; the
 * hold-out is exposed too, it sees the slot empty). The key {@code <experimentId>:<customerId>} makes a visitor count
 * once per experiment, also with several storefront nodes. Written only by {@code ExposureRecorder} with JDBC, read by
 * the admin's experiment results (arm sizes; orders of the exposed customers after their exposure).
 */
@Entity
@Table(name = "UPLIFT_EXPERIMENT_VISITOR")
@org.hibernate.annotations.Table(appliesTo = "UPLIFT_EXPERIMENT_VISITOR", indexes = {
        @org.hibernate.annotations.Index(name = "UPLIFT_EXP_VISITOR_ARM", columnNames = {"EXPERIMENT_ID", "ARM"})})
public class UpliftExperimentVisitorImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "EXPOSURE_KEY", length = 100)
    protected String key;

    @Column(name = "EXPERIMENT_ID", nullable = false, length = 64)
    protected String experimentId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "ARM", nullable = false, length = 64)
    protected String arm;

    @Column(name = "FIRST_SEEN", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date firstSeen;

    public String getKey() {
        return key;
    }

    public String getExperimentId() {
        return experimentId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getArm() {
        return arm;
    }

    public Date getFirstSeen() {
        return firstSeen;
    }
}
