package io.uplift.broadleaf.schema.domain;

import java.io.Serializable;
import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One applied version of the plugin's schema ({@code UPLIFT_SCHEMA_VERSION}): the shipped create script inserts the
 * row of its version, each upgrade script the row of the version it brings the tables to. Declared as an entity so
 * that a shop whose Hibernate creates the tables gets the table too; {@code UpliftSchemaCheck} reads and writes it.
 */
@Entity
@Table(name = "UPLIFT_SCHEMA_VERSION")
public class UpliftSchemaVersionImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "VERSION")
    protected Integer version;

    @Column(name = "DESCRIPTION", nullable = false, length = 200)
    protected String description;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "APPLIED_AT", nullable = false)
    protected Date appliedAt;
}
