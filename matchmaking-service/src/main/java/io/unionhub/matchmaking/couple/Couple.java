package io.unionhub.matchmaking.couple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A match reported as a couple by one of the two, later perhaps as married. */
@Entity
public class Couple extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID matchId;

    public UUID firstId;

    public UUID secondId;

    public OffsetDateTime reportedAt;

    public LocalDate marriedOn;

    public OffsetDateTime marriageReportedAt;

    /** Separated, or one blocked the other: both may be recommended again. */
    public OffsetDateTime endedAt;

    public boolean involves(UUID profileId) {
        return firstId.equals(profileId) || secondId.equals(profileId);
    }
}
