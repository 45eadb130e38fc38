package io.uplift.broadleaf.learn.domain;

import java.io.Serializable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The learner election row (one per lease name): which storefront node applies new orders and until when.
 * Declared as an entity so Hibernate creates the table; used by {@code JdbcLease} with plain JDBC.
 */
@Entity
@Table(name = "UPLIFT_LEASE")
public class UpliftLeaseImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "LEASE_NAME", length = 60)
    protected String name;

    @Column(name = "OWNER", nullable = false, length = 200)
    protected String owner;

    @Column(name = "EXPIRES_MILLIS", nullable = false)
    protected Long expiresMillis;
}
