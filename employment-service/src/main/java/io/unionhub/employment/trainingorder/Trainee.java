package io.unionhub.employment.trainingorder;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A seeker assigned to a training order, until they graduate and are placed with the ordering employer. */
@Entity
public class Trainee extends PanacheEntityBase {

    public enum Status {
        ASSIGNED,
        GRADUATED
    }

    @Id
    public UUID id;

    public UUID orderId;

    public UUID seekerId;

    /** The trainee's id in training-service (its cadre id), when the course is run there. */
    public UUID trainingCadreId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public OffsetDateTime assignedAt;

    public OffsetDateTime graduatedAt;

    /** The course that graduated them: training-service's certificate number, or an outside course's name. */
    public String course;

    /** The application to the ordering employer made at graduation (none when its posting had closed). */
    public UUID applicationId;

    @Version
    public int version;
}
