package io.unionhub.employment.trainingorder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An employer's order for trained workers ("order-based training"): so many people of a trade with these skills by a
 * deadline, hired into one of its postings once trained.
 */
@Entity
public class TrainingOrder extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID employerId;

    /** The posting graduates are placed in (an application to it is made for each). */
    public UUID postingId;

    public String tradeCode;

    public int headcount;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> skills;

    public LocalDate deadline;

    /** training-service's track whose completion graduates a linked trainee; any track when none. */
    public UUID trainingTrackId;

    public OffsetDateTime createdAt;

    @Version
    public int version;
}
