package io.uplift.broadleaf.health.domain;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One counter of one storefront node's last health report (the table {@code UPLIFT_NODE_HEALTH}): failures by kind,
 * events and exposures written or lost, render cache hits, each cumulative since the node started. The key is
 * {@code <node>|<counter>}. Written only by {@code NodeHealthReporter} with JDBC (a node replaces its own rows on each
 * report), read by the admin dashboard's "Storefront health".
 */
@Entity
@Table(name = "UPLIFT_NODE_HEALTH")
@org.hibernate.annotations.Table(appliesTo = "UPLIFT_NODE_HEALTH", indexes = {
        @org.hibernate.annotations.Index(name = "UPLIFT_NODE_HEALTH_NODE", columnNames = {"NODE_ID"})})
public class UpliftNodeHealthImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "HEALTH_KEY", length = 300)
    protected String key;

    @Column(name = "NODE_ID", nullable = false, length = 120)
    protected String node;

    @Column(name = "COUNTER_NAME", nullable = false, length = 160)
    protected String counter;

    @Column(name = "COUNTER_VALUE", nullable = false)
    protected Long value;

    @Column(name = "STARTED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date startedAt;

    @Column(name = "REPORTED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date reportedAt;

    public String getKey() {
        return key;
    }

    public String getNode() {
        return node;
    }

    public String getCounter() {
        return counter;
    }

    public Long getValue() {
        return value;
    }

    public Date getStartedAt() {
        return startedAt;
    }

    public Date getReportedAt() {
        return reportedAt;
    }
}
