package io.unionhub.matchmaking.mixer;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.unionhub.matchmaking.profile.Gender;

/** A sign-up for a mixer at one venue: confirmed while a seat of the worker's gender is free, else waitlisted. */
@Entity
@Table(name = "mixer_registration")
public class Registration extends PanacheEntityBase {

    public enum Status {
        CONFIRMED,
        WAITLISTED
    }

    @Id
    public UUID id;

    /** Arrival order (the waitlist's order), given by the database. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long arrival;

    public UUID mixerId;

    public UUID venueId;

    public UUID profileId;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    @Enumerated(EnumType.STRING)
    public Status status;

    public OffsetDateTime registeredAt;

    public OffsetDateTime checkedInAt;
}
