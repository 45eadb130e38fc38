package io.uplift.broadleaf.mail.domain;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/**
 * The shop's e-mail settings (Uplift &gt; E-mails): one row, id 1. No row, or a row without values: the defaults of
 * {@code io.uplift.engine.mail.MailSettings#DEFAULTS}. {@code SECRET} signs the e-mails' links (made once, at random,
 * by the first node that needs it, so every node and the admin sign alike). Read and written by
 * {@code JdbcMailSettings} with JDBC; the entity makes the table.
 */
@Entity
@Table(name = "UPLIFT_MAIL_SETTINGS")
public class UpliftMailSettingsImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "SETTINGS_ID")
    protected Long id;

    @Column(name = "POST_ENABLED")
    protected Boolean postPurchaseEnabled;

    @Column(name = "POST_DELAY_MINUTES")
    protected Integer postPurchaseDelayMinutes;

    @Column(name = "POST_SUBJECT", length = 200)
    protected String postPurchaseSubject;

    @Column(name = "CART_ENABLED")
    protected Boolean abandonedCartEnabled;

    @Column(name = "CART_IDLE_MINUTES")
    protected Integer abandonedAfterMinutes;

    @Column(name = "CART_SUBJECT", length = 200)
    protected String abandonedCartSubject;

    @Column(name = "RESEND_HOURS")
    protected Integer resendHours;

    @Column(name = "SUGGESTIONS")
    protected Integer suggestions;

    @Lob
    @Column(name = "USAGE_TIPS", length = 100000)
    protected String usageTips;

    @Column(name = "SECRET", length = 64)
    protected String secret;
}
