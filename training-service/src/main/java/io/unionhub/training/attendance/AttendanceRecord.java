package io.unionhub.training.attendance;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Whether a cadre attended one day of their cohort. */
@Entity
@Table(name = "attendance")
public class AttendanceRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID cohortId;

    public UUID cadreId;

    public int day;

    @Enumerated(EnumType.STRING)
    public AttendanceStatus status;

    public OffsetDateTime recordedAt;
}
