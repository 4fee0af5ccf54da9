package io.unionhub.matchmaking.verification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A check of a profile against the marriage registry, and its answer: the outcome and its date, nothing else. */
@Entity
public class RegistryCheck extends PanacheEntityBase {

    /** Why a check was queued. */
    public enum Reason {
        FIRST,
        RECHECK,
        DETAILS_CHANGED
    }

    /** The office's answer, or the check's end without one. */
    public enum Outcome {
        SINGLE,
        NOT_SINGLE,
        CANCELLED
    }

    @Id
    public UUID id;

    public UUID profileId;

    @Enumerated(EnumType.STRING)
    public Reason reason;

    public OffsetDateTime queuedAt;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public LocalDate singleOn;

    public OffsetDateTime answeredAt;

    public String answeredBy;
}
