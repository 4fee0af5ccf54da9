package io.unionhub.matchmaking.matchmaker;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A worker's matchmaker, one at a time. */
@Entity
@Table(name = "matchmaker_assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    public UUID profileId;

    public String matchmakerId;

    public OffsetDateTime assignedAt;
}
