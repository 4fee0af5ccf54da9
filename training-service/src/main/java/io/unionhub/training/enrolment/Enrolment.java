package io.unionhub.training.enrolment;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A cadre's place in a cohort: confirmed, waitlisted (served in queue order) or cancelled. */
@Entity
public class Enrolment extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID cohortId;

    public UUID cadreId;

    @Enumerated(EnumType.STRING)
    public EnrolmentStatus status;

    public OffsetDateTime requestedAt;

    /** Assigned by the database: the waitlist's order. */
    @Column(insertable = false, updatable = false)
    public Long queueNumber;

    @Version
    public int version;

    public boolean isActive() {
        return status != EnrolmentStatus.CANCELLED;
    }

    static long confirmedIn(UUID cohortId) {
        return count("cohortId = ?1 and status = ?2", cohortId, EnrolmentStatus.CONFIRMED);
    }

    static Enrolment activeOf(UUID cohortId, UUID cadreId) {
        return find("cohortId = ?1 and cadreId = ?2 and status <> ?3", cohortId, cadreId, EnrolmentStatus.CANCELLED)
                .firstResult();
    }

    static Enrolment firstWaitlisted(UUID cohortId) {
        return find("cohortId = ?1 and status = ?2 order by queueNumber", cohortId, EnrolmentStatus.WAITLISTED)
                .firstResult();
    }
}
