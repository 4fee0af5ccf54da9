package io.unionhub.matchmaking.interest;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A mutual like: the two profiles (the lower id first) and whether it still stands. */
@Entity
public class MatchPair extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID firstId;

    public UUID secondId;

    public OffsetDateTime formedAt;

    public OffsetDateTime endedAt;
}
