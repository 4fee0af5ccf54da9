package io.unionhub.kit.outbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One row of the transactional outbox (Debezium's outbox shape plus relay bookkeeping). */
@Entity
@Table(name = "outbox")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "aggregatetype")
    public String aggregateType;

    @Column(name = "aggregateid")
    public String aggregateId;

    public String type;

    /** The event's data; the relay wraps it in the CloudEvent envelope. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** Set when Kafka refused the row for good; the relay leaves it alone until an operator releases it. */
    @Column(name = "parked_at")
    public OffsetDateTime parkedAt;

    @Column(name = "park_reason")
    public String parkReason;

    /** Assigned by the database at insert; the relay's order. */
    @Column(insertable = false, updatable = false)
    public Long sequence;

    protected OutboxEvent() {
    }

    public OutboxEvent(UUID id, String aggregateType, String aggregateId, String type, String payload,
            OffsetDateTime createdAt) {
        this.id = id;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.type = type;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    static List<OutboxEvent> oldestPending(int limit) {
        // read-only: the relay marks rows with one statement, so the session need not track nor dirty-check them
        return find("publishedAt is null and parkedAt is null order by sequence")
                .withHint(HibernateHints.HINT_READ_ONLY, true).page(0, limit).list();
    }

    static long deletePublishedBefore(OffsetDateTime cutoff) {
        return delete("publishedAt < ?1", cutoff);
    }
}
