package io.uplift.broadleaf.learn.domain;

import java.io.Serializable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.hibernate.annotations.Type;

/**
 * One persisted generation of the learned models (co-purchase statistics, trending counts). Declared as an entity
 * so that Hibernate creates the table with the shop's other tables; read and written by
 * {@code JdbcSnapshotStore} with plain JDBC (streams a large BLOB without the persistence context).
 */
@Entity
@Table(name = "UPLIFT_SNAPSHOT")
public class UpliftSnapshotImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "GENERATION")
    protected Long generation;

    @Column(name = "CREATED_MILLIS", nullable = false)
    protected Long createdMillis;

    @Column(name = "CREATED_BY", nullable = false, length = 200)
    protected String createdBy;

    @Column(name = "SIZE_BYTES", nullable = false)
    protected Integer sizeBytes;

    /**
     * Binary, not {@code @Lob}: Hibernate 4.1 maps a {@code @Lob byte[]} to PostgreSQL's {@code oid} (a large-object
     * handle that plain {@code setBytes} cannot fill); as VARBINARY it is {@code bytea} there, {@code longblob} on
     * MySQL/MariaDB and {@code varbinary} on HSQLDB, all written and read with {@code setBytes}/{@code getBytes}.
     */
    @Type(type = "org.hibernate.type.BinaryType")
    @Column(name = "DATA", nullable = false, length = 1024 * 1024 * 1024)
    protected byte[] data;
}
