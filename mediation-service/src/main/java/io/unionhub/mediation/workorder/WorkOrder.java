package io.unionhub.mediation.workorder;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.unionhub.kit.crypto.EncryptedString;

/** A 12351 hotline work order: a legal question, a hardship, a suggestion, a dispute. */
@Entity
public class WorkOrder extends PanacheEntityBase {

    @Id
    public UUID id;

    /** 12351-2026-000123: unique and gap-free per year. */
    public String number;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Enumerated(EnumType.STRING)
    public Complexity complexity;

    /** The member the order is for, who follows it; none for an anonymous call. */
    public String callerMemberId;

    /** An anonymous caller's number, to call back. */
    @Convert(converter = EncryptedString.class)
    public String callerPhone;

    @Convert(converter = EncryptedString.class)
    public String matter;

    @Enumerated(EnumType.STRING)
    public WorkOrderStatus status;

    public UUID centreId;

    public String handler;

    public Integer rating;

    @Convert(converter = EncryptedString.class)
    public String followUpNote;

    public UUID sourceReportId;

    public OffsetDateTime receivedAt;

    public OffsetDateTime closedAt;

    public OffsetDateTime firstResponseDue;

    public OffsetDateTime resolutionDue;

    /** The first reply: what the first-response deadline asks for. */
    public OffsetDateTime firstRespondedAt;

    public OffsetDateTime responseWarnedAt;

    public OffsetDateTime responseBreachedAt;

    public OffsetDateTime resolutionWarnedAt;

    public OffsetDateTime resolutionBreachedAt;

    /** In the supervisors' queue since its first breach. */
    public OffsetDateTime escalatedAt;

    @Version
    public int version;
}
