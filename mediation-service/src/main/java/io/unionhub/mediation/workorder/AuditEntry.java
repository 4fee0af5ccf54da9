package io.unionhub.mediation.workorder;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One transition of a work order, in its append-only audit trail (the database refuses any change to it). */
@Entity
@Table(name = "work_order_audit")
public class AuditEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID workOrderId;

    public OffsetDateTime at;

    public String actor;

    @Enumerated(EnumType.STRING)
    public WorkOrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public WorkOrderStatus toStatus;

    public UUID centreId;

    public String handler;

    public String reason;
}
