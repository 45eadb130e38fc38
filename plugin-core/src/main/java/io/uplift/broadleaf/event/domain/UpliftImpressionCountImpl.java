package io.uplift.broadleaf.event.domain;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * How many times one widget was rendered into storefront pages on one day, by one storefront node, per experiment
 * arm (the table {@code UPLIFT_IMPRESSION_COUNT}, schema version 4): the rendered impressions are counted in memory
 * ({@code ImpressionTally}) and added to this row by the event writer, instead of one {@code UPLIFT_EVENT} row per
 * widget and page view. The key names the node, so one writer thread owns each row and no two nodes update the same
 * row. Written only by {@code JdbcEventStore}, read (summed) by the dashboard; the entity exists so that Broadleaf's
 * schema tooling creates the table. {@code EXPERIMENT_ID}/{@code VARIANT} are empty outside an experiment.
 */
@Entity
@Table(name = "UPLIFT_IMPRESSION_COUNT")
@org.hibernate.annotations.Table(appliesTo = "UPLIFT_IMPRESSION_COUNT", indexes = {
        @org.hibernate.annotations.Index(name = "UPLIFT_IMPRESSION_COUNT_DAY", columnNames = {"EVENT_DAY"})})
public class UpliftImpressionCountImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@code node|day|widget|slot|experiment|variant}. */
    @Id
    @Column(name = "COUNT_KEY", length = 400)
    protected String key;

    @Column(name = "NODE_ID", nullable = false, length = 120)
    protected String node;

    /** The day the pages were rendered, in the server's time zone (the dashboard's grouping key). */
    @Column(name = "EVENT_DAY", nullable = false)
    @Temporal(TemporalType.DATE)
    protected Date day;

    @Column(name = "WIDGET_ID", nullable = false)
    protected Long widgetId;

    @Column(name = "WIDGET_TYPE", nullable = false, length = 64)
    protected String widgetType;

    @Column(name = "SLOT", nullable = false, length = 64)
    protected String slot;

    @Column(name = "SUGGESTION_TYPE", nullable = false, length = 32)
    protected String suggestionType;

    @Column(name = "EXPERIMENT_ID", length = 64)
    protected String experimentId;

    @Column(name = "VARIANT", length = 64)
    protected String variant;

    @Column(name = "RENDERED", nullable = false)
    protected Long rendered;

    @Column(name = "UPDATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date updatedAt;

    public String getKey() {
        return key;
    }

    public Long getRendered() {
        return rendered;
    }
}
