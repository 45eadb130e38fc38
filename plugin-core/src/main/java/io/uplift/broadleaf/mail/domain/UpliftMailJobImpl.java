package io.uplift.broadleaf.mail.domain;

import java.io.Serializable;
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
 * One scheduled e-mail (the table {@code UPLIFT_MAIL_JOB}): written and read only by {@code JdbcMailStore} with
 * conditional updates (the claim of a due row by one node). The entity exists so that Broadleaf's schema tooling
 * creates the table; the unique {@code JOB_KEY} (one row per order, one per idle spell of a cart) is also made by
 * {@code JdbcMailStore#ensureUniqueKey()} at start when missing (Hibernate 4.1's schema update adds no unique
 * constraints). The plugin never loads rows through JPA.
 */
@Entity
@Table(name = "UPLIFT_MAIL_JOB", uniqueConstraints = @UniqueConstraint(name = "UPLIFT_MAIL_JOB_KEY",
        columnNames = "JOB_KEY"))
@org.hibernate.annotations.Table(appliesTo = "UPLIFT_MAIL_JOB", indexes = {
        @org.hibernate.annotations.Index(name = "UPLIFT_MAIL_JOB_DUE", columnNames = {"STATUS", "DUE_AT"}),
        @org.hibernate.annotations.Index(name = "UPLIFT_MAIL_JOB_TARGET", columnNames = {"KIND", "TARGET_ID"})})
public class UpliftMailJobImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "JOB_ID")
    protected Long id;

    @Column(name = "JOB_KEY", nullable = false, length = 100)
    protected String key;

    @Column(name = "KIND", nullable = false, length = 32)
    protected String kind;

    @Column(name = "TARGET_ID", nullable = false)
    protected Long targetId;

    @Column(name = "CUSTOMER_ID")
    protected Long customerId;

    @Column(name = "STATUS", nullable = false, length = 16)
    protected String status;

    @Column(name = "DUE_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date dueAt;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date createdAt;

    @Column(name = "UPDATED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date updatedAt;

    @Column(name = "ATTEMPTS", nullable = false)
    protected Integer attempts;

    @Column(name = "LEASE_OWNER", length = 64)
    protected String leaseOwner;

    @Column(name = "LEASE_UNTIL")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date leaseUntil;

    @Column(name = "RECIPIENT", length = 320)
    protected String recipient;

    @Column(name = "SUBJECT", length = 200)
    protected String subject;

    @Column(name = "REASON", length = 500)
    protected String reason;

    @Column(name = "LAST_ERROR", length = 1000)
    protected String lastError;

    @Column(name = "SENT_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date sentAt;

    @Column(name = "CLICKS", nullable = false)
    protected Integer clicks;
}
