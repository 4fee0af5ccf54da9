package io.unionhub.matchmaking.consent;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A consent given or withdrawn, with its time. */
@Entity
public class ConsentRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID profileId;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    public boolean given;

    public OffsetDateTime at;
}
