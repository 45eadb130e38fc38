package io.uplift.broadleaf.event.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

/**
 * One stored event (the table {@code UPLIFT_EVENT}): written only by {@code JdbcEventStore} in batches, read by the
 * dashboard. The entity exists so that Broadleaf's schema tooling (hbm2ddl, or a shop's own migration generated from
 * the persistence unit) creates the table; the unique idempotency key is also made by
 * {@code JdbcEventStore#ensureUniqueKey()} at start when missing (Hibernate 4.1's schema update does not add unique
 * constraints). The plugin never loads rows through JPA.
 * {@code EXPERIMENT_ID}/{@code VARIANT} are filled when the visitor was in an experiment; {@code ORDER_ID} and
 * {@code AMOUNT} (the line's revenue) only for purchases.
 */
@Entity
@Table(name = "UPLIFT_EVENT", uniqueConstraints = @UniqueConstraint(name = "UPLIFT_EVENT_KEY",
        columnNames = "IDEMPOTENCY_KEY"))
@org.hibernate.annotations.Table(appliesTo = "UPLIFT_EVENT", indexes = {
        @org.hibernate.annotations.Index(name = "UPLIFT_EVENT_DAY", columnNames = {"EVENT_DAY", "EVENT_TYPE"})})
public class UpliftEventImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "EVENT_ID")
    protected Long id;

    @Column(name = "EVENT_TYPE", nullable = false, length = 32)
    protected String type;

    /** The event's day in the server's time zone (the dashboard's grouping key). */
    @Column(name = "EVENT_DAY", nullable = false)
    @Temporal(TemporalType.DATE)
    protected Date day;

    @Column(name = "EVENT_TIME", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date timestamp;

    @Column(name = "VISITOR_KEY", nullable = false, length = 64)
    protected String visitorKey;

    @Column(name = "PAGE_VIEW_ID", nullable = false, length = 64)
    protected String pageViewId;

    @Column(name = "WIDGET_ID", nullable = false)
    protected Long widgetId;

    @Column(name = "WIDGET_TYPE", nullable = false, length = 64)
    protected String widgetType;

    @Column(name = "SLOT", nullable = false, length = 64)
    protected String slot;

    @Column(name = "SUGGESTION_TYPE", nullable = false, length = 32)
    protected String suggestionType;

    @Column(name = "STRATEGY", length = 64)
    protected String strategy;

    @Column(name = "PRODUCT_ID")
    protected Long productId;

    @Column(name = "EXPERIMENT_ID", length = 64)
    protected String experimentId;

    @Column(name = "VARIANT", length = 64)
    protected String variant;

    @Column(name = "ORDER_ID")
    protected Long orderId;

    @Column(name = "AMOUNT", precision = 19, scale = 5)
    protected BigDecimal amount;

    @Column(name = "IDEMPOTENCY_KEY", nullable = false, length = 255, unique = true)
    protected String idempotencyKey;

    public Long getId() {
        return id;
    }

    public String getType() {
        return type;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }
}
