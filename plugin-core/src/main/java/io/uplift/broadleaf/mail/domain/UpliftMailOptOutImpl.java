package io.uplift.broadleaf.mail.domain;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * An address that unsubscribed from the plugin's e-mails (the table {@code UPLIFT_MAIL_OPT_OUT}), lower case. Written
 * by the unsubscribe link, read before every send; the entity makes the table.
 */
@Entity
@Table(name = "UPLIFT_MAIL_OPT_OUT")
public class UpliftMailOptOutImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "ADDRESS", length = 320)
    protected String address;

    @Column(name = "OPTED_OUT_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date optedOutAt;
}
